import type { Point, Position } from './nodes.js';

/**
 * Turns 0-based offsets into unist points for one text. CRLF, CR and LF
 * each end a line, so points agree with editors whatever the line endings.
 */
export class LineIndex {
  /** Offsets at which each line starts; `starts[0] === 0`. */
  private readonly starts: number[];
  readonly length: number;

  /** Indexes the line starts of `text` (one pass). */
  constructor(text: string) {
    const starts = [0];
    const breaks = /\r\n?|\n/g;
    for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
      starts.push(m.index + m[0].length);
    }
    this.starts = starts;
    this.length = text.length;
  }

  /** The point at `offset`, clamped to `[0, text.length]`. */
  point(offset: number): Point {
    const o = offset < 0 ? 0 : offset > this.length ? this.length : offset;
    const starts = this.starts;
    // Binary search for the last line start <= o.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (starts[lo] as number) + 1, offset: o };
  }

  /** The position from `start` (inclusive) to `end` (exclusive). */
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}
