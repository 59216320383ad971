/**
 * Zod schemas for every node of the pressdoc tree, and {@link validateTree}
 * to check a stored tree. Import from `pressdoc/schema`.
 *
 * The schemas mirror the interfaces of `src/nodes.ts` one to one;
 * `test/schema.test-d.ts` proves that each schema's inferred type and the
 * interface are the same type, so they cannot drift.
 *
 * @module
 */
// The namespace import, not `import { z }`: `z` as a named export is one object
// holding every locale, which no bundler can shake (460 kB minified against 85 kB).
import * as z from 'zod';
import type { Diagnostic, DiagnosticCode, Severity } from './diagnostics.js';
import { RULE_IDS, type PluginRuleId, type RuleId, type ValidationDiagnostic } from './validate/types.js';
import type {
  BoilerplateKind,
  Boilerplate,
  Caption,
  Credit,
  Data,
  Dateline,
  DocumentKind,
  Elision,
  ElisionKind,
  FlowContent,
  Header,
  Heading,
  List,
  ListItem,
  Paragraph,
  Participant,
  Participants,
  Person,
  PersonSpelling,
  PhotoCounter,
  Point,
  Position,
  Root,
  RootContent,
  Section,
  SectionContent,
  SourceKind,
  SourceLink,
  Speaker,
  SpeakerLabel,
  SpeakerTurn,
  Subsection,
  Tag,
  Title,
  Toc,
  TocEntry,
  TurnContent,
  When,
  WhenPrecision,
} from './nodes.js';

// ---------------------------------------------------------------------------
// Positions and values
// ---------------------------------------------------------------------------

/** Schema of a {@link Point}: 1-based line and column, 0-based offset. */
export const pointSchema = z.strictObject({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});

/** Schema of a {@link Position}; checks that start is not after end. */
export const positionSchema = z
  .strictObject({ start: pointSchema, end: pointSchema })
  .refine((p) => p.start.offset <= p.end.offset, { message: 'position starts after it ends' });

/** Schema of a {@link WhenPrecision}. */
export const whenPrecisionSchema = z.enum(['minute', 'day', 'month-day', 'time', 'none']);

/** Schema of a {@link When}. */
export const whenSchema = z.strictObject({
  raw: z.string(),
  year: z.number().int().optional(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  yearInferred: z.literal(true).optional(),
  time: z.string().regex(/^\d{2}:\d{2}$/).optional(),
  place: z.string().optional(),
  timeZone: z.string().optional(),
  instant: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/).optional(),
  precision: whenPrecisionSchema,
});

/** Schema of a {@link Speaker}; `canonicalName` comes with `personId`. */
export const speakerSchema = z
  .strictObject({
    name: z.string().optional(),
    role: z.string().optional(),
    affiliation: z.string().optional(),
    personId: z.string().min(1).optional(),
    canonicalName: z.string().optional(),
  })
  .refine((s) => (s.personId === undefined) === (s.canonicalName === undefined), {
    message: 'personId and canonicalName go together',
  });

/** Schema of a {@link PersonSpelling}. */
export const personSpellingSchema = z.strictObject({
  value: z.string(),
  count: z.number().int().min(1),
});

/** Schema of a {@link Person}. */
export const personSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string(),
  pinned: z.boolean().optional(),
  spellings: z.array(personSpellingSchema),
  labels: z.array(z.string()),
  roles: z.array(z.string()),
  affiliations: z.array(z.string()),
  turns: z.number().int().min(0),
  mentions: z.number().int().min(0),
});

/** Ids of persons named by a caption or participant line. */
const personIdsSchema = z.array(z.string().min(1)).optional();

/** Schema of a {@link Credit}. */
export const creditSchema = z.strictObject({
  photographer: z.string().optional(),
  agency: z.string().optional(),
});

/**
 * Schema of a node's {@link Data}: any object (unist's `data`), its values
 * not checked. `parse` never writes it; a stored tree may carry it on any node.
 */
export const dataSchema = z.record(z.string(), z.unknown());

/**
 * The fields of every node: `position` is required (a pressdoc tree is read
 * from a text, and its rules work from the offsets; unist lets generated
 * nodes leave it out, pressdoc does not), `data` is optional.
 */
const base = { position: positionSchema, data: dataSchema.optional() };

// ---------------------------------------------------------------------------
// Leaves
// ---------------------------------------------------------------------------

/** Schema of a {@link Header}. */
export const headerSchema = z.strictObject({
  type: z.literal('header'),
  number: z.string(),
  country: z.string().optional(),
  title: z.string(),
  date: whenSchema.optional(),
  ...base,
});

/** Schema of a {@link Heading}. */
export const headingSchema = z.strictObject({ type: z.literal('heading'), value: z.string(), ...base });

/** Schema of a {@link TocEntry}. */
export const tocEntrySchema = z.strictObject({
  type: z.literal('tocEntry'),
  number: z.number().int().min(0).optional(),
  title: z.string(),
  when: whenSchema.optional(),
  ...base,
});

