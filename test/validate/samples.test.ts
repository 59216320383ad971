// What the validator finds on the three samples, and nothing else. Each
// finding was checked by reading the file at the line given; each test
// also checks the file itself, so that the finding is shown to be real and
// not only what the code happens to say.
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { fixture } from '../helpers.js';

const text = {
  minsk: fixture('dossier-6125-minsk-2024.txt'),
  kremlin: fixture('dossier-kremlin-2025-03.txt'),
  article: fixture('article-rt-france-union.txt'),
};
/** Line `n` (1-based) of a text. */
const line = (t: string, n: number): string => t.split('\n')[n - 1] as string;
/** Lines `from`–`to` (1-based, inclusive). */
const range = (t: string, from: number, to: number): string[] => t.split('\n').slice(from - 1, to);
const show = (t: string) => validate(t).map((d) => `${d.position.start.line}:${d.position.start.column} ${d.severity} ${d.rule} ${d.message}`);

describe('dossier-6125-minsk-2024.txt', () => {
  it('has exactly one finding: caption 5 is missing in section 4 C', () => {
    expect(show(text.minsk)).toEqual([
      '241:1 warning caption-sequence Expected caption 5 after caption 4 (line 227), found 6; caption 5 is missing.',
    ]);
  });

  it('really lacks caption 5 in section 4 C (lines 196–343)', () => {
    const captions = range(text.minsk, 196, 343)
      .map((l) => /^\u00A0?(\d+)[\u00A0 ]+[A-ZÀ-Ý]/u.exec(l)?.[1])
      .filter((n) => n !== undefined)
      .map(Number);
    expect(captions).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12]);
    expect(line(text.minsk, 227)).toMatch(/^4 Conférence de presse/);
    expect(line(text.minsk, 241)).toMatch(/^6 Le président biélorusse/);
  });
});

describe('dossier-kremlin-2025-03.txt', () => {
  it('has exactly the three gallery anomalies', () => {
    expect(show(text.kremlin)).toEqual([
      '41:1 warning gallery-sequence Expected the gallery to start at 1/5, found 2/5; photo 1/5 is missing.',
      '217:1 warning gallery-sequence Expected photos in order, found 7/9 after 8/9 (line 208).',
      '254:1 warning gallery-sequence Expected each photo once, found 9/9 again (first at line 236).',
    ]);
  });

  it('really starts the gallery of section 2 (lines 32–68) at `2 sur 5`', () => {
    const counters = range(text.kremlin, 32, 68).filter((l) => /^\d+ sur \d+$/.test(l));
    expect(counters).toEqual(['2 sur 5', '3 sur 5', '4 sur 5', '5 sur 5']);
    expect(line(text.kremlin, 41)).toBe('2 sur 5');
  });

  it('really has `8 sur 9` before `7 sur 9` and `9 sur 9` twice in section 5 (lines 160–308)', () => {
    const counters = range(text.kremlin, 160, 308)
      .map((l, i) => [160 + i, l] as const)
      .filter(([, l]) => /^\d+ sur \d+$/.test(l));
    expect(counters).toEqual([
      [161, '1 sur 9'],
      [163, '2 sur 9'],
      [169, '3 sur 9'],
      [170, '4 sur 9'],
      [174, '5 sur 9'],
      [185, '6 sur 9'],
      [208, '8 sur 9'],
      [217, '7 sur 9'],
      [236, '9 sur 9'],
      [254, '9 sur 9'],
    ]);
  });

  it('is not truncated: the trailing ellipsis of line 83 is inside section 3, which ends with its link (line 117)', () => {
    expect(line(text.kremlin, 83)).toMatch(/des drones …$/);
    expect(line(text.kremlin, 117)).toBe('http://en.kremlin.ru/events/president/news/76446');
    expect(line(text.kremlin, 308)).toBe('http://en.kremlin.ru/events/president/news/76450');
  });
});

describe('article-rt-france-union.txt', () => {
  it('has exactly its page chrome, as info: repeated title, follow lines, related headline, slogan, cookie banner', () => {
    expect(show(text.article)).toEqual([
      '3:1 info page-chrome Expected only the document’s text, found the title repeated: `Poutine souligne l’importance de l’union avec la Biélorussi…`.',
      '4:1 info page-chrome Expected only the document’s text, found a “follow us” line: `Suivez RT France surTelegram`.',
      '16:1 info page-chrome Expected only the document’s text, found the headline of a related article: `Loukachenko annonce la création de «marchés énergétiques co…`.',
      '22:1 info page-chrome Expected only the document’s text, found the site’s slogan: `Raconter l\'actualité`.',
      '24:1 info page-chrome Expected only the document’s text, found a “follow us” line: `Suivez RT France surTelegram`.',
      '26:1 info page-chrome Expected only the document’s text, found a cookie-consent banner (9 lines, from line 26 to 42) starting `En cliquant sur "Tout Accepter" vous consentez au traitemen…`.',
    ]);
  });

  it('really carries that chrome at those lines', () => {
    expect(line(text.article, 3)).toBe(line(text.article, 1));
    expect(line(text.article, 4)).toBe('Suivez RT France surTelegram');
    expect(line(text.article, 16)).toBe('Loukachenko annonce la création de «marchés énergétiques communs» avec la Russie');
    expect(line(text.article, 22)).toBe("Raconter l'actualité");
    expect(line(text.article, 24)).toBe('Suivez RT France surTelegram');
    expect(line(text.article, 26)).toMatch(/^En cliquant sur "Tout Accepter"/);
    expect(line(text.article, 42)).toBe('Tout AccepterTout refuserParamétrer vos choix');
  });
});

describe('what the samples do not have', () => {
  it('no encoding damage: no mojibake, U+FFFD or control character in any sample', () => {
    for (const t of Object.values(text)) {
      // eslint-disable-next-line no-control-regex
      expect(t).not.toMatch(/Ã|â€|\uFFFD|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u);
    }
  });

  it('every section and subsection of the dossiers has its source link, and every event id is distinct', () => {
    const links = (t: string) => t.split('\n').filter((l) => l.startsWith('http://'));
    expect(links(text.minsk).map((l) => l.split('/').pop())).toEqual(['74102', '74101', '74103', '74106', '74107', '74108']);
    expect(links(text.kremlin).map((l) => l.split('/').pop())).toEqual(['76428', '76442', '76446', '76448', '76450']);
  });

  it('no dateline that disagrees with its table-of-contents entry', () => {
    // Minsk lines 3–6 / 9, 57, 67, 98; Kremlin lines 2–6 / 10, 34, 72, 121 (section 5 has no dateline).
    expect(line(text.minsk, 9)).toBe('23 mai 2024 à 23h30 à Minsk');
    expect(line(text.minsk, 3)).toContain('– 23 mai 2024 à 23h30 à Minsk');
    expect(line(text.kremlin, 72)).toBe('12 mars 2025 à 21h40 – Région de Kursk');
    expect(line(text.kremlin, 4)).toContain('– 12 mars 2025 à 21h40 – Région de Kursk');
    expect(line(text.kremlin, 161)).toBe('1 sur 9');
  });
});
