/**
 * `pressdoc schema [tree|diagnostics]`: prints the JSON Schema of the tree
 * (the default) or of the diagnostics, the same text as the files shipped in
 * the package (`pressdoc/schema/tree.schema.json`, `pressdoc/schema/diagnostics.schema.json`).
 *
 * @internal
 * @module
 */

import { Argument, type Command } from 'commander';
import { JSON_SCHEMA_FILES, JSON_SCHEMA_NAMES, type JsonSchemaName } from '../json-schema-names.js';
import type { Io } from './output.js';

/** Adds the `schema` command to `program`; `version` is written into the schema's description. */
export function registerSchemaCommand(program: Command, io: Io, version: string): void {
  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of the tree or of the diagnostics')
    .addArgument(
      new Argument('[which]', 'which schema: tree (a parse tree) or diagnostics (an array of diagnostics)')
        .choices(JSON_SCHEMA_NAMES)
        .default('tree'),
    )
    .addHelpText(
      'after',
      [
        '',
        'The same texts ship in the package as',
        `pressdoc/schema/${JSON_SCHEMA_FILES.tree} and pressdoc/schema/${JSON_SCHEMA_FILES.diagnostics}.`,
        'Validate a stored tree with any JSON Schema (2020-12) validator.',
        '',
        'Examples:',
        '  $ pressdoc schema > tree.schema.json',
        '  $ pressdoc schema diagnostics > diagnostics.schema.json',
        '  $ pressdoc parse doc.txt --json | jq .tree > tree.json',
      ].join('\n'),
    )
    .action(async (which: JsonSchemaName) => {
      // zod and the schemas load here, for this command alone: the others start without them.
      const { jsonSchemaText } = await import('../json-schema.js');
      io.out(jsonSchemaText(which, version));
    });
}
