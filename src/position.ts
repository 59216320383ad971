import type { Point, Position } from './nodes.js';

/**
 * Turns 0-based offsets into unist points for one text. CRLF, CR and LF
 * each end a line, so line numbers agree with editors whatever the line
 * endings. Columns count UTF-16 code units of the text as given, a leading
 * BOM included: on line 1 of a text with a BOM, columns are one more than
 * editors (which hide the BOM) show. See {@link Point.column}.
 */
export class LineIndex {
  /** Offsets at which each line starts; `starts[0] === 0`. */
  private readonly starts: number[];
  readonly length: number;
  /** The line (0-based) of the last point asked for: builders ask in text order. */
  private last = 0;

  /** Indexes the line starts of `text` (one pass). */
  constructor(text: string) {
    const starts = [0];
    if (text.indexOf('\r') === -1) {
      // LF only (the usual case): `indexOf` is many times faster than a regex.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      const breaks = /\r\n?|\n/g;
      for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
        starts.push(m.index + m[0].length);
      }
    }
    this.starts = starts;
    this.length = text.length;
  }

  /** The point at `offset`, clamped to `[0, text.length]`. */
  point(offset: number): Point {
    const o = offset < 0 ? 0 : offset > this.length ? this.length : offset;
    const starts = this.starts;
    // Most lookups fall on the line of the previous one or the next.
    let line = this.last;
    const here = starts[line] as number;
    if (o >= here) {
      const next = starts[line + 1];
      if (next === undefined || o < next) return { line: line + 1, column: o - here + 1, offset: o };
      const after = starts[line + 2];
      if (o >= next && (after === undefined || o < after)) {
        this.last = line + 1;
        return { line: line + 2, column: o - next + 1, offset: o };
      }
    }
    // Binary search for the last line start <= o.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    line = lo;
    this.last = line;
    return { line: line + 1, column: o - (starts[line] as number) + 1, offset: o };
  }

  /** The position from `start` (inclusive) to `end` (exclusive). */
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}

/**
 * The span of a parent: from its first child's start to its last child's
 * end. Containers are built once their children are, so each gets its
 * position once, from this.
 *
 * @param children - The parent's children, at least one.
 * @internal
 */
export function spanOf(children: ReadonlyArray<{ position: Position }>): Position {
  const first = children[0] as { position: Position };
  const last = children[children.length - 1] as { position: Position };
  return { start: first.position.start, end: last.position.end };
}
