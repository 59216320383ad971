/**
 * The pressdoc pipeline, top to bottom:
 *
 * 1. **recognize** — the peggy grammar (`grammar/pressdoc.peggy`) classifies
 *    every line into a raw construct with its parts and offsets; past the
 *    limits (`ParseOptions.limits`) lines are kept as plain text.
 * 1b. **place labels** — a label that names a known place (`Hong Kong :
 *    …`) is text (`src/place-labels.ts`).
 * 1c. **surname labels** — a label of one word (`Putin:`) stays a turn only
 *    where the document's other labels confirm it (`src/surname-labels.ts`).
 * 1d. **dialogue labels** — a label whose text is one quotation (`Poutine :
 *    « … »`) or that a period and a dash end (`LE FIGARO. - …`) stays a
 *    turn only in a dialogue of such lines (`src/dialogue-labels.ts`);
 *    elsewhere it is text (a headline, a dispatch's place).
 * 1e. **given names** — a role's last word opens the name where another
 *    label names the person by it (`Président de la Turquie Recep Tayyip
 *    Erdogan :` … `Recep Tayyip Erdogan :`; `src/given-name-labels.ts`).
 * 2. **detect kind** — dossier, article or unknown, from the structure
 *    the lines make (`src/compose/kind.ts`).
 * 3. **compose** — for a dossier, the structure grammar
 *    (`grammar/structure.peggy`, over one character per line) says how the
 *    lines nest: header, table of contents, sections, subsections, speaker
 *    turns, lists, participants, tags; an article is its title block, chrome
 *    and body (`src/compose/article.ts`). Each construct's builder lives in
 *    `src/constructs/<name>.ts` and calls the normalizers (`src/normalize/`:
 *    time, speaker labels, links) for its values; a container is built after
 *    its children, so every node gets its position once.
 * 4. **people** — every speaker, caption and participants line is resolved
 *    to the persons of the document's people index (`src/people/`), across
 *    spellings and roles, with the user alias table `options.people`.
 * 5. **diagnostics** — pending diagnostics get their points, sorted by offset.
 *
 * Should stages 3 and 4 ever fail (a bug), the tree of last resort has one
 * paragraph per line and an `INTERNAL_ERROR` diagnostic: parse does not throw.
 *
 * @module
 */
import { type Diagnostic, type PendingDiagnostic } from './diagnostics.js';
import { type ParseLimits, resolveLimits } from './limits.js';
import type { Root } from './nodes.js';
import { LineIndex } from './position.js';
import { fallbackLines, recognize } from './recognize.js';
import { confirmSurnameLabels } from './surname-labels.js';
import { confirmDialogueLabels } from './dialogue-labels.js';
import { dropPlaceLabels } from './place-labels.js';
import { joinGivenNames } from './given-name-labels.js';
import { detectKind } from './compose/kind.js';
import { composeArticle } from './compose/article.js';
import { composeDossier } from './compose/dossier.js';
import { createContext } from './context.js';
import { composeFallback } from './compose/fallback.js';
import { PeopleIndex } from './people/index.js';
import { checkPeopleTable, type PersonAlias } from './people/options.js';
import { resolveTreePeople } from './people/resolve.js';
import { checkPlaces, withPlaces } from './normalize/places.js';
import { checkReferenceDate, inferYear } from './normalize/reference-date.js';

/** Options of {@link parse}. */
export interface ParseOptions {
  /**
   * Resource limits (lengths in UTF-16 code units); each one left out takes
   * its default from `DEFAULT_LIMITS`. See {@link ParseLimits}.
   */
  limits?: Partial<ParseLimits>;
  /**
   * Known persons: each pins the id and canonical name of the person its
   * name and aliases spell (`{ id: 'putin', name: 'Vladimir Poutine',
   * aliases: ['VP', 'Vladimir Putin'] }`). Spellings are matched after
   * folding, like names in the text. See `docs/people.md`.
   */
  people?: PersonAlias[];
  /**
   * More places for the gazetteer: place as written → IANA time zone
   * (`{ Tombouctou: 'Africa/Bamako' }`), so that timestamps at those places
   * get a `timeZone` and an instant. Places are matched as the built-in ones
   * are: case, accents, hyphens and spaces folded, recognised as whole words
   * anywhere in the place (`Région de Tombouctou`); where a user place and a
   * built-in one are the same words, the user's zone wins. A zone is any
   * name `Intl.DateTimeFormat` accepts, stored as `Intl` spells it.
   */
  places?: Readonly<Record<string, string>>;
  /**
   * The date a document was published or scraped, to give a year to a date
   * written without one (`ce 19 décembre` in an article): a string
   * `YYYY-MM-DD` or a `Date` (its UTC calendar date). The year chosen is
   * the one that puts the date nearest to the reference, before or after
   * (the one within six months; at equal distance the earlier); the When
   * then has `year`, `date`, precision `day` and `yearInferred: true`, and
   * keeps its `raw`. Without this option no year is inferred (precision
   * `month-day`, no `year`).
   */
  referenceDate?: string | Date;
}

