import { describe, expect, it } from 'vitest';
import { SPACES } from '../../src/lexicon.js';
import { isLineSpaceCode, isSpaceCode, isSpaceRun, normalizeSpace } from '../../src/util/space.js';

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

describe('normalizeSpace', () => {
  const reference = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();

  it('is NFC, each run of spaces one SPACE, trimmed, whether or not the text needs it', () => {
    const parts = ['a', 'É', 'e\u0301', '’', ' ', '  ', '\u00a0', '\u2000', '\u202f', '\t', '\n', '\ufeff', 'Ω', '\u0301'];
    // Every string of up to three parts.
    const texts = [''];
    for (let n = 0; n < 3; n++) for (const text of [...texts]) for (const part of parts) texts.push(text + part);
    const differs = texts.filter((text) => normalizeSpace(text) !== reference(text));
    expect(differs).toEqual([]);
    expect(normalizeSpace('  L’Union   européenne ')).toBe('L’Union européenne');
  });
});

describe('isSpaceRun', () => {
  it('holds between two words joined by spaces of the lexicon, invisibles among them; not without a space', () => {
    const text = 'Recep \u200BTayyip\u00a0Erdogan\u200BX';
    expect(isSpaceRun(text, 5, 7)).toBe(true);
    expect(isSpaceRun(text, 13, 14)).toBe(true);
    // An invisible alone is no space; a letter in the span ends it; an empty span holds none.
    expect(isSpaceRun(text, 21, 22)).toBe(false);
    expect(isSpaceRun(text, 4, 7)).toBe(false);
    expect(isSpaceRun(text, 5, 5)).toBe(false);
  });
});
