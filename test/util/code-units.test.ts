import { describe, expect, it } from 'vitest';
import { codeUnitSet, endsWithUnitOf } from '../../src/util/code-units.js';

describe('codeUnitSet and endsWithUnitOf', () => {
  const ends = codeUnitSet('.;,:：');

  it('tells the last code unit, as `[.;,:：]$` does', () => {
    for (const text of ['Titre.', 'Titre', 'Titre :', 'Titre：', 'Titre. ', '', ';', 'a\ud83d\ude00', 'fin,']) {
      expect(endsWithUnitOf(text, ends), text).toBe(/[.;,:：]$/u.test(text));
    }
  });

  it('refuses a character outside the BMP', () => {
    expect(() => codeUnitSet('a\ud83d\ude00')).toThrow(RangeError);
  });
});
