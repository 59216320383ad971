import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/position.js';
import { seededRandom } from './support/random-lines.js';

/** Line and column of an offset from line starts counted character by character (CRLF, CR and LF end lines). */
function slowPoint(text: string, offset: number): { line: number; column: number; offset: number } {
  const o = Math.max(0, Math.min(offset, text.length));
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') starts.push(++i + 1);
    else if (text[i] === '\r' || text[i] === '\n') starts.push(i + 1);
  }
  let line = 0;
  while (line + 1 < starts.length && (starts[line + 1] as number) <= o) line++;
  return { line: line + 1, column: o - (starts[line] as number) + 1, offset: o };
}

describe('LineIndex (cursor for lookups in text order)', () => {
  it('gives the same points in any order of lookups, for LF, CRLF and CR texts', () => {
    const rand = seededRandom(3);
    for (const eol of ['\n', '\r\n', '\r', '\n\r\n\r']) {
      const text = Array.from({ length: 60 }, (_, i) => 'x'.repeat(i % 7)).join(eol);
      const index = new LineIndex(text);
      // In order (the builders' pattern), backwards, and at random.
      const offsets = [...Array(text.length + 3).keys()].map((i) => i - 1);
      for (const o of [...offsets, ...offsets.reverse(), ...offsets.map(() => Math.floor(rand() * (text.length + 4)) - 2)]) {
        expect(index.point(o)).toEqual(slowPoint(text, o));
      }
    }
  });

  it('handles the empty text and a text without line breaks', () => {
    expect(new LineIndex('').point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(new LineIndex('abc').point(2)).toEqual({ line: 1, column: 3, offset: 2 });
  });
});
