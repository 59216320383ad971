import { describe, expect, it } from 'vitest';
import type { PendingDiagnostic } from '../../src/diagnostics.js';
import { normalizeLink, readPlainUrl } from '../../src/normalize/links.js';

const read = (url: string) => {
  const found: PendingDiagnostic[] = [];
  return { info: normalizeLink(url, 10, 10 + url.length, (d) => found.push(d)), found };
};

describe('normalizeLink', () => {
  it('reads Kremlin event pages, with or without subdomain and trailing parts', () => {
    expect(read('http://en.kremlin.ru/events/president/news/74102').info).toEqual({ host: 'en.kremlin.ru', kind: 'news', eventId: 74102 });
    expect(read('https://kremlin.ru/events/president/transcripts/74106/photos').info).toEqual({ host: 'kremlin.ru', kind: 'transcripts', eventId: 74106 });
    expect(read('HTTP://EN.KREMLIN.RU/events/president/news/1').info).toEqual({ host: 'en.kremlin.ru', kind: 'news', eventId: 1 });
  });

  it('gives kind `other` to other pages, Kremlin ones included', () => {
    expect(read('http://en.kremlin.ru/events/president/letters/5').info).toEqual({ host: 'en.kremlin.ru', kind: 'other' });
    expect(read('http://notkremlin.ru/events/president/news/5').info).toEqual({ host: 'notkremlin.ru', kind: 'other' });
  });

  it('reports a malformed URL at the given offsets', () => {
    const { info, found } = read('http://[::1');
    expect(info).toEqual({ host: '', kind: 'other' });
    expect(found).toMatchObject([{ code: 'MALFORMED_URL', severity: 'warning', start: 10, end: 21 }]);
  });
});

describe('normalizeLink on odd input', () => {
  it('gives no event id when the id is too long to be an exact integer', () => {
    expect(read('http://en.kremlin.ru/events/president/news/123456789012345678901').info).toEqual({ host: 'en.kremlin.ru', kind: 'other' });
  });

  it('gives the same host for the NFC and NFD spellings of a URL', () => {
    const nfc = 'https://ἂ́.example/';
    expect(read(nfc.normalize('NFD')).info.host).toBe(read(nfc).info.host);
  });
});

describe('Kremlin event pages reached through a catalog', () => {
  it('give the event id, the kind unknown', () => {
    const none = () => {};
    expect(normalizeLink('http://en.special.kremlin.ru/catalog/countries/BY/events/74102', 0, 0, none)).toEqual({ host: 'en.special.kremlin.ru', kind: 'other', eventId: 74102 });
    expect(normalizeLink('http://en.special.kremlin.ru/catalog/keywords/86/events/72559', 0, 0, none)).toMatchObject({ eventId: 72559 });
    expect(normalizeLink('http://en.kremlin.ru/catalog/countries/BY', 0, 0, none)).toEqual({ host: 'en.kremlin.ru', kind: 'other' });
  });
});

describe('readPlainUrl', () => {
  it('reads plain URLs as the URL parser does', () => {
    for (const url of [
      'http://en.kremlin.ru/events/president/news/74102',
      'https://kremlin.ru',
      'https://kremlin.ru/',
      'http://localhost',
      'http://a--b.c-/x//y/',
      'http://a.b/~x_y-z/A',
      `http://${'a'.repeat(300)}.ru/`,
    ]) {
      const parsed = new URL(url);
      expect(readPlainUrl(url)).toEqual({ hostname: parsed.hostname, pathname: parsed.pathname });
    }
  });

  it('leaves every other URL to the parser', () => {
    for (const url of [
      'HTTP://EN.KREMLIN.RU/events',
      'http://xn--abc.ru/',
      'http://a.1/',
      'http://a.0x1/',
      'http://1.2.3.4/',
      'http://a.ru/x/../y',
      'http://a.ru/x.html',
      'http://a.ru/%41',
      'http://a.ru/?q',
      'http://a.ru/#f',
      'http://a.ru:80/',
      'http://u@a.ru/',
      'ftp://a.ru/',
      ' http://a.ru/',
      'http://a.ru/ ',
    ]) {
      expect(readPlainUrl(url)).toBeUndefined();
    }
  });
});
