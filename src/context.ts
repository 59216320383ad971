import type { PendingDiagnostic, Report } from './diagnostics.js';
import type { Position } from './nodes.js';
import type { LineIndex } from './position.js';

/**
 * What every builder needs: the source text, the line index for positions,
 * and the diagnostic sink.
 *
 * @internal
 */
export interface Context {
  readonly text: string;
  readonly index: LineIndex;
  readonly report: Report;
  /** The position of an offset span. */
  pos(start: number, end: number): Position;
  /** The text of an offset span. */
  slice(start: number, end: number): string;
}

/** Builds a context collecting diagnostics into `sink`. @internal */
export function createContext(text: string, index: LineIndex, sink: PendingDiagnostic[]): Context {
  return {
    text,
    index,
    report: (d) => sink.push(d),
    pos: (start, end) => index.position(start, end),
    slice: (start, end) => text.slice(start, end),
  };
}

/**
 * Removes spaces of any kind (NO-BREAK SPACE, NARROW NO-BREAK SPACE, BOM …)
 * and line breaks at both ends. @internal
 */
export function clean(value: string): string {
  // `trim` removes exactly what `\s` matches (every Zs space, U+FEFF, line
  // terminators) in linear time; a `\s+$` regex is quadratic on a long run
  // of spaces inside the value.
  return value.trim();
}
