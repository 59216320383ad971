import { describe, expect, it } from 'vitest';
import { brief, cleanDossier, findingsOf, heading, lines, link } from '../helpers.js';

const run = (text: string) => brief(findingsOf('dateline-matches-toc', text));
const toc = [heading(1), heading(2), ''];

describe('dateline-matches-toc', () => {
  describe('reports', () => {
    it('a section dateline whose time differs from its TOC entry', () => {
      const text = lines(...toc, heading(1), 'Texte.', '21 mai 2024 à 11h30 à Minsk', link(1), '', heading(2), '22 mai 2024 à 12h00 à Minsk', link(2));
      expect(run(text)).toEqual([
        '6:1 Expected the dateline of section 1 to read `21 mai 2024 à 11h00 à Minsk` as its table-of-contents entry (line 1) does, found `21 mai 2024 à 11h30 à Minsk` (the time differs).',
      ]);
    });

    it('a dateline whose date and place differ', () => {
      const text = lines(...toc, heading(1), '21 mai 2024 à 11h00 à Minsk', link(1), '', heading(2), '23 mai 2024 à 12h00 à Moscou', link(2));
      expect(run(text)).toEqual([
        '9:1 Expected the dateline of section 2 to read `22 mai 2024 à 12h00 à Minsk` as its table-of-contents entry (line 2) does, found `23 mai 2024 à 12h00 à Moscou` (the date and the place differ).',
      ]);
    });

    it('a section the TOC does not list: compared with its heading', () => {
      const text = lines(heading(1), '21 mai 2024 à 11h00 à Moscou', link(1));
      expect(run(text)).toEqual([
        '2:1 Expected the dateline of section 1 to read `21 mai 2024 à 11h00 à Minsk` as its heading does, found `21 mai 2024 à 11h00 à Moscou` (the place differs).',
      ]);
    });

    it('a subsection dateline that differs from the subsection heading', () => {
      const text = lines(
        heading(1),
        'Texte.',
        '21 mai 2024 à 11h00 à Minsk',
        'A – Conférence de presse – 24 mai 2024 à 17h30 à Minsk',
        'Les présidents ont fait des déclarations.',
        '24 mai 2024 à 18h30 à Minsk',
        link(1),
      );
      expect(run(text)).toEqual([
        '6:1 Expected the dateline of subsection 1 A to read `24 mai 2024 à 17h30 à Minsk` as its heading (line 4) does, found `24 mai 2024 à 18h30 à Minsk` (the time differs).',
      ]);
    });
  });

  describe('does not report', () => {
    it('datelines that agree with the TOC', () => {
      expect(run(cleanDossier(3))).toEqual([]);
    });

    it('`13H40` against `13h40`, or a place in other case', () => {
      const text = lines(
        '1°/Réunion – 10 mars 2025 à 13H40 au Kremlin-Moscou',
        '',
        '1°/Réunion – 10 mars 2025 à 13H40 au Kremlin-Moscou',
        '10 mars 2025 à 13h40 au KREMLIN-MOSCOU',
        link(1),
      );
      expect(run(text)).toEqual([]);
    });

    it('a dateline that leaves out a part the TOC gives (no place)', () => {
      const text = lines(...toc, heading(1), '21 mai 2024 à 11h00', link(1), '', heading(2), '22 mai 2024 à 12h00 à Minsk', link(2));
      expect(run(text)).toEqual([]);
    });

    it('a section or subsection without a dateline', () => {
      const text = lines(...toc, heading(1), 'Texte.', link(1), '', heading(2), 'A – Partie – 22 mai 2024 à 12h00 à Minsk', 'Texte.', link(2));
      expect(run(text)).toEqual([]);
    });

    it('a later dateline in the section (only the first is the section’s dateline)', () => {
      const text = lines(...toc, heading(1), '21 mai 2024 à 11h00 à Minsk', 'Texte.', '25 mai 2024 à 08h00 à Moscou', link(1), '', heading(2), link(2));
      expect(run(text)).toEqual([]);
    });

    it('articles', () => {
      expect(run('Titre\n\nSuivez RT France surTelegram\n\n21 mai 2024 à 11h00 à Minsk\n')).toEqual([]);
    });
  });
});
