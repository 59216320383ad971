import type { PendingDiagnostic, Report } from '../diagnostics.js';
import type { Position } from '../nodes.js';
import type { LineIndex } from '../position.js';

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
 * Removes spaces of any kind (NO-BREAK SPACE, NARROW NO-BREAK SPACE, FIGURE
 * SPACE, THIN SPACE, the BOM …) at both ends: every character of JavaScript's
 * `\s`, which is exactly what `String.prototype.trim` removes (a native call,
 * no regex; checked over all code units in test/compose/context.test.ts).
 * @internal
 */
export function clean(value: string): string {
  return value.trim();
}
