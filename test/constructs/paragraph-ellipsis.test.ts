import { describe, expect, it } from 'vitest';
import { endsWithEllipsis } from '../../src/constructs/paragraph.js';
import { seededRandom } from '../support/random-lines.js';

// What the paragraph builder tested before, from every position of the line.
const OLD = /(…|\.\.\.)\s*\.?$/u;

describe('endsWithEllipsis', () => {
  it('marks the endings the old regex marked', () => {
    for (const [value, expected] of [
      ['Il a dit…', true],
      ['Il a dit...', true],
      ['Il a dit… .', true],
      ['Il a dit....', true],
      ['Il a dit.. .', false],
      ['Il a dit.', false],
      ['…', true],
      ['', false],
      ['.', false],
      ['a…\u00A0\u202F.', true],
    ] as const) {
      expect(endsWithEllipsis(value), value).toBe(expected);
      expect(OLD.test(value), value).toBe(expected);
    }
  });

  it('agrees with the old regex on 20,000 random endings', () => {
    const rand = seededRandom(7);
    const pieces = ['.', '…', ' ', '\u00A0', '\t', 'a', '..', '...', '\u2009', '\n', 'é'];
    for (let i = 0; i < 20_000; i++) {
      let value = '';
      for (let n = Math.floor(rand() * 7); n > 0; n--) value += pieces[Math.floor(rand() * pieces.length)];
      expect(endsWithEllipsis(value), JSON.stringify(value)).toBe(OLD.test(value));
    }
  });
});
