import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { repeatsTitle, titleKey } from '../../src/compose/article.js';
import { parse } from '../../src/index.js';

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

describe('article lines through invisibles (issue 12)', () => {
  it('a title repeated with invisibles (or without the title\'s) is the repeat', () => {
    const key = titleKey('Poutine \u200Bsouligne l’importance');
    expect(key).toBe(titleKey('Poutine souligne l’importance'));
    expect(repeatsTitle('Poutine\tsou\u00ADligne l’importance', key)).toBe(true);
    expect(repeatsTitle('Poutine souligne l’importance', titleKey('Pou\u200Btine souligne l’importance'))).toBe(true);
    expect(repeatsTitle('Poutine souligne l’impor', key)).toBe(false);
  });

  it('the body\'s first date reads through invisibles, `raw` as written', () => {
    const text = 'Titre\n\nVladimir Poutine est arrivé à Minsk ce 19 décembre \u200B2024, a annoncé le Kremlin aux journalistes.\n';
    expect(parse(text).tree.when).toMatchObject({ raw: '19 décembre \u200B2024', day: 19, month: 12, year: 2024 });
  });

  it('a related headline\'s 160 characters are counted without invisibles', () => {
    const words = 'Les présidents ont également accordé une attention particulière aux questions de sécurité et ont échangé leurs points de vue sur la situation dans le';
    const shy = words.replace(/(\p{L}{2})(?=\p{L}{2})/gu, '$1\u00AD');
    expect(words.length).toBeLessThanOrEqual(160);
    expect(shy.length).toBeGreaterThan(160);
    const doc = (h: string): string => `Titre\nSuivez RT France surTelegram\n\nCorps du texte.\n\n${h}\n\nFin.\n`;
    const kinds = (text: string): string[] => parse(text).tree.children.map((c) => (c.type === 'boilerplate' ? c.kind : c.type));
    expect(kinds(doc(shy))).toEqual(kinds(doc(words)));
    expect(kinds(doc(words))).toContain('relatedHeadline');
  });
});
