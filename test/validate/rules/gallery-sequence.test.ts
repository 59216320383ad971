import { describe, expect, it } from 'vitest';
import { brief, findingsOf, heading, lines, link } from '../helpers.js';

const run = (text: string) => brief(findingsOf('gallery-sequence', text));
/** One section holding the given counter lines, each followed by a line of text. */
const gallery = (...counters: string[]) => lines(heading(1), ...counters.flatMap((c) => [c, 'Texte.']), link(1));

describe('gallery-sequence', () => {
  describe('reports', () => {
    it('a gallery that starts above 1 (`2 sur 5` first, as in the Kremlin dossier)', () => {
      expect(run(gallery('2 sur 5', '3 sur 5', '4 sur 5', '5 sur 5'))).toEqual(['2:1 Expected the gallery to start at 1/5, found 2/5; photo 1/5 is missing.']);
      expect(run(gallery('4/5', '5/5'))).toEqual(['2:1 Expected the gallery to start at 1/5, found 4/5; photos 1/5, 2/5 and 3/5 are missing.']);
    });

    it('a gap, naming the photo expected and the one found', () => {
      expect(run(gallery('1/5', '2/5', '5/5'))).toEqual(['6:1 Expected photo 3/5 after 2/5 (line 4), found 5/5; photos 3/5 and 4/5 are missing.']);
    });

    it('two counters swapped: one finding, where the order goes back (not also a gap)', () => {
      expect(run(gallery('1 sur 9', '2 sur 9', '3 sur 9', '4 sur 9', '5 sur 9', '6 sur 9', '8 sur 9', '7 sur 9', '9 sur 9'))).toEqual([
        '16:1 Expected photos in order, found 7/9 after 8/9 (line 14).',
      ]);
    });

    it('a repeated counter, with the line of the first', () => {
      expect(run(gallery('1/3', '2/3', '3/3', '3/3'))).toEqual(['8:1 Expected each photo once, found 3/3 again (first at line 6).']);
    });

    it('a gallery that stops before its total', () => {
      expect(run(gallery('1/4', '2/4', '3/4'))).toEqual(['6:1 Expected the gallery to end at 4/4, found 3/4 as its last counter; photo 4/4 is missing.']);
    });

    it('a total that differs from the gallery’s first counter', () => {
      expect(run(gallery('1/3', '2/4', '3/3'))).toEqual(['4:1 Expected the total of this gallery, 3, as in 1/3 (line 2), found 2/4.']);
    });

    it('a position above the total, or 0', () => {
      expect(run(gallery('1/2', '2/2', '3/2'))).toEqual(['6:1 Expected a photo position from 1 to 2, found 3/2.']);
      expect(run(gallery('0/2', '1/2', '2/2'))).toEqual(['2:1 Expected a photo position from 1 to 2, found 0/2.']);
    });

    it('counters inside speaker turns belong to the section’s gallery', () => {
      const text = lines(heading(1), '1/3', 'Vladimir Poutine : Merci.', '3/3', 'Alexandre Loukachenko : Merci.', '2/3', link(1));
      expect(run(text)).toEqual(['6:1 Expected photos in order, found 2/3 after 3/3 (line 4).']);
    });

    it('a gallery in a document without sections', () => {
      expect(run('Texte.\n2/3\n3/3\n')).toEqual(['2:1 Expected the gallery to start at 1/3, found 2/3; photo 1/3 is missing.']);
    });
  });

  describe('does not report', () => {
    it('a complete gallery, in either notation', () => {
      expect(run(gallery('1/3', '2/3', '3/3'))).toEqual([]);
      expect(run(gallery('1 sur 2', '2 sur 2'))).toEqual([]);
    });

    it('each section and subsection with its own gallery from 1', () => {
      const text = lines(
        heading(1),
        '1/2',
        '2/2',
        link(1),
        '',
        heading(2),
        'A – Partie – 22 mai 2024 à 12h00 à Minsk',
        '1/2',
        '2/2',
        link(2),
        'B – Partie – 22 mai 2024 à 13h00 à Minsk',
        '1 sur 1',
        link(3),
      );
      expect(run(text)).toEqual([]);
    });

    it('a second gallery with a new total once the first is complete', () => {
      expect(run(gallery('1/2', '2/2', '1/3', '2/3', '3/3'))).toEqual([]);
    });

    it('a counter followed by its caption on the same line', () => {
      expect(run(gallery('1/2', '2/2 .Cérémonie de dépôt de couronnes au Monument de la Victoire'))).toEqual([]);
    });
  });
});
