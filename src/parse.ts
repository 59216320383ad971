/**
 * The pressdoc pipeline, top to bottom:
 *
 * 1. **recognize** — the peggy grammar (`grammar/pressdoc.peggy`) classifies
 *    every line into a raw construct with its parts and offsets.
 * 2. **detect kind** — dossier, article or unknown, from the constructs found.
 * 3. **compose** — raw lines become the typed tree: sections, subsections,
 *    speaker turns, lists, participants, tags, boilerplate. Each construct's
 *    builder lives in `src/constructs/<name>.ts` and calls the normalizers
 *    (`src/normalize/`: time, speaker labels, links) for its values.
 * 4. **spans** — parents' positions are derived from their children.
 * 5. **people** — every speaker, caption and participants line is resolved
 *    to the persons of the document's people index (`src/people/`), across
 *    spellings and roles, with the user alias table `options.people`.
 * 6. **diagnostics** — pending diagnostics get their points, sorted by offset.
 *
 * @module
 */
import { type Diagnostic, type PendingDiagnostic } from './diagnostics.js';
import type { Root } from './nodes.js';
import { LineIndex } from './position.js';
import { recognize } from './recognize.js';
import { detectKind } from './compose/kind.js';
import { composeArticle } from './compose/article.js';
import { composeDossier } from './compose/dossier.js';
import { createContext } from './compose/context.js';
import { deriveSpans } from './compose/spans.js';
import { PeopleIndex } from './people/index.js';
import { checkPeopleTable, type PersonAlias } from './people/options.js';
import { resolveTreePeople } from './people/resolve.js';

/** Options of {@link parse}. */
export interface ParseOptions {
  /**
   * Known persons: each pins the id and canonical name of the person its
   * name and aliases spell (`{ id: 'putin', name: 'Vladimir Poutine',
   * aliases: ['VP', 'Vladimir Putin'] }`). Spellings are matched after
   * folding, like names in the text. See `docs/people.md`.
   */
  people?: PersonAlias[];
}

const OPTION_KEYS = new Set(['people']);

/** Checks the options and builds the people index from the alias table. */
function peopleIndex(options: unknown): PeopleIndex {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`pressdoc.parse: options must be an object, got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw new TypeError(`pressdoc.parse: unknown option "${key}"; expected people`);
  }
  const table = checkPeopleTable((options as ParseOptions).people, 'options.people', 'pressdoc.parse');
  return new PeopleIndex(table, 'options.people', 'pressdoc.parse');
}

/** What {@link parse} returns: the tree and what it found wrong or read loosely. */
export interface ParseResult {
  /** The syntax tree; its position spans the whole text. */
  tree: Root;
  /** Diagnostics in text order. Never thrown. */
  diagnostics: Diagnostic[];
}

/**
 * Parses one scraped document into a typed, positioned tree.
 *
 * Accepts any string: a leading BOM, CRLF or CR line endings, NO-BREAK
 * SPACEs, truncated or binary text. It never throws on a string; what it
 * cannot place becomes a paragraph and, where that matters, a diagnostic.
 * Positions refer to the text as given.
 *
 * @param text - The document's text, decoded.
 * @param options - The user alias table (`people`).
 * @returns The tree and the diagnostics.
 * @throws TypeError when `text` is not a string, or when `options` or the
 *   alias table has the wrong shape (the message names the field).
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string') {
    throw new TypeError(`pressdoc.parse expects a string, got ${text === null ? 'null' : typeof text}`);
  }
  const people = peopleIndex(options);
  const index = new LineIndex(text);
  const pending: PendingDiagnostic[] = [];
  const ctx = createContext(text, index, pending);

  const raw = recognize(text, ctx.report);
  const kind = detectKind(raw.lines);
  const tree: Root = { type: 'root', kind, position: index.position(0, text.length), children: [] };
  if (kind === 'article') {
    const article = composeArticle(raw.lines, ctx);
    tree.children = article.children;
    if (article.when) tree.when = article.when;
  } else {
    tree.children = composeDossier(raw.lines, ctx, kind === 'dossier');
    const header = tree.children[0];
    if (header?.type === 'header') tree.when = header.date;
  }
  deriveSpans(tree);
  resolveTreePeople(tree, people, ctx.report);

  const diagnostics: Diagnostic[] = pending
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((d) => ({ code: d.code, severity: d.severity, message: d.message, position: index.position(d.start, d.end) }));
  return { tree, diagnostics };
}
