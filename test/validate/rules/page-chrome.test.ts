import { describe, expect, it } from 'vitest';
import { brief, cleanDossier, findingsOf, heading, lines, link } from '../helpers.js';

const run = (text: string) => brief(findingsOf('page-chrome', text));

describe('page-chrome', () => {
  describe('reports, as info', () => {
    it('each kind of chrome line, quoting it', () => {
      const text = lines(
        'Poutine à Minsk',
        '',
        'Poutine à Minsk',
        'Suivez RT France surTelegram',
        '',
        'Vladimir Poutine et Alexandre Loukachenko se sont retrouvés à Minsk.',
        '',
        'Loukachenko annonce la création de «marchés énergétiques communs» avec la Russie',
        '',
        'Les présidents ont parlé de sécurité.',
        '',
        'Raconter l\'actualité',
      );
      const found = findingsOf('page-chrome', text);
      expect(found.every((d) => d.severity === 'info')).toBe(true);
      expect(brief(found)).toEqual([
        '3:1 Expected only the document’s text, found the title repeated: `Poutine à Minsk`.',
        '4:1 Expected only the document’s text, found a “follow us” line: `Suivez RT France surTelegram`.',
        '8:1 Expected only the document’s text, found the headline of a related article: `Loukachenko annonce la création de «marchés énergétiques co…`.',
        '12:1 Expected only the document’s text, found the site’s slogan: `Raconter l\'actualité`.',
      ]);
    });

    it('a cookie banner once, over all its lines', () => {
      const text = lines('Titre', '', 'Suivez RT France surTelegram', '', 'Texte.', '', 'En cliquant sur "Tout Accepter" vous consentez.', '', 'OK', '', 'Tout AccepterTout refuserParamétrer vos choix');
      const found = findingsOf('page-chrome', text);
      expect(brief(found)).toEqual([
        '3:1 Expected only the document’s text, found a “follow us” line: `Suivez RT France surTelegram`.',
        '7:1 Expected only the document’s text, found a cookie-consent banner (3 lines, from line 7 to 11) starting `En cliquant sur "Tout Accepter" vous consentez.`.',
      ]);
      expect(found[1]?.position.end).toMatchObject({ line: 11, column: 46 });
    });

    it('chrome inside a dossier', () => {
      expect(run(lines(heading(1), 'Texte.', 'Suivez RT France surTelegram', link(1)))).toEqual([
        '3:1 Expected only the document’s text, found a “follow us” line: `Suivez RT France surTelegram`.',
      ]);
    });
  });

  describe('does not report', () => {
    it('a dossier without chrome', () => {
      expect(run(cleanDossier(2))).toEqual([]);
    });

    it('text that mentions following or cookies in a sentence', () => {
      expect(run(lines(heading(1), 'Nous suivons de près la situation à Telegram.', 'Les cookies sont une spécialité biélorusse.', link(1)))).toEqual([]);
    });
  });
});
