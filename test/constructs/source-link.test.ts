import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

const links = (text: string) => nodesOfType(parse(text).tree, 'sourceLink');

describe('source link', () => {
  it('reads a link after a `Source :` label, in angle brackets, or with a remark after it', () => {
    const url = 'http://en.kremlin.ru/events/president/news/74102';
    for (const line of [`Source : ${url}`, `Lien: ${url}`, `<${url}>`, `${url} (en anglais)`]) {
      expect(links(line).map((l) => [l.url, l.eventId]), line).toEqual([[url, 74102]]);
    }
    expect(links(`Voir ${url}`)).toEqual([]);
  });

  it('reads a link after a lead of the lexicon and a dash (`The source of information - …`, the Kremlin reposts)', () => {
    const url = 'http://en.kremlin.ru/events/president/news/55018';
    for (const line of [`The source of information - ${url}`, `Source of information: ${url}`, `SOURCES – ${url}`, `Texte original : ${url}`, `source\u00a0-\u00a0${url}`]) {
      expect(links(line).map((l) => [l.url, l.eventId]), line).toEqual([[url, 55018]]);
    }
    // A lead is whole words of the list, then a colon or a dash.
    for (const line of [`Sourcesx : ${url}`, `The source - ${url}`, `Source de la photo : ${url}`, `Source ${url}`]) {
      expect(links(line), line).toEqual([]);
    }
  });

  it('reads a URL without its scheme, as browsers show it, and gives its host and event', () => {
    expect(links('en.kremlin.ru/events/president/news/74102')).toMatchObject([{ url: 'en.kremlin.ru/events/president/news/74102', host: 'en.kremlin.ru', kind: 'news', eventId: 74102 }]);
    expect(links('Source : www.kremlin.ru/events/president/transcripts/74106')).toMatchObject([{ host: 'www.kremlin.ru', kind: 'transcripts', eventId: 74106 }]);
    // A host is small letters, a letter first, and ends with a label of letters.
    for (const line of ['V.Poutine/Minsk', '1.5/2', 'km/h', 'kremlin.ru', 'Le site kremlin.ru/events est en ligne']) expect(links(line), line).toEqual([]);
  });

  it('reads a Kremlin news and transcripts link', () => {
    expect(links('http://en.kremlin.ru/events/president/news/74102\nhttps://kremlin.ru/events/president/transcripts/74106/')).toMatchObject([
      { url: 'http://en.kremlin.ru/events/president/news/74102', host: 'en.kremlin.ru', kind: 'news', eventId: 74102 },
      { host: 'kremlin.ru', kind: 'transcripts', eventId: 74106 },
    ]);
  });

  it('reads another site as kind `other` without event id', () => {
    const [link] = links('https://francais.rt.com/international/12345-article');
    expect(link).toMatchObject({ host: 'francais.rt.com', kind: 'other' });
    expect(link?.eventId).toBeUndefined();
  });

  it('reads no image file’s URL as a source link: a picture pasted into the page (`…/dreamstime_moscou3.jpg`)', () => {
    for (const url of ['https://www.tsarvoyages.com/sites/default/files/dreamstime_moscou3.jpg', 'https://cf.bstatic.com/xdata/images/landmark/1020x340/255565.jpg?k=1e0fe3fbc5', 'https://tatartrade.com/assets/img/blog/image-eafps4.PNG']) {
      expect(links(url), url).toEqual([]);
    }
    expect(links('https://example.org/photos/jpg-guide')).toHaveLength(1);
  });

  it('ends a URL at an angle bracket, but not at one a combining mark follows (NFD of `≮`, `≯`)', () => {
    for (const url of ['https://a.example/≮x', 'https://a.example/≯']) {
      expect(links(url).map((l) => l.url), url).toEqual([url]);
      expect(links(url.normalize('NFD')).map((l) => l.url), `${url} in NFD`).toEqual([url.normalize('NFD')]);
    }
    expect(links('https://a.example/<x')).toEqual([]);
    expect(links('<https://a.example/x>').map((l) => l.url)).toEqual(['https://a.example/x']);
  });

  it('accepts spaces around the URL', () => {
    expect(links('  http://en.kremlin.ru/events/president/news/1 \u00A0')[0]?.eventId).toBe(1);
  });

  it('leaves a URL inside a sentence as text', () => {
    expect(links('Voir http://en.kremlin.ru/events/president/news/1 pour plus.')).toEqual([]);
  });

  it('reports a link that does not parse', () => {
    const { tree, diagnostics } = parse('http://[bad');
    expect(nodesOfType(tree, 'sourceLink')[0]).toMatchObject({ url: 'http://[bad', host: '', kind: 'other' });
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['MALFORMED_URL', 'UNKNOWN_DOCUMENT_KIND']);
  });
});
