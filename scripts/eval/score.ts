/**
 * The parser's score on documents with hand-made gold (issue 11): what a
 * tree predicts ({@link extract}), and how that compares with the gold
 * ({@link scoreDocument}, {@link scoreAll}). No file access here; the
 * fixtures are read by `./fixtures.ts`. The gold format is described in
 * `fixtures/corpus/README.md`.
 *
 * @module
 */
import { parse } from '../../src/index.js';
import type { Node, Root, When } from '../../src/index.js';

// ---------------------------------------------------------------------------
// Annotations: the shape shared by gold files and predictions
// ---------------------------------------------------------------------------

/** A dossier header: number and country as written, date ISO or `null`. */
export interface HeaderItem {
  number: string;
  country: string | null;
  date: string | null;
}
/** A table-of-contents entry; `number` is `null` for an unnumbered (`-`) entry. */
export interface TocItem {
  number: number | null;
  date: string | null;
  time: string | null;
  place?: string | null;
  /** Predictions only: where the entry stands, for the misses listing. */
  line?: number;
}
/** Where a numbered section opens. */
export interface SectionItem {
  number: number;
  line: number;
}
/** Where a lettered subsection opens, and its time. */
export interface SubsectionItem {
  letter: string;
  line: number;
  time: string | null;
}
/** A line that on its own says when the event happened. */
export interface DatelineItem {
  line: number;
  date: string | null;
  time: string | null;
}
/** A gallery counter. */
export interface CounterItem {
  line: number;
  index: number;
  total: number;
}
/** A photo credit, on the line of its caption. */
export interface CreditItem {
  line: number;
  photographer: string | null;
  agency: string | null;
}
/** A kremlin.ru link line; gold writes `eventId` as a string, the tree as a number. */
export interface LinkItem {
  line: number;
  eventId: string | number | null;
  kind: string;
}
/** Where a speaker turn starts and who speaks (`null`: a person the parser did not identify). */
export interface TurnItem {
  line: number;
  person: string | null;
}

/**
 * The annotations of one document. In a gold file a key that is missing or
 * `null` means "not annotated" and is skipped; an empty list means
 * "annotated: there is none". {@link extract} fills every key.
 */
export interface Annotations {
  kind?: string | null;
  header?: HeaderItem | null;
  toc?: TocItem[] | null;
  sections?: SectionItem[] | null;
  subsections?: SubsectionItem[] | null;
  datelines?: DatelineItem[] | null;
  counters?: CounterItem[] | null;
  captions?: number[] | null;
  credits?: CreditItem[] | null;
  links?: LinkItem[] | null;
  turns?: TurnItem[] | null;
  /** Gold only: lines shaped like a label that are not speaker turns. */
  notTurns?: number[] | null;
  elisions?: number[] | null;
  tags?: number[] | null;
}

/** The elements compared as multisets of keys, in table order. */
export const ELEMENTS = [
  'kind',
  'header',
  'toc',
  'sections',
  'subsections',
  'datelines',
  'counters',
  'captions',
  'credits',
  'links',
  'turns',
  'elisions',
  'tags',
] as const;
/** One element compared as a multiset of keys. */
export type Element = (typeof ELEMENTS)[number];
/** Every row of the score table: the {@link ELEMENTS}, then `notTurns` and `people`. */
export const ROWS = [...ELEMENTS, 'notTurns', 'people'] as const;
/** One row of the score table. */
export type Row = (typeof ROWS)[number];

/**
 * Gold person slugs that name no one: a turn labelled with a function only
 * (`Question :`, `Journaliste (question retraduite) :`). Two such turns are
 * not "the same person", so they stay out of the people pairs.
 */
export const NON_PERSON_SLUGS: ReadonlySet<string> = new Set([
  'question',
  'journalist',
  // haitiliberte line 11, "Journaliste (question retraduite) :": the
  // gold numbers the slug by its line because the label names no one.
  'journaliste-11',
]);

// ---------------------------------------------------------------------------
// Prediction
// ---------------------------------------------------------------------------

