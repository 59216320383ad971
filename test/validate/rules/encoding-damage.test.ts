import { describe, expect, it } from 'vitest';
import { MAX_ENCODING_FINDINGS, repairMojibake } from '../../../src/validate/rules/encoding-damage.js';
import { brief, findingsOf, heading, lines, link, treeOf } from '../helpers.js';

const run = (text: string) => brief(findingsOf('encoding-damage', text));

describe('encoding-damage', () => {
  describe('reports each occurrence where it is', () => {
    it('Latin mojibake, with the character meant', () => {
      expect(run('Il a Ã©tÃ© reÃ§u Ã\u00A0Minsk.\n')).toEqual([
        '1:6 Expected `é`, found `Ã©`: UTF-8 text read as Windows-1252 (mojibake).',
        '1:9 Expected `é`, found `Ã©`: UTF-8 text read as Windows-1252 (mojibake).',
        '1:14 Expected `ç`, found `Ã§`: UTF-8 text read as Windows-1252 (mojibake).',
        '1:18 Expected `à`, found `Ã<U+00A0>`: UTF-8 text read as Windows-1252 (mojibake).',
      ]);
    });

    it('punctuation mojibake (`â€™`, `â€œ`, `Â«`, `Â\u00A0`), a lost third byte (`â€` alone)', () => {
      expect(run('l’homme : lâ€™homme â€œouiâ€\u009d Â«nonÂ» Â\u00A0: â€ fin\n')).toEqual([
        '1:12 Expected `’`, found `â€™`: UTF-8 text read as Windows-1252 (mojibake).',
        '1:21 Expected `“`, found `â€œ`: UTF-8 text read as Windows-1252 (mojibake).',
        '1:27 Expected `”`, found `â€<U+009D>`: UTF-8 text read as Windows-1252 (mojibake).',
        '1:31 Expected `«`, found `Â«`: UTF-8 text read as Windows-1252 (mojibake).',
        '1:36 Expected `»`, found `Â»`: UTF-8 text read as Windows-1252 (mojibake).',
        '1:39 Expected `<U+00A0>`, found `Â<U+00A0>`: UTF-8 text read as Windows-1252 (mojibake).',
        '1:43 Expected text, found `â€`: mojibake (UTF-8 text read as Windows-1252).',
      ]);
    });

    it('a run of Cyrillic mojibake as one occurrence', () => {
      expect(run('Le mot Ð¿Ñ€Ð¸Ð²ÐµÑ‚ veut dire bonjour.\n')).toEqual(['1:8 Expected `привет`, found `Ð¿Ñ€Ð¸Ð²ÐµÑ‚`: UTF-8 text read as Windows-1252 (mojibake).']);
    });

    it('a BOM read as Windows-1252 (`ï»¿`) or left inside the text', () => {
      expect(run('Texte.\nï»¿Suite.\nFin\uFEFF.\n')).toEqual([
        '2:1 Expected `<U+FEFF>`, found `ï»¿`: UTF-8 text read as Windows-1252 (mojibake).',
        '3:4 Expected no byte-order mark inside the text, found U+FEFF: files were probably joined together.',
      ]);
    });

    it('U+FFFD replacement characters, a run counted once', () => {
      expect(run('Les n\uFFFDgociations ont \uFFFD\uFFFD\uFFFD commencé.\n')).toEqual([
        '1:6 Expected a character, found U+FFFD REPLACEMENT CHARACTER: bytes the scraper could not decode were replaced.',
        '1:22 Expected a character, found U+FFFD REPLACEMENT CHARACTER (3 in a row): bytes the scraper could not decode were replaced.',
      ]);
    });

    it('C0 and C1 control characters other than tab, LF and CR', () => {
      expect(run('Une cloche\u0007 ici,\u0000\u0001 là,\r\nun \u0085 là.\n')).toEqual([
        '1:11 Expected text, found control character U+0007.',
        '1:17 Expected text, found control characters U+0000, U+0001 (2 in a row).',
        '2:4 Expected text, found control character U+0085.',
      ]);
    });

    it(`at most ${MAX_ENCODING_FINDINGS} occurrences, then one finding that counts the rest`, () => {
      const text = 'Ã© x '.repeat(MAX_ENCODING_FINDINGS + 7);
      const found = run(text);
      expect(found).toHaveLength(MAX_ENCODING_FINDINGS + 1);
      expect(found[MAX_ENCODING_FINDINGS]).toBe(`1:${MAX_ENCODING_FINDINGS * 5 + 1} Expected no more encoding damage, found 7 more occurrences from here on (not listed one by one).`);
    });

    it('in a tree (no text): the strings of each leaf, pointing at the leaf', () => {
      const tree = treeOf(lines(heading(1), 'Il a Ã©tÃ© reÃ§u.', link(1)));
      expect(brief(findingsOf('encoding-damage', tree))).toEqual([
        '2:1 Expected `é`, found `Ã©`: UTF-8 text read as Windows-1252 (mojibake).',
        '2:1 Expected `é`, found `Ã©`: UTF-8 text read as Windows-1252 (mojibake).',
        '2:1 Expected `ç`, found `Ã§`: UTF-8 text read as Windows-1252 (mojibake).',
      ]);
    });
  });

  describe('does not report', () => {
    it('French text with accents, capitals, ligatures, NO-BREAK SPACEs and « » quotes', () => {
      const text = lines(
        'Âge, Âme, À l’époque, Ça va, naïf, Noël, Œuvre, cœur, Ève, Ôter, Über, Ñandú, Åland, Ærø.',
        'Il a dit\u00A0: «\u00A0Hanoï\u00A0» et «Hanoï» — 23\u202Fh — 2 000 km², 1°/, 8,2 millions de m².',
        'Des tabulations\tici, et …',
      );
      expect(run(text)).toEqual([]);
    });

    it('a BOM at the very start, and CRLF line endings', () => {
      expect(run('\uFEFFTexte.\r\nSuite.\r\n')).toEqual([]);
    });
  });
});

describe('repairMojibake', () => {
  it('reads Windows-1252 characters back as UTF-8 bytes', () => {
    expect(repairMojibake('Ã©')).toBe('é');
    expect(repairMojibake('â€™')).toBe('’');
    expect(repairMojibake('Å“')).toBe('œ');
  });

  it('gives undefined when the bytes are not UTF-8', () => {
    expect(repairMojibake('â€')).toBeUndefined();
    expect(repairMojibake('€')).toBeUndefined();
  });
});
