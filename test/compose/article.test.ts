import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { repeatsTitle, titleKey } from '../../src/compose/article.js';

// Characters that the title key treats specially: spaces of every kind,
// apostrophes, letters NFC composes with the combining accents, and
// punctuation above U+2000.
const pieces = fc.constantFrom(
  'e', 'é', 'E', '\u0301', '\u0300', 'a', ' ', '  ', '\t', '\u00a0', '\u202f', '\u2009', '\u2000', '\ufeff',
  '’', "'", 'ʼ', '‘', '–', '…', '«', '»', 'x', 'Å', '\u212b', '\ud83d\ude00',
);
const line = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));

describe('repeatsTitle', () => {
  test.prop([line, line], { numRuns: 2000 })('agrees with comparing title keys', (title, value) => {
    expect(repeatsTitle(value, titleKey(title))).toBe(titleKey(value) === titleKey(title));
  });

  test.prop([line])('finds a title in its own line, however it is spaced or normalized', (title) => {
    const key = titleKey(title);
    expect(repeatsTitle(title, key)).toBe(true);
    expect(repeatsTitle(title.normalize('NFD'), key)).toBe(true);
  });

  it('tells a longer or shorter line apart', () => {
    const key = titleKey('Titre de l’été');
    expect(repeatsTitle('Titre de l’été 2024', key)).toBe(false);
    expect(repeatsTitle('Titre de l', key)).toBe(false);
    expect(repeatsTitle("  Titre de l'e\u0301te\u0301 ", key)).toBe(true);
  });
});
