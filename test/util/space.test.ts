import { describe, expect, it } from 'vitest';
import { SPACES } from '../../src/lexicon.js';
import { isLineSpaceCode, isSpaceCode } from '../../src/util/space.js';

describe('isSpaceCode', () => {
  it('agrees with /\\s/ on every code unit', () => {
    const differs: number[] = [];
    for (let u = 0; u < 0x10000; u++) if (isSpaceCode(u) !== /\s/.test(String.fromCharCode(u))) differs.push(u);
    expect(differs).toEqual([]);
  });

  it('is false past the end of a string (NaN)', () => {
    expect(isSpaceCode(''.charCodeAt(0))).toBe(false);
  });
});

describe('isLineSpaceCode', () => {
  it('is true exactly on the lexicon\'s spaces', () => {
    const found: string[] = [];
    for (let u = 0; u < 0x10000; u++) if (isLineSpaceCode(u)) found.push(String.fromCharCode(u));
    expect(found.join('')).toBe([...SPACES].sort().join(''));
    expect(isLineSpaceCode(0x0a)).toBe(false);
    expect(isLineSpaceCode(0xfeff)).toBe(false);
  });

  it('is false past the end of a string (NaN)', () => {
    expect(isLineSpaceCode(''.charCodeAt(0))).toBe(false);
  });
});
