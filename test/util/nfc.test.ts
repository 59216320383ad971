import { describe, expect, it } from 'vitest';
import { isNfcInvariant, toNfc } from '../../src/util/nfc.js';

// The code units the scan lets through without normalizing.
const INVARIANT: number[] = [];
for (let u = 0; u < 0x10000; u++) if (isNfcInvariant(String.fromCharCode(u))) INVARIANT.push(u);

describe('isNfcInvariant', () => {
  it('says true only of units NFC keeps, alone and in any pair', () => {
    const changed: number[] = [];
    for (const a of INVARIANT) {
      if (String.fromCharCode(a).normalize('NFC') !== String.fromCharCode(a)) changed.push(a);
      for (const b of INVARIANT) {
        const pair = String.fromCharCode(a, b);
        if (pair.normalize('NFC') !== pair) changed.push(a, b);
      }
    }
    expect(changed).toEqual([]);
  });

  it('is false where NFC may change the text: marks, U+2000, letters past U+0300', () => {
    expect(isNfcInvariant('Poutine à l’aéroport – « Minsk »')).toBe(true);
    expect(isNfcInvariant('de\u0301cembre')).toBe(false);
    expect(isNfcInvariant('a\u2000b')).toBe(false);
    expect(isNfcInvariant('Путин')).toBe(false);
    expect(isNfcInvariant('')).toBe(true);
  });
});

describe('toNfc', () => {
  it('is normalize("NFC")', () => {
    for (const text of ['Poutine à l’aéroport', 'de\u0301cembre', 'a\u2000b', 'Ω\u0301', '']) expect(toNfc(text)).toBe(text.normalize('NFC'));
  });
});
