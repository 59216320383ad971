/**
 * The names and file names of the JSON Schemas, apart from `json-schema.ts`
 * so that `pressdoc schema`'s help and argument check need no zod: the
 * command line loads zod only to print a schema.
 *
 * @internal
 * @module
 */

/** Which document: the tree (`Root`) or the diagnostics (`Diagnostic[]`). */
export type JsonSchemaName = 'tree' | 'diagnostics';

/** The names of the JSON Schemas, in the order `pressdoc schema` lists them. */
export const JSON_SCHEMA_NAMES: readonly JsonSchemaName[] = ['tree', 'diagnostics'];

/** File name of each JSON Schema, under `schema/` in the repository and the package. */
export const JSON_SCHEMA_FILES: Readonly<Record<JsonSchemaName, string>> = {
  tree: 'tree.schema.json',
  diagnostics: 'diagnostics.schema.json',
};

