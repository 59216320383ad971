// Hand-written declaration of the @generated parser in structure.js.
/** What the structure grammar asks of the lines (see grammar/structure.peggy). */
export interface StructureQueries {
  /** Whether heading line `i` has a greater number than the heading before it. */
  rises(i: number): boolean;
  /** Whether heading line `i` has no timestamp. */
  untimed(i: number): boolean;
  /** Whether the next heading after line `i` repeats its number. */
  repeatsFirst(i: number): boolean;
  /** Whether dateline `i` has no time and no place. */
  bareDateline(i: number): boolean;
  /** Whether dateline `i` has its place alone after a blank line (src/compose/place-below.ts). */
  placeBelow(i: number): boolean;
  /** Whether text line `i` opens in small letters (a hard-wrapped line). */
  wrapped(i: number): boolean;
  /** Whether counter line `i` has no caption on its line and the text line under it is one sentence opening in capitals. */
  captionUnder(i: number): boolean;
}
/** Parses the line tokens of a dossier; returns a StructureDocument (see src/compose/structure.ts). */
export function parse(input: string, options: StructureQueries): unknown;
/** The peggy syntax error class. */
export class SyntaxError extends Error {}
/** Drops the input, options and result of the last parse, keeping the rules built (scripts/peggy-hoist.mjs). */
export function releaseLastParse(): void;
