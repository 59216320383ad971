import { describe, expect, it } from 'vitest';
import { brief, cleanDossier, findingsOf, heading, lines, link } from '../helpers.js';

const run = (text: string) => brief(findingsOf('source-link-format', text));

describe('source-link-format', () => {
  describe('reports', () => {
    it.each([
      ['no kind', 'http://en.kremlin.ru/events/president/74102'],
      ['no event id', 'http://en.kremlin.ru/events/president/news/'],
      ['another host', 'https://www.example.org/events/president/news/74102'],
      ['another Kremlin page', 'http://en.kremlin.ru/catalog/persons/1'],
    ])('a link that is no Kremlin event page (%s)', (_name, url) => {
      expect(run(lines(heading(1), url))).toEqual([`2:1 Expected a Kremlin event page such as http://en.kremlin.ru/events/president/news/74102, found \`${url}\`.`]);
    });
  });

  describe('does not report', () => {
    it('news and transcripts pages, http or https, with a trailing slash', () => {
      const text = lines(
        heading(1),
        link(74102),
        '',
        heading(2),
        link(74106, 'transcripts'),
        '',
        heading(3),
        'https://kremlin.ru/events/president/news/74108/',
      );
      expect(run(text)).toEqual([]);
      expect(run(cleanDossier(2))).toEqual([]);
    });

    it('a line that does not parse as a URL (parse/malformed-url reports it)', () => {
      const text = lines(heading(1), 'http://[::1');
      expect(run(text)).toEqual([]);
      expect(findingsOf('parse/malformed-url', text)).toHaveLength(1);
    });

    it('a link in a document that is not a dossier', () => {
      expect(run('Un texte.\nhttps://www.example.org/page\n')).toEqual([]);
    });
  });
});