/** What {@link extract} returns: every element filled; `header` is `null` when the tree has none. */
export interface Predicted extends Annotations {
  kind: string;
  header: HeaderItem | null;
  toc: TocItem[];
  sections: SectionItem[];
  subsections: SubsectionItem[];
  datelines: DatelineItem[];
  counters: CounterItem[];
  captions: number[];
  credits: CreditItem[];
  links: LinkItem[];
  turns: TurnItem[];
  elisions: number[];
  tags: number[];
}

const line = (node: Node): number => node.position.start.line;
const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
const dateOf = (when: When | undefined): string | null => orNull(when?.date);
const timeOf = (when: When | undefined): string | null => orNull(when?.time);

/**
 * The predicted elements of one parsed document, every key filled (lists
 * empty when the tree has none). Walks every node, so an element is found
 * wherever the tree nests it. Lines are `position.start.line` (1-based).
 * A tree with several headers yields the first (the gold has one at most).
 */
export function extract(tree: Root): Predicted {
  const out: Predicted = {
    kind: tree.kind,
    header: null,
    toc: [],
    sections: [],
    subsections: [],
    datelines: [],
    counters: [],
    captions: [],
    credits: [],
    links: [],
    turns: [],
    elisions: [],
    tags: [],
  };
  const visit = (node: Node): void => {
    switch (node.type) {
      case 'header':
        out.header ??= { number: node.number, country: node.country ?? null, date: dateOf(node.date) };
        break;
      case 'tocEntry':
        // `number` is required in the tree today; 0 would be an unnumbered entry.
        out.toc.push({ number: node.number || null, date: dateOf(node.when), time: timeOf(node.when), place: orNull(node.when?.place), line: line(node) });
        break;
      case 'section':
        out.sections.push({ number: node.number, line: line(node) });
        break;
      case 'subsection':
        out.subsections.push({ letter: node.letter, line: line(node), time: timeOf(node.when) });
        break;
      case 'dateline':
        out.datelines.push({ line: line(node), date: dateOf(node.when), time: timeOf(node.when) });
        break;
      case 'photoCounter':
        out.counters.push({ line: line(node), index: node.index, total: node.total });
        break;
      case 'caption':
        out.captions.push(line(node));
        if (node.credit) out.credits.push({ line: line(node), photographer: orNull(node.credit.photographer), agency: orNull(node.credit.agency) });
        break;
      case 'sourceLink':
        out.links.push({ line: line(node), eventId: orNull(node.eventId), kind: node.kind });
        break;
      case 'speakerTurn':
        out.turns.push({ line: line(node), person: orNull(node.speaker.personId) });
        break;
      case 'elision':
        out.elisions.push(line(node));
        break;
      case 'tag':
        out.tags.push(line(node));
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return out;
}

/**
 * Parses `text` and extracts its predictions; `null` when parsing throws
 * (it should not: `parse` never throws on a string), so that one bad
 * document counts as failing instead of stopping the run.
 */
export function predict(text: string): Predicted | null {
  try {
    return extract(parse(text).tree);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------

/** One item reduced to its comparison key, with a line to show in the misses when the key has none. */
export interface Keyed {
  key: string;
  line?: number;
}

const k = (...parts: Array<string | number | null | undefined>): string => parts.map((p) => (p === undefined || p === null ? 'null' : String(p))).join('|');

/**
 * The keys of one element of a document, or `null` when the element is not
 * annotated there (key missing or `null`). `kind` and `header` are lists of
 * at most one key. On the predicted side {@link scoreDocument} reads `null`
 * as "none" (an empty list).
 */
export function keysOf(doc: Annotations, element: Element): Keyed[] | null {
  switch (element) {
    case 'kind':
      return doc.kind == null ? null : [{ key: doc.kind }];
    case 'header':
      // For a prediction `null` means "no header": the caller reads it as an empty list.
      return doc.header == null ? null : [{ key: k(doc.header.number, doc.header.country, doc.header.date) }];
    case 'toc':
      return doc.toc?.map((e) => ({ key: k(e.number, e.date, e.time), ...(e.line === undefined ? {} : { line: e.line }) })) ?? null;
    case 'sections':
      return doc.sections?.map((s) => ({ key: k(s.number, s.line) })) ?? null;
    case 'subsections':
      return doc.subsections?.map((s) => ({ key: k(s.letter, s.line, s.time) })) ?? null;
    case 'datelines':
      return doc.datelines?.map((d) => ({ key: k(d.line, d.date, d.time) })) ?? null;
    case 'counters':
      return doc.counters?.map((c) => ({ key: k(c.line, c.index, c.total) })) ?? null;
    case 'credits':
      return doc.credits?.map((c) => ({ key: k(c.line, c.photographer, c.agency) })) ?? null;
    case 'links':
      return doc.links?.map((l) => ({ key: k(l.line, l.eventId, l.kind) })) ?? null;
    case 'turns':
      return doc.turns?.map((t) => ({ key: k(t.line) })) ?? null;
    case 'captions':
    case 'elisions':
    case 'tags':
      return doc[element]?.map((n) => ({ key: k(n) })) ?? null;
  }
}

// ---------------------------------------------------------------------------
// Scores
// ---------------------------------------------------------------------------

/** Counts of one row. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** What one document got wrong in one row: unmatched gold items and unmatched predictions. */
export interface Miss {
  row: Row;
  fn: Keyed[];
  fp: Keyed[];
}

/** One document's score: counts per annotated row (a row not annotated is absent), and its misses. */
export interface DocumentScore {
  counts: Partial<Record<Row, Counts>>;
  misses: Miss[];
}

/** The items of `a` left over once each key of `b` has taken one equal item of `a` (multiset difference, order kept). */
function leftOver(a: Keyed[], b: Keyed[]): Keyed[] {
  const available = new Map<string, number>();
  for (const item of b) available.set(item.key, (available.get(item.key) ?? 0) + 1);
  return a.filter((item) => {
    const n = available.get(item.key) ?? 0;
    if (n === 0) return true;
    available.set(item.key, n - 1);
    return false;
  });
}

/**
 * Multiset matching: each gold key matches at most one equal predicted key.
 * Returns the counts and the items left unmatched on either side.
 */
export function matchKeys(gold: Keyed[], predicted: Keyed[]): Counts & { unmatchedGold: Keyed[]; unmatchedPredicted: Keyed[] } {
  const unmatchedGold = leftOver(gold, predicted);
  const unmatchedPredicted = leftOver(predicted, gold);
  return { tp: gold.length - unmatchedGold.length, fp: unmatchedPredicted.length, fn: unmatchedGold.length, unmatchedGold, unmatchedPredicted };
}

/**
 * Scores one document. Each element of {@link ELEMENTS} annotated in `gold`
 * is matched as a multiset of keys (an empty gold list makes every
 * prediction an FP). `notTurns`: TP per gold line that starts no predicted
 * turn, FN per line that does (FP always 0). `people`: over pairs of gold
 * turns matched by a predicted turn on the same line, both naming a real
 * person ({@link NON_PERSON_SLUGS}), TP when gold and prediction both say
 * "same person", FP when only the prediction does, FN when only the gold
 * does (a missing predicted person is never "same"). `people` is scored
 * wherever `turns` is annotated.
 */
export function scoreDocument(gold: Annotations, predicted: Annotations): DocumentScore {
  const counts: DocumentScore['counts'] = {};
  const misses: Miss[] = [];
  const note = (row: Row, c: Counts, fn: Keyed[], fp: Keyed[]): void => {
    counts[row] = { tp: c.tp, fp: c.fp, fn: c.fn };
    if (fn.length > 0 || fp.length > 0) misses.push({ row, fn, fp });
  };

  for (const element of ELEMENTS) {
    const g = keysOf(gold, element);
    if (g === null) continue;
    const m = matchKeys(g, keysOf(predicted, element) ?? []);
    note(element, m, m.unmatchedGold, m.unmatchedPredicted);
  }

  const turnLines = new Set((predicted.turns ?? []).map((t) => t.line));
  if (gold.notTurns != null) {
    const read = gold.notTurns.filter((n) => turnLines.has(n));
    note('notTurns', { tp: gold.notTurns.length - read.length, fp: 0, fn: read.length }, read.map((n) => ({ key: k(n) })), []);
  }

  if (gold.turns != null) {
    const predictedAt = new Map((predicted.turns ?? []).map((t) => [t.line, t.person]));
    const matched = gold.turns
      .filter((t) => t.person !== null && !NON_PERSON_SLUGS.has(t.person) && predictedAt.has(t.line))
      .map((t) => ({ line: t.line, gold: t.person, predicted: predictedAt.get(t.line) ?? null }));
    const c: Counts = { tp: 0, fp: 0, fn: 0 };
    const fn: Keyed[] = [];
    const fp: Keyed[] = [];
    for (let i = 0; i < matched.length; i++) {
      for (let j = i + 1; j < matched.length; j++) {
        const a = matched[i]!;
        const b = matched[j]!;
        const sameGold = a.gold === b.gold;
        const samePredicted = a.predicted !== null && a.predicted === b.predicted;
        if (sameGold && samePredicted) c.tp++;
        else if (samePredicted) {
          c.fp++;
          fp.push({ key: `${a.line}=${b.line}` });
        } else if (sameGold) {
          c.fn++;
          fn.push({ key: `${a.line}=${b.line}` });
        }
      }
    }
    note('people', c, fn, fp);
  }
  return { counts, misses };
}

/** Precision, recall and F1 of summed counts; each `null` when its denominator is 0 (F1 only when TP + FP + FN = 0). */
export interface RowScore extends Counts {
  /** TP + FN: the gold items (pairs, for `people`). */
  nGold: number;
  p: number | null;
  r: number | null;
  f1: number | null;
}

/** One document to score: its name, its gold, and its predictions (`null`: the parse failed). */
export interface EvalDoc {
  name: string;
  gold: Annotations;
  predicted: Annotations | null;
}

/** The score of a group of documents: every row of {@link ROWS}, summed over documents (micro), and each document's misses. */
export interface GroupScore {
  documents: number;
  /** Names of the documents whose parse failed (scored as predicting nothing). */
  failed: string[];
  rows: Record<Row, RowScore>;
  /** Gold not-turn lines read as turns, and all gold not-turn lines. */
  notTurnsReadAsTurns: { count: number; of: number };
  misses: Array<{ name: string; misses: Miss[] }>;
}

/** Precision, recall and F1 of counts (see {@link RowScore}). */
export function rowScore(c: Counts): RowScore {
  const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
  return {
    ...c,
    nGold: c.tp + c.fn,
    p: ratio(c.tp, c.tp + c.fp),
    r: ratio(c.tp, c.tp + c.fn),
    // 2TP / (2TP + FP + FN) is the harmonic mean of P and R, and stays defined (0) when only one of them is.
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}

/** The F1 used against floors: an empty row (nothing in gold, nothing predicted) counts as perfect. */
export const f1ForFloor = (row: RowScore): number => row.f1 ?? 1;

/**
 * Scores a group: sums each row's counts over the documents (micro
 * average), then P, R and F1. A document whose prediction is `null` is
 * scored as predicting nothing and listed in `failed`.
 */
export function scoreAll(docs: EvalDoc[]): GroupScore {
  const sums = Object.fromEntries(ROWS.map((row) => [row, { tp: 0, fp: 0, fn: 0 }])) as Record<Row, Counts>;
  const failed: string[] = [];
  const misses: GroupScore['misses'] = [];
  for (const doc of docs) {
    if (doc.predicted === null) failed.push(doc.name);
    const s = scoreDocument(doc.gold, doc.predicted ?? {});
    for (const row of ROWS) {
      const c = s.counts[row];
      if (!c) continue;
      sums[row].tp += c.tp;
      sums[row].fp += c.fp;
      sums[row].fn += c.fn;
    }
    if (s.misses.length > 0) misses.push({ name: doc.name, misses: s.misses });
  }
  const rows = Object.fromEntries(ROWS.map((row) => [row, rowScore(sums[row])])) as Record<Row, RowScore>;
  const nt = sums.notTurns;
  return { documents: docs.length, failed, rows, notTurnsReadAsTurns: { count: nt.fn, of: nt.tp + nt.fn }, misses };
}
