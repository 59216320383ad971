import { describe, expect, it } from 'vitest';
import { isSpaceCode } from '../../src/util/space.js';

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
