/**
 * Stage 3a: the nesting of a dossier's lines, read by the structure grammar
 * (`grammar/structure.peggy`) from one character per line
 * (`lineTokens`). The records hold line indexes only; `composeDossier`
 * builds the nodes from them.
 *
 * ```text
 * NgVtt_L   → a section: heading, tag, a turn of three lines, a source link
 * ```
 *
 * @module
 * @internal
 */
import { isInvisibleCode } from '../lexicon.js';
import { parse as parseStructure, releaseLastParse } from '../generated/structure.js';
import type { RawHeading, RawLine } from '../raw.js';
import type { Context } from '../context.js';
import { isBareDateline } from '../constructs/dateline.js';
import { placeBelow } from './place-below.js';
import { isSpaceCode } from '../util/space.js';
import { goesOnPastSentence } from '../util/sentence.js';
import { lineTokens } from './line-tokens.js';

/** A line that makes one node (or two: a counter with its caption): leaves, tags, chrome, paragraphs. */
export interface LineRecord {
  block: 'header' | 'malformedHeader' | 'leaf' | 'tag' | 'chrome' | 'lateHeader' | 'paragraph';
  line: number;
}

/** A dateline, over `line`..`last` (three lines on an event page), with the gallery captions and tags under it. */
export interface DatelineRecord {
  block: 'dateline';
  line: number;
  last: number;
  captions: number[];
  tags: LineRecord[];
}

/** A speaker turn: its label line, then what continues it. */
export interface TurnRecord {
  block: 'turn';
  line: number;
  items: Array<FlowRecord | null>;
}

/** Consecutive list items. */
export interface ListRecord {
  block: 'list';
  line: number;
  items: number[];
}

/** A participants list: the intro line, then the participants. */
export interface ParticipantsRecord {
  block: 'participants';
  line: number;
  items: number[];
}

/** What a section, a subsection, a turn or the root holds; null for a blank line. */
/** A gallery's counter alone on its line (`2 sur 16`) and the line under it, its photo's caption. */
export interface CounterRecord {
  block: 'counter';
  line: number;
  caption: number;
}

export type FlowRecord = LineRecord | DatelineRecord | TurnRecord | ListRecord | ParticipantsRecord | CounterRecord;

/** A section or a subsection: its heading line, the lead paragraph's line, its content. */
export interface ContainerRecord {
  block: 'section' | 'subsection';
  line: number;
  lead: number | null;
  items: Array<ContainerRecord | FlowRecord | null>;
}

/** A table-of-contents entry: its line, and the line it starts on (its bullet's, for an unnumbered one). */
export interface TocRecord {
  line: number;
  start: number;
  /** The line of the entry's wrapped timestamp, a dateline under a heading that has none. */
  last?: number;
}

/** What the structure grammar returns for a dossier. */
export interface StructureDocument {
  head: LineRecord | null;
  pre: Array<ContainerRecord | FlowRecord | null>;
  toc: TocRecord[] | null;
  body: Array<ContainerRecord | FlowRecord | null>;
}

// A letter in small case: `\p{Ll}`, tested on one character.
const SMALL_LETTER = /\p{Ll}/u;

/** Whether the text of `start`..`end` opens, past spaces and invisibles, with a letter in small case. */
function opensInSmallLetter(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (isSpaceCode(text.charCodeAt(i)) || isInvisibleCode(text.charCodeAt(i)))) i++;
  return i < end && SMALL_LETTER.test(text.charAt(i));
}

/**
 * Reads the nesting of a dossier's lines. The structure grammar accepts
 * every token string (each rule ends in alternatives that take any line).
 *
 * @internal
 */
export function readStructure(lines: ReadonlyArray<RawLine | null>, ctx: Context): StructureDocument {
  const number = (i: number): number => Number((lines[i] as RawHeading).number.value);
  try {
    return readTokens(lines, ctx, number);
  } finally {
    // The parser keeps its rules compiled between parses, not the tokens.
    releaseLastParse();
  }
}

function readTokens(lines: ReadonlyArray<RawLine | null>, ctx: Context, number: (i: number) => number): StructureDocument {
  const untimed = (i: number): boolean => {
    const line = lines[i];
    return line?.type === 'heading' && line.when === null;
  };
  return parseStructure(lineTokens(lines, ctx), {
    rises(i) {
      let j = i - 1;
      while (j >= 0 && lines[j] === null) j--;
      // Past the wrapped timestamp of the entry above (see `untimed`).
      if (j > 0 && lines[j]?.type === 'dateline' && untimed(j - 1)) j--;
      return j >= 0 && lines[j]?.type === 'heading' && number(i) > number(j);
    },
    untimed,
    repeatsFirst(i) {
      for (let j = i + 1; j < lines.length; j++) {
        if (lines[j]?.type === 'heading') return number(j) === number(i);
      }
      return false;
    },
    bareDateline(i) {
      return isBareDateline(lines[i]);
    },
    placeBelow(i) {
      return placeBelow(lines, i, ctx.text) >= 0;
    },
    wrapped(i) {
      const line = lines[i];
      return line?.type === 'text' && opensInSmallLetter(ctx.text, line.start, line.end);
    },
    captionUnder(i) {
      const counter = lines[i];
      const below = lines[i + 1];
      if (counter?.type !== 'photoCounter' || counter.caption !== null || below?.type !== 'text') return false;
      // The credit that ends a caption is no sentence of its own.
      const end = below.credit?.start ?? below.end;
      return !opensInSmallLetter(ctx.text, below.start, end) && !goesOnPastSentence(ctx.text.slice(below.start, end));
    },
  }) as StructureDocument;
}
