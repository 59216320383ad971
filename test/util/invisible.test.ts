import { describe, expect, it } from 'vitest';
import { INVISIBLES } from '../../src/lexicon.js';
import { isInvisibleCode } from '../../src/util/invisible.js';

describe('isInvisibleCode', () => {
  it('is true exactly on the lexicon\'s invisibles', () => {
    const found: string[] = [];
    for (let u = 0; u < 0x10000; u++) if (isInvisibleCode(u)) found.push(String.fromCharCode(u));
    expect(found.join('')).toBe([...INVISIBLES].sort().join(''));
  });

  it('is false past the end of a string (NaN)', () => {
    expect(isInvisibleCode(''.charCodeAt(0))).toBe(false);
  });
});
