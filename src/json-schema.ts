/**
 * JSON Schemas (draft 2020-12) of the pressdoc tree and of the diagnostics,
 * generated from the zod schemas of `src/schema.ts` so the two cannot drift.
 *
 * They are written to `schema/*.schema.json` at build time
 * (`scripts/build-json-schema.ts`), shipped in the package as
 * `pressdoc/schema/tree.schema.json` and `pressdoc/schema/diagnostics.schema.json`, and
 * printed by `pressdoc schema`. They let programs in any language validate a
 * stored tree with a standard validator (ajv, jsonschema, …).
 *
 * One rule of the zod schemas has no JSON Schema form: that a position does
 * not start after it ends. `validateTree` checks it; a JSON Schema validator
 * does not.
 *
 * @internal
 * @module
 */
// A namespace import, as in schema.ts, so that bundlers can leave zod's locales out.
import * as z from 'zod';
import * as s from './schema.js';

import type { JsonSchemaName } from './json-schema-names.js';

export { JSON_SCHEMA_FILES, JSON_SCHEMA_NAMES, type JsonSchemaName } from './json-schema-names.js';

/**
 * Each named zod schema becomes one entry of `$defs`, named after its
 * TypeScript type, instead of being inlined (or named `__schema0`).
 */
function definitions(): z.core.$ZodRegistry<{ id: string; description?: string }> {
  const registry = z.registry<{ id: string; description?: string }>();
  const named: Array<[z.ZodType, string, string?]> = [
    [s.pointSchema, 'Point'],
    [
      s.positionSchema,
      'Position',
      // The one rule of the zod schema that JSON Schema cannot say: tell the reader instead.
      'The span of a node: start inclusive, end exclusive. start.offset <= end.offset (validateTree checks this; JSON Schema cannot).',
    ],
    [s.whenPrecisionSchema, 'WhenPrecision'],
    [s.whenSchema, 'When'],
    [s.speakerSchema, 'Speaker'],
    [s.creditSchema, 'Credit'],
    [s.headerSchema, 'Header'],
    [s.headingSchema, 'Heading'],
    [s.tocEntrySchema, 'TocEntry'],
    [s.datelineSchema, 'Dateline'],
    [s.tagSchema, 'Tag'],
    [s.paragraphSchema, 'Paragraph'],
    [s.listItemSchema, 'ListItem'],
    [s.participantSchema, 'Participant'],
    [s.speakerLabelSchema, 'SpeakerLabel'],
    [s.photoCounterSchema, 'PhotoCounter'],
    [s.captionSchema, 'Caption'],
    [s.sourceKindSchema, 'SourceKind'],
    [s.sourceLinkSchema, 'SourceLink'],
    [s.elisionKindSchema, 'ElisionKind'],
    [s.elisionSchema, 'Elision'],
    [s.boilerplateKindSchema, 'BoilerplateKind'],
    [s.boilerplateSchema, 'Boilerplate'],
    [s.titleSchema, 'Title'],
    [s.tocSchema, 'Toc'],
    [s.listSchema, 'List'],
    [s.participantsSchema, 'Participants'],
    [s.turnContentSchema, 'TurnContent'],
    [s.speakerTurnSchema, 'SpeakerTurn'],
    [s.flowContentSchema, 'FlowContent'],
    [s.subsectionSchema, 'Subsection'],
    [s.sectionContentSchema, 'SectionContent'],
    [s.sectionSchema, 'Section'],
    [s.rootContentSchema, 'RootContent'],
    [s.documentKindSchema, 'DocumentKind'],
    [s.severitySchema, 'Severity'],
    [s.diagnosticCodeSchema, 'DiagnosticCode'],
    [s.diagnosticSchema, 'Diagnostic'],
  ];
  for (const [schema, id, description] of named) registry.add(schema, description ? { id, description } : { id });
  return registry;
}

/**
 * The JSON Schema of one document, as a plain object (draft 2020-12, every
 * named type in `$defs`).
 *
 * @param name - `tree` for a {@link Root} (what `parse` returns as `tree`),
 *   `diagnostics` for an array of {@link Diagnostic}.
 * @param version - The pressdoc version named in the schema's description.
 */
export function jsonSchema(name: JsonSchemaName, version: string): Record<string, unknown> {
  const top = name === 'tree' ? s.rootSchema : z.array(s.diagnosticSchema);
  const generated = z.toJSONSchema(top, {
    target: 'draft-2020-12',
    io: 'output',
    metadata: definitions(),
    // Every type used more than once, not only the named ones, goes to $defs.
    reused: 'ref',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const heading =
    name === 'tree'
      ? {
          title: 'pressdoc tree',
          description: `A document tree as returned by pressdoc ${version} parse(text).tree: unist-style nodes, each with a type, a position { start, end } of points { line, column, offset } (1-based line and column, 0-based offset, end exclusive, in UTF-16 code units; required on every node) and, optionally, unist's data object (never written by parse).`,
        }
      : {
          title: 'pressdoc diagnostics',
          description: `The diagnostics as returned by pressdoc ${version} parse(text).diagnostics: what the parser did not understand, each with a code, a severity, a message and the position of the text concerned.`,
        };
  return { $schema, ...heading, ...rest };
}

/** {@link jsonSchema} as the text of the shipped file: two-space JSON and a final newline. */
export function jsonSchemaText(name: JsonSchemaName, version: string): string {
  return `${JSON.stringify(jsonSchema(name, version), null, 2)}\n`;
}
