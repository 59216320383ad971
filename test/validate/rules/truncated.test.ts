import { describe, expect, it } from 'vitest';
import { brief, cleanDossier, findingsOf, heading, lines, link, treeOf } from '../helpers.js';

const run = (text: string) => brief(findingsOf('truncated', text));
const ARTICLE_HEAD = ['Poutine à Minsk', '', 'Poutine à Minsk', 'Suivez RT France surTelegram', ''];
const COOKIES = ['', 'En cliquant sur "Tout Accepter" vous consentez au traitement de vos données.', '', 'OK'];

describe('truncated', () => {
  describe('reports', () => {
    it('a dossier that stops mid-sentence before its last source link', () => {
      const text = cleanDossier(2).replace(/Vladimir Poutine a tenu la réunion 2\.\n[^]*$/u, 'Vladimir Poutine: Premièrement, les 28 programmes que nous avons plan');
      expect(run(text)).toEqual([
        '12:19 Expected section 2 to end with its source link, found the end of the document after `…, les 28 programmes que nous avons plan` (line 12), which stops mid-sentence.',
      ]);
    });

    it('a dossier that stops after a finished sentence but before its last link', () => {
      const text = lines(heading(1), link(1), '', heading(2), 'Texte complet.');
      expect(run(text)).toEqual(['5:1 Expected section 2 to end with its source link, found the end of the document after `Texte complet.` (line 5).']);
    });

    it('a dossier that stops at the heading of its last subsection', () => {
      const text = lines(heading(1), 'A – Partie – 21 mai 2024 à 11h00 à Minsk', link(1), 'B – Partie – 21 mai 2024 à 12h00 à Minsk');
      expect(run(text)).toEqual([
        '4:1 Expected subsection 1 B to end with its source link, found the end of the document after `B – Partie – 21 mai 2024 à 12h00 à Minsk` (line 4), which stops mid-sentence.',
      ]);
    });

    it('a dossier that stops after its table of contents', () => {
      expect(run(lines('6125 – RUSSIE – Visite – 24.05.24 –', '', heading(1), heading(2)))).toEqual([
        '4:1 Expected the 2 sections listed in the table of contents after it, found the end of the document.',
      ]);
    });

    it('text after the last link that stops mid-sentence', () => {
      expect(run(lines(heading(1), link(1), 'Et maintenant nous'))).toEqual([
        '3:1 Expected the text after the last source link to end with a finished sentence, found `Et maintenant nous`.',
      ]);
    });

    it('an article whose last line of text stops mid-sentence, page chrome after it aside', () => {
      const text = lines(...ARTICLE_HEAD, 'Vladimir Poutine et Alexandre Loukachenko se sont retrouvés ce 19 décembre à Minsk pour évoquer notamment la', ...COOKIES);
      expect(run(text)).toEqual(['6:1 Expected the text to end with a finished sentence, found `…embre à Minsk pour évoquer notamment la` at its end.']);
    });

    it('an article that ends with an ellipsis, as a cut preview does', () => {
      const text = lines(...ARTICLE_HEAD, 'Les présidents ont également accordé une attention particulière aux questions de…', ...COOKIES);
      expect(run(text)).toEqual([
        '6:1 Expected the article to end with a finished sentence, found `…ttention particulière aux questions de…`: an ellipsis at the end of an article is how web pages cut a preview.',
      ]);
    });

    it('a document of unknown kind that stops mid-sentence', () => {
      expect(run('Une première phrase.\nUne seconde qui s’arr')).toEqual(['2:1 Expected the text to end with a finished sentence, found `Une seconde qui s’arr` at its end.']);
    });

    it('an empty or blank document, a lone BOM included', () => {
      for (const text of ['', '\n\n', ' \u00A0\n', '\uFEFF']) {
        expect(run(text)).toEqual(['1:1 Expected a document, found only blank text.']);
      }
      expect(brief(findingsOf('truncated', treeOf('')))).toEqual(['1:1 Expected a document, found only blank text.']);
    });
  });

  describe('does not report', () => {
    it('a dossier that ends with its last source link', () => {
      expect(run(cleanDossier(3))).toEqual([]);
    });

    it('a trailing ellipsis inside a dossier section (an elision, the section goes on)', () => {
      const text = lines(heading(1), 'L’ennemi a subi des pertes sous le feu de l’artillerie russe et des drones …', 'Cela conclut mon rapport.', link(1));
      expect(run(text)).toEqual([]);
    });

    it('an article whose last line of text is finished, with a cookie banner after it', () => {
      for (const end of ['… le Bélarus. ', 'Qui l’eût cru ?', 'a-t-il déclaré : «Nous sommes alliés.»', 'Il a conclu (voir plus haut).']) {
        expect(run(lines(...ARTICLE_HEAD, `Vladimir Poutine a parlé ${end}`, ...COOKIES))).toEqual([]);
      }
    });

    it('a document of unknown kind that ends with a finished sentence', () => {
      expect(run('Une première phrase.\nUne seconde.')).toEqual([]);
    });
  });
});
