import { describe, expect, it } from 'vitest';
import { brief, cleanDossier, findingsOf, heading, lines, link } from '../helpers.js';

const run = (text: string) => brief(findingsOf('dates-near-header', text));
const HEADER = '6125 – RUSSIE – V.Poutine à Minsk rencontre Alexandre Loukachenko – 24.05.24 –';

describe('dates-near-header', () => {
  describe('reports', () => {
    it('a date years away from the header, on each line that writes it', () => {
      const when = '23 mai 2042 à 23h30 à Minsk';
      const text = lines(HEADER, '', heading(1, 'Arrivée', when), '', heading(1, 'Arrivée', when), when, link(1));
      expect(run(text)).toEqual([
        '3:1 Expected a date within 7 days of the header’s `24.05.24` (2024-05-24), found `23 mai 2042 à 23h30 à Minsk` (2042-05-23, 6573 days after).',
        '5:1 Expected a date within 7 days of the header’s `24.05.24` (2024-05-24), found `23 mai 2042 à 23h30 à Minsk` (2042-05-23, 6573 days after).',
        '6:1 Expected a date within 7 days of the header’s `24.05.24` (2024-05-24), found `23 mai 2042 à 23h30 à Minsk` (2042-05-23, 6573 days after).',
      ]);
    });

    it('a date 8 days before the header, in a subsection heading', () => {
      const text = lines(HEADER, '', heading(1, 'Pourparlers', '24 mai 2024 à 17h15 à Minsk'), 'A – Début – 16 mai 2024 à 14h50 à Minsk', link(1));
      expect(run(text)).toEqual([
        '4:1 Expected a date within 7 days of the header’s `24.05.24` (2024-05-24), found `16 mai 2024 à 14h50 à Minsk` (2024-05-16, 8 days before).',
      ]);
    });
  });

  describe('does not report', () => {
    it('dates within a week of the header, either way', () => {
      const text = lines(HEADER, '', heading(1, 'Avant', '17 mai 2024 à 10h00 à Minsk'), link(1), '', heading(2, 'Après', '31 mai 2024 à 10h00 à Minsk'), link(2));
      expect(run(text)).toEqual([]);
      expect(run(cleanDossier(3))).toEqual([]);
    });

    it('a dossier without a header: there is no reference date', () => {
      expect(run(lines(heading(1, 'Arrivée', '23 mai 2042 à 23h30 à Minsk'), link(1)))).toEqual([]);
    });

    it('a header whose date does not exist (parse/invalid-date reports it)', () => {
      const text = lines('6125 – RUSSIE – Visite – 32.05.24 –', '', heading(1, 'Arrivée', '23 mai 2042 à 23h30 à Minsk'), link(1));
      expect(run(text)).toEqual([]);
      expect(findingsOf('parse/invalid-date', text)).toHaveLength(1);
    });

    it('an article, whose dates have no year', () => {
      expect(run('Titre\n\nSuivez RT France surTelegram\n\nIls se sont retrouvés ce 19 décembre à Minsk.\n')).toEqual([]);
    });
  });
});
