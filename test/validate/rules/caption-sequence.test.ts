import { describe, expect, it } from 'vitest';
import { brief, findingsOf, heading, lines, link } from '../helpers.js';

const run = (text: string) => brief(findingsOf('caption-sequence', text));
/** One section holding the given caption lines, blank lines between, as in the Minsk dossier. */
const captions = (...cs: string[]) => lines(heading(1), '', ...cs.flatMap((c) => [c, '']), link(1));

describe('caption-sequence', () => {
  describe('reports', () => {
    it('a missing caption (4 then 6, as in the Minsk dossier’s section 4 C)', () => {
      expect(run(captions('1 Avant.', '2 Pendant.', '3 Conférence.', '4 Conférence.', '6 Le président.', '7 Après.'))).toEqual([
        '11:1 Expected caption 5 after caption 4 (line 9), found 6; caption 5 is missing.',
      ]);
    });

    it('captions that start above 1', () => {
      expect(run(captions('3 Conférence.', '4 Conférence.'))).toEqual(['3:1 Expected the captions to start at 1, found 3; captions 1 and 2 are missing.']);
    });

    it('a repeated number', () => {
      expect(run(captions('1 Avant.', '2 Pendant.', '2 Après.'))).toEqual(['7:1 Expected each caption number once, found 2 again (first at line 5).']);
    });

    it('captions out of order (one finding, not also a gap)', () => {
      expect(run(captions('1 Avant.', '3 Pendant.', '2 Après.'))).toEqual(['7:1 Expected captions in order, found 2 after 3 (line 5).']);
    });

    it('captions inside speaker turns count with the others', () => {
      const text = lines(heading(1), '', '1 Avant.', '', 'Vladimir Poutine : Merci.', '', '3 VP Avec le président.', '', link(1));
      expect(run(text)).toEqual(['7:1 Expected caption 2 after caption 1 (line 3), found 3; caption 2 is missing.']);
    });
  });

  describe('does not report', () => {
    it('captions 1, 2, 3 …, with credits and NO-BREAK SPACEs', () => {
      expect(run(captions('\u00A01 Les négociations.', '2 Le ministre. Photo : Pavel Bedniakov, RIA Novosti', '3\u00A0 VP Avec le président'))).toEqual([]);
    });

    it('each subsection numbering from 1', () => {
      const text = lines(
        heading(1),
        'A – Partie – 24 mai 2024 à 14h50 à Minsk',
        '',
        '1 Avant.',
        '',
        '2 Après.',
        '',
        link(1),
        'B – Partie – 24 mai 2024 à 16h40 à Minsk',
        '',
        '1 Avant.',
        '',
        link(2),
      );
      expect(run(text)).toEqual([]);
    });

    it('the caption of a photo counter, which has no number of its own', () => {
      expect(run(lines(heading(1), '1/2', '2/2 .Cérémonie de dépôt de couronnes', '', '1 Avant.', '', link(1)))).toEqual([]);
    });

    it('a numbered line inside running text (text, not a caption)', () => {
      expect(run(lines(heading(1), 'Texte.', '2 Millions de personnes ont voté.', 'Suite du texte.', link(1)))).toEqual([]);
    });
  });
});
