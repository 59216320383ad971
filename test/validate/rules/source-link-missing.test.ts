import { describe, expect, it } from 'vitest';
import { brief, cleanDossier, findingsOf, heading, lines, link } from '../helpers.js';

const run = (text: string) => brief(findingsOf('source-link-missing', text));

describe('source-link-missing', () => {
  describe('reports', () => {
    it('a section without its link, naming the part that follows', () => {
      const text = lines(heading(1), 'Texte 1.', '', heading(2), 'Texte 2.', link(2));
      expect(run(text)).toEqual([
        '1:1 Expected section 1 to end with its source link (a line such as http://en.kremlin.ru/events/president/news/74102), found none before section 2 (line 4).',
      ]);
    });

    it('a subsection without its link', () => {
      const text = lines(heading(1), 'A – Partie – 21 mai 2024 à 11h00 à Minsk', 'Texte.', 'B – Partie – 21 mai 2024 à 12h00 à Minsk', 'Texte.', link(2));
      expect(run(text)).toEqual([
        '2:1 Expected subsection 1 A to end with its source link (a line such as http://en.kremlin.ru/events/president/news/74102), found none before subsection 1 B (line 4).',
      ]);
    });
  });

  describe('does not report', () => {
    it('sections that each have their link', () => {
      expect(run(cleanDossier(3))).toEqual([]);
    });

    it('a section split into subsections that each have one (the section needs none of its own)', () => {
      const text = lines(heading(1), 'Texte.', 'A – Partie – 21 mai 2024 à 11h00 à Minsk', link(1), 'B – Partie – 21 mai 2024 à 12h00 à Minsk', link(2));
      expect(run(text)).toEqual([]);
    });

    it('content after the link', () => {
      expect(run(lines(heading(1), link(1), 'Géographie', '', heading(2), link(2)))).toEqual([]);
    });

    it('the last part of the document without its link (truncated reports it)', () => {
      const text = lines(heading(1), link(1), '', heading(2), 'Texte.');
      expect(run(text)).toEqual([]);
      expect(findingsOf('truncated', text)).toHaveLength(1);
    });

    it('articles', () => {
      expect(run('Titre\n\nSuivez RT France surTelegram\n\nTexte.\n')).toEqual([]);
    });
  });
});
