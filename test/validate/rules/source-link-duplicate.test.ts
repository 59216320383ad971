import { describe, expect, it } from 'vitest';
import { brief, cleanDossier, findingsOf, heading, lines, link } from '../helpers.js';

const run = (text: string) => brief(findingsOf('source-link-duplicate', text));

describe('source-link-duplicate', () => {
  describe('reports', () => {
    it('the same event twice, whatever the kind of page', () => {
      const text = lines(heading(1), link(74102), '', heading(2), link(74102, 'transcripts'), '', heading(3), link(74102));
      expect(run(text)).toEqual([
        '5:1 Expected each event once, found event 74102 again (first at line 2).',
        '8:1 Expected each event once, found event 74102 again (first at line 2).',
      ]);
    });

    it('the same other URL twice', () => {
      expect(run('Texte.\nhttps://www.example.org/a\nTexte.\nhttps://www.example.org/a\n')).toEqual([
        '4:1 Expected each source link once, found `https://www.example.org/a` again (first at line 2).',
      ]);
    });
  });

  describe('does not report', () => {
    it('distinct events', () => {
      expect(run(cleanDossier(4))).toEqual([]);
      expect(run(lines(heading(1), link(74106, 'transcripts'), '', heading(2), link(74107, 'transcripts')))).toEqual([]);
    });

    it('distinct other URLs', () => {
      expect(run('Texte.\nhttps://www.example.org/a\nhttps://www.example.org/b\n')).toEqual([]);
    });
  });
});