const OPTION_KEYS = new Set(['limits', 'people', 'places', 'referenceDate']);

/** Checks the options' keys and builds the people index from the alias table. */
function peopleIndex(options: unknown): PeopleIndex {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`pressdoc.parse: options must be an object, got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}`);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) throw new TypeError(`pressdoc.parse: unknown option "${key}"; expected limits, people, places or referenceDate`);
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
 * SPACEs, text in NFC or NFD, truncated or binary text. It never throws on
 * a string; what it cannot place becomes a paragraph and, where that
 * matters, a diagnostic. Positions refer to the text as given. Work and
 * memory grow linearly with the text; text past {@link ParseOptions.limits}
 * is kept as paragraphs with a `RESOURCE_EXHAUSTION` diagnostic.
 *
 * @param text - The document's text, decoded.
 * @param options - Limits, the user alias table, user places and the
 *   reference date; see {@link ParseOptions}.
 * @returns The tree and the diagnostics.
 * @throws TypeError when `text` is not a string, a limit is not a number ≥ 0,
 *   `options` or the alias table has the wrong shape, a user place's zone is
 *   not one `Intl` knows, or the reference date is not a `YYYY-MM-DD` date
 *   or valid `Date` (the message names the field).
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string') {
    throw new TypeError(`pressdoc.parse expects a string, got ${text === null ? 'null' : typeof text}`);
  }
  const people = peopleIndex(options);
  const limits = resolveLimits(options.limits, 'pressdoc.parse');
  const places = checkPlaces(options.places, 'options.places', 'pressdoc.parse');
  const reference = checkReferenceDate(options.referenceDate, 'options.referenceDate', 'pressdoc.parse');
  return withPlaces(places, () => {
    const result = parseText(text, people, limits);
    if (reference !== undefined && result.tree.when !== undefined) result.tree.when = inferYear(result.tree.when, reference);
    return result;
  });
}

/** The pipeline, on checked options (see {@link parse}). */
function parseText(text: string, people: PeopleIndex, limits: Readonly<ParseLimits>): ParseResult {
  const index = new LineIndex(text);
  const pending: PendingDiagnostic[] = [];
  const ctx = createContext(text, index, pending);

  const raw = recognize(text, ctx.report, limits);
  dropPlaceLabels(raw.lines);
  confirmSurnameLabels(raw.lines, text);
  confirmDialogueLabels(raw.lines);
  joinGivenNames(raw.lines, text);
  const { kind, form } = detectKind(raw.lines, text);
  const tree: Root = { type: 'root', kind, position: index.position(0, text.length), children: [] };
  // The first line of text is looked for only where it is needed.
  const first = kind === 'unknown' ? raw.lines.find((line) => line !== null) : undefined;
  if (first) {
    // FORMAT.md: on a document unlike the samples, say what was not
    // recognized. The span runs over the text's lines, from the first
    // non-blank one (after any BOM or blank lines) to the end.
    ctx.report({
      code: 'UNKNOWN_DOCUMENT_KIND',
      severity: 'info',
      message:
        'Expected a dossier (a header such as `6125 – RUSSIE – … – 24.05.24 –`, a table of contents, `N°/Title – date` headings, or an event page with its dateline) or an article (a line of prose, eight words or more); found neither, so each line is kept as what it reads on its own.',
      start: first.start,
      end: text.length,
    });
  }
  const reported = pending.length;
  try {
    if (kind === 'article') {
      const article = composeArticle(raw.lines, ctx);
      tree.children = article.children;
      if (article.when) tree.when = article.when;
    } else {
      tree.children = composeDossier(raw.lines, ctx, form === 'compilation');
      const header = tree.children[0];
      if (header?.type === 'header' && header.date) tree.when = header.date;
    }
    resolveTreePeople(tree, people, ctx.report);
  } catch (error) {
    // A bug in a builder (the property tests look for this diagnostic, so it
    // cannot hide one) or memory running out: keep every line as a paragraph
    // rather than throw, and drop what the failed pass reported.
    pending.length = reported;
    const exhausted = error instanceof RangeError;
    ctx.report({
      code: exhausted ? 'RESOURCE_EXHAUSTION' : 'INTERNAL_ERROR',
      severity: 'error',
      message: `Building the tree failed (${error instanceof Error ? error.message : String(error)}); every line is kept as a paragraph.${exhausted ? '' : ' Please report this input.'}`,
      start: 0,
      end: text.length,
    });
    delete tree.when;
    tree.children = composeFallback(fallbackLines(text).lines, ctx);
  }

  // Many documents have no diagnostic: they skip the sort and the copy.
  const diagnostics: Diagnostic[] =
    pending.length === 0
      ? []
      : pending
          .sort(byOffsets)
          .map((d) => ({ code: d.code, severity: d.severity, message: d.message, position: index.position(d.start, d.end) }));
  return { tree, diagnostics };
}

/** Text order of pending diagnostics: by start, then by end. */
function byOffsets(a: PendingDiagnostic, b: PendingDiagnostic): number {
  return a.start - b.start || a.end - b.end;
}