/** Schema of a {@link Dateline}. */
export const datelineSchema = z.strictObject({ type: z.literal('dateline'), when: whenSchema, ...base });

/** Schema of a {@link Tag}. */
export const tagSchema = z.strictObject({ type: z.literal('tag'), value: z.string(), ...base });

/** Schema of a {@link Paragraph}. */
export const paragraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  value: z.string(),
  lead: z.boolean().optional(),
  trailingEllipsis: z.boolean().optional(),
  ...base,
});

/** Schema of a {@link ListItem}. */
export const listItemSchema = z.strictObject({
  type: z.literal('listItem'),
  marker: z.string(),
  value: z.string(),
  ...base,
});

/** Schema of a {@link Participant}. */
export const participantSchema = z.strictObject({
  type: z.literal('participant'),
  value: z.string(),
  people: personIdsSchema,
  ...base,
});

/** Schema of a {@link SpeakerLabel}. */
export const speakerLabelSchema = z.strictObject({ type: z.literal('speakerLabel'), value: z.string(), ...base });

/** Schema of a {@link PhotoCounter}. */
export const photoCounterSchema = z.strictObject({
  type: z.literal('photoCounter'),
  index: z.number().int().min(0),
  total: z.number().int().min(0),
  ...base,
});

/** Schema of a {@link Caption}. */
export const captionSchema = z.strictObject({
  type: z.literal('caption'),
  number: z.number().int().min(0).optional(),
  text: z.string(),
  credit: creditSchema.optional(),
  people: personIdsSchema,
  ...base,
});

/** Schema of a {@link SourceKind}. */
export const sourceKindSchema = z.enum(['news', 'transcripts', 'other']);

/** Schema of a {@link SourceLink}. */
export const sourceLinkSchema = z.strictObject({
  type: z.literal('sourceLink'),
  url: z.string(),
  host: z.string(),
  kind: sourceKindSchema,
  eventId: z.number().int().min(0).optional(),
  ...base,
});

/** Schema of an {@link ElisionKind}. */
export const elisionKindSchema = z.enum(['omission', 'break', 'toBeContinued']);

/** Schema of an {@link Elision}. */
export const elisionSchema = z.strictObject({
  type: z.literal('elision'),
  kind: elisionKindSchema,
  value: z.string(),
  ...base,
});

/** Schema of a {@link BoilerplateKind}. */
export const boilerplateKindSchema = z.enum([
  'cookieBanner',
  'followLine',
  'shareLine',
  'slogan',
  'repeatedTitle',
  'relatedHeadline',
  'byline',
  'breadcrumb',
  'viewCounter',
  'paywall',
  'repeatedLine',
  'copyright',
]);

/** Schema of a {@link Boilerplate}. */
export const boilerplateSchema = z.strictObject({
  type: z.literal('boilerplate'),
  kind: boilerplateKindSchema,
  value: z.string(),
  ...base,
});

/** Schema of a {@link Title}. */
export const titleSchema = z.strictObject({ type: z.literal('title'), value: z.string(), ...base });

// ---------------------------------------------------------------------------
// Parents
// ---------------------------------------------------------------------------

/** Schema of a {@link Toc}. */
export const tocSchema = z.strictObject({ type: z.literal('toc'), children: z.array(tocEntrySchema), ...base });

/** Schema of a {@link List}. */
export const listSchema = z.strictObject({ type: z.literal('list'), children: z.array(listItemSchema), ...base });

/** Schema of a {@link Participants} list. */
export const participantsSchema = z.strictObject({
  type: z.literal('participants'),
  intro: z.string(),
  children: z.array(z.discriminatedUnion('type', [paragraphSchema, participantSchema])),
  ...base,
});

/** Schema of a {@link TurnContent}. */
export const turnContentSchema = z.discriminatedUnion('type', [
  speakerLabelSchema,
  paragraphSchema,
  listSchema,
  elisionSchema,
  photoCounterSchema,
  captionSchema,
]);

/** Schema of a {@link SpeakerTurn}. */
export const speakerTurnSchema = z.strictObject({
  type: z.literal('speakerTurn'),
  label: z.string(),
  speaker: speakerSchema,
  children: z.array(turnContentSchema),
  ...base,
});

/** Schema of a {@link FlowContent}. */
export const flowContentSchema = z.discriminatedUnion('type', [
  headingSchema,
  datelineSchema,
  tagSchema,
  paragraphSchema,
  listSchema,
  participantsSchema,
  speakerTurnSchema,
  photoCounterSchema,
  captionSchema,
  sourceLinkSchema,
  elisionSchema,
  boilerplateSchema,
]);

/** Schema of a {@link Subsection}. */
export const subsectionSchema = z.strictObject({
  type: z.literal('subsection'),
  letter: z.string(),
  title: z.string(),
  when: whenSchema.optional(),
  children: z.array(flowContentSchema),
  ...base,
});

