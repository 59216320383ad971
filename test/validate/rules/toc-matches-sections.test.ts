import { describe, expect, it } from 'vitest';
import type { Toc } from '../../../src/nodes.js';
import { validate } from '../../../src/validate/index.js';
import { brief, cleanDossier, findingsOf, heading, lines, link, treeOf } from '../helpers.js';

const run = (text: string) => brief(findingsOf('toc-matches-sections', text));
const section = (n: number, title?: string, when?: string) => [heading(n, title, when), `Texte ${n}.`, link(74100 + n), ''];

describe('toc-matches-sections', () => {
  describe('reports', () => {
    it('a section the table of contents lists but the document lacks, at the TOC entry', () => {
      expect(run(lines(heading(1), heading(2), heading(3), '', ...section(1), ...section(3)))).toEqual([
        '2:1 Expected section 2 `Titre 2` as listed in the table of contents, found no section 2.',
      ]);
    });

    it('a section the table of contents does not list, at its heading', () => {
      expect(run(lines(heading(1), heading(2), '', ...section(1), ...section(2), ...section(3)))).toEqual([
        '12:1 Expected only the sections the table of contents lists (1, 2), found section 3 `Titre 3`.',
      ]);
    });

    it('a title that differs from its TOC entry', () => {
      expect(run(lines(heading(1), heading(2), '', ...section(1), ...section(2, 'Pourparlers restreints')))).toEqual([
        '8:1 Expected the title of section 2 to read `Titre 2` as in the table of contents (line 2), found `Pourparlers restreints`.',
      ]);
    });

    it('a timestamp that differs in date, time or place, naming the parts', () => {
      const text = lines(
        heading(1),
        heading(2),
        heading(3),
        '',
        ...section(1, undefined, '21 mai 2024 à 11h30 à Minsk'),
        ...section(2, undefined, '23 mai 2024 à 12h00 à Moscou'),
        ...section(3),
      );
      expect(run(text)).toEqual([
        '5:1 Expected the timestamp of section 1 to read `21 mai 2024 à 11h00 à Minsk` as in the table of contents (line 1), found `21 mai 2024 à 11h30 à Minsk` (the time differs).',
        '9:1 Expected the timestamp of section 2 to read `22 mai 2024 à 12h00 à Minsk` as in the table of contents (line 2), found `23 mai 2024 à 12h00 à Moscou` (the date and the place differ).',
      ]);
    });

    it('sections out of the order of the table of contents', () => {
      expect(run(lines(heading(1), heading(2), heading(3), '', ...section(1), ...section(3), ...section(2)))).toEqual([
        '13:1 Expected sections in the order of the table of contents, found section 2 after section 3 (line 9).',
      ]);
    });

    it('a section repeated', () => {
      expect(run(lines(heading(1), heading(2), '', ...section(1), ...section(2), ...section(2)))).toEqual([
        '12:1 Expected one section 2, found a second one (first at line 8).',
      ]);
    });

    it('a table-of-contents entry repeated (in a tree: the parser ends a TOC at a number that does not rise)', () => {
      const tree = treeOf(lines(heading(1), heading(2), '', ...section(1), ...section(2)));
      const toc = tree.children.find((n): n is Toc => n.type === 'toc') as Toc;
      toc.children.push({ ...toc.children[1]! });
      expect(brief(validate(tree).filter((d) => d.rule === 'toc-matches-sections'))).toEqual([
        '2:1 Expected one table-of-contents entry 2°, found a second one (first at line 2).',
      ]);
    });

    it('a dossier of two sections or more with no table of contents, once', () => {
      expect(run(lines(...section(1), ...section(2)))).toEqual(['1:1 Expected a table of contents listing the 2 sections, found none before section 1.']);
    });
  });

  describe('does not report', () => {
    it('a dossier whose TOC and sections agree', () => {
      expect(run(cleanDossier(4))).toEqual([]);
    });

    it('the same timestamp written `13H40` and `13h40`, or places differing in case and accents', () => {
      const toc = [heading(1, 'Réunion', '10 mars 2025 à 13H40 au Kremlin-Moscou'), heading(2, 'Visite', '12 mars 2025 à 21h40 – Région de Kursk')];
      const text = lines(
        ...toc,
        '',
        ...section(1, 'Réunion', '10 mars 2025 à 13h40 au kremlin-moscou'),
        ...section(2, 'Visite', '12 mars 2025 à 21h40 – Region de Kursk'),
      );
      expect(run(text)).toEqual([]);
    });

    it('titles that differ only in spaces (NO-BREAK SPACE, doubled spaces)', () => {
      const text = lines(heading(1, 'Pourparlers Russie-Biélorussie'), heading(2), '', ...section(1, 'Pourparlers\u00A0Russie-Biélorussie'), ...section(2));
      expect(run(text)).toEqual([]);
    });

    it('a heading without a timestamp (parse/heading-without-timestamp reports it)', () => {
      const text = lines(heading(1), '2°/Titre 2', '', ...section(1), '2°/Titre 2', 'Texte.', link(2), '');
      expect(run(text)).toEqual([]);
      expect(findingsOf('parse/heading-without-timestamp', text).length).toBeGreaterThan(0);
    });

    it('a single section without a table of contents', () => {
      expect(run(lines(...section(1)))).toEqual([]);
    });

    it('a table of contents with no section after it (truncated reports it)', () => {
      const text = lines(heading(1), heading(2));
      expect(run(text)).toEqual([]);
      expect(findingsOf('truncated', text)).toHaveLength(1);
    });

    it('an article or a document of unknown kind', () => {
      expect(run('Titre\n\nSuivez RT France surTelegram\n\nTexte.\n')).toEqual([]);
      expect(run('Un texte sans section.\n')).toEqual([]);
    });
  });
});
