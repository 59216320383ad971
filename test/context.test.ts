import { describe, expect, it } from 'vitest';
import { clean } from '../src/context.js';

// What clean() did before it became `trim()`.
const OLD = /^[\s\u00A0\u202F\u2007\u2009\uFEFF]+|[\s\u00A0\u202F\u2007\u2009\uFEFF]+$/gu;

describe('clean', () => {
  it('removes exactly the characters the old regex removed, for every code unit at either end', () => {
    const differs: string[] = [];
    for (let u = 0; u < 0x10000; u++) {
      const ch = String.fromCharCode(u);
      for (const value of [`${ch}a${ch}`, ch, `a${ch}${ch}`, `${ch}${ch}b c`]) {
        if (clean(value) !== value.replace(OLD, '')) differs.push(u.toString(16));
      }
    }
    expect(differs).toEqual([]);
  });

  it('trims NO-BREAK SPACE, NARROW NO-BREAK SPACE and the BOM, not inner spaces', () => {
    expect(clean('\u00A0 1 Les négociations\u202F\uFEFF')).toBe('1 Les négociations');
  });
});