/** Schema of a {@link SectionContent}. */
export const sectionContentSchema = z.discriminatedUnion('type', [...flowContentSchema.options, subsectionSchema]);

/** Schema of a {@link Section}. */
export const sectionSchema = z.strictObject({
  type: z.literal('section'),
  number: z.number().int().min(0),
  title: z.string(),
  when: whenSchema.optional(),
  children: z.array(sectionContentSchema),
  ...base,
});

/** Schema of a {@link RootContent}. */
export const rootContentSchema = z.discriminatedUnion('type', [
  headerSchema,
  tocSchema,
  sectionSchema,
  subsectionSchema,
  titleSchema,
  ...flowContentSchema.options,
]);

/** Schema of a {@link DocumentKind}. */
export const documentKindSchema = z.enum(['dossier', 'article', 'unknown']);

/** Schema of the {@link Root} of a tree. */
export const rootSchema = z.strictObject({
  type: z.literal('root'),
  kind: documentKindSchema,
  when: whenSchema.optional(),
  people: z.array(personSchema).optional(),
  children: z.array(rootContentSchema),
  ...base,
});

// ---------------------------------------------------------------------------
// Diagnostics
// ---------------------------------------------------------------------------

/** Schema of a {@link Severity}. */
export const severitySchema = z.enum(['error', 'warning', 'info']);

/** Schema of a {@link DiagnosticCode}. */
export const diagnosticCodeSchema = z.enum([
  'UNRECOGNIZED_LINE',
  'UNKNOWN_DOCUMENT_KIND',
  'MALFORMED_HEADER',
  'HEADING_WITHOUT_TIMESTAMP',
  'INVALID_DATE',
  'INVALID_TIME',
  'UNKNOWN_TIME_ZONE',
  'MALFORMED_URL',
  'AMBIGUOUS_PERSON',
  'RESOURCE_EXHAUSTION',
  'INTERNAL_ERROR',
]);

/** Schema of a {@link Diagnostic}. */
export const diagnosticSchema = z.strictObject({
  code: diagnosticCodeSchema,
  severity: severitySchema,
  message: z.string(),
  position: positionSchema,
});

/** Schema of a {@link RuleId}. */
export const ruleIdSchema = z.enum(RULE_IDS);

/**
 * Schema of a {@link PluginRuleId}: `plugin-name/rule-id`, both parts
 * lower-case ASCII letters, digits, `-`, `_` or `.`, the plugin not `parse`.
 */
export const pluginRuleIdSchema = z
  .templateLiteral([z.string(), '/', z.string()])
  .refine((id) => /^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/.test(id) && !id.startsWith('parse/'), {
    message: "a plugin rule id is 'plugin-name/rule-id' (lower-case letters, digits, '-', '_', '.'), the plugin not 'parse'",
  });

/** Schema of a {@link ValidationDiagnostic}, as `validate` returns and `pressdoc validate --format json` prints. */
export const validationDiagnosticSchema = z.strictObject({
  rule: z.union([ruleIdSchema, pluginRuleIdSchema]),
  severity: severitySchema,
  message: z.string(),
  position: positionSchema,
});

// ---------------------------------------------------------------------------
// Checking stored trees
// ---------------------------------------------------------------------------

/** One problem found by {@link validateTree}. */
export interface TreeIssue {
  /** Where in the JSON: keys and array indexes from the root (`['children', 3, 'when', 'date']`). */
  path: Array<string | number>;
  /**
   * The same path as an RFC 6901 JSON Pointer: `/children/3/when/date`
   * (`''` for the root), as JSON Schema validators and `jq`-like tools
   * address a value. See {@link jsonPointer}.
   */
  pointer: string;
  /** What is wrong, for people. */
  message: string;
}

/** What {@link validateTree} returns: the typed tree, or the issues. */
export type TreeValidation = { ok: true; tree: Root } | { ok: false; issues: TreeIssue[] };

/**
 * The RFC 6901 JSON Pointer of a path of keys and array indexes:
 * `['children', 3, 'when', 'date']` → `/children/3/when/date`; the empty
 * path (the root) → `''`. In a key, `~` is written `~0` and `/` is written
 * `~1`, so that every pointer names exactly one path.
 *
 * @param path - Keys and array indexes from the root, as {@link TreeIssue.path}.
 * @returns The pointer.
 */
export function jsonPointer(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const key of path) out += `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  return out;
}

/**
 * Checks that a value (for instance a tree read back from JSON) is a valid
 * pressdoc tree. Never throws.
 *
 * @returns `{ ok: true, tree }` with the value typed as {@link Root}, or
 *   `{ ok: false, issues }` with one readable issue per problem and its path.
 */
export function validateTree(json: unknown): TreeValidation {
  const result = rootSchema.safeParse(json);
  if (result.success) return { ok: true, tree: result.data as Root };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
      return { path, pointer: jsonPointer(path), message: issue.message };
    }),
  };
}
