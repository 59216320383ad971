import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

const ARTICLE = [
  'Titre de l’article', '', 'Titre de l’article', 'Suivez RT France surTelegram', '',
  'Vladimir Poutine est arrivé ce 19 décembre à Minsk.', '', 'Un titre lié sans point', '', 'Autre paragraphe.', '',
  'Raconter l\'actualité', '', 'En cliquant sur "Tout Accepter" vous consentez.', '', 'OK',
].join('\n');

describe('boilerplate (article chrome)', () => {
  const { tree } = parse(ARTICLE);

  it('reads an article: title, text and chrome apart', () => {
    expect(tree.kind).toBe('article');
    expect(tree.children.map((c) => (c.type === 'boilerplate' ? c.kind : c.type))).toEqual([
      'title', 'repeatedTitle', 'followLine', 'paragraph', 'relatedHeadline', 'paragraph', 'slogan', 'cookieBanner', 'cookieBanner',
    ]);
  });

  it('keeps the relative date with the parts it knows', () => {
    expect(tree.when).toEqual({ raw: '19 décembre', month: 12, day: 19, precision: 'month-day' });
  });

  it('knows the repeated title whatever its apostrophes, spaces and normal form', () => {
    const kinds = (first: string, again: string): string[] =>
      parse([first, again, 'Suivez RT France surTelegram', '', 'Texte.'].join('\n')).tree.children.map((c) =>
        c.type === 'boilerplate' ? c.kind : c.type,
      );
    const expected = ['title', 'repeatedTitle', 'followLine', 'paragraph'];
    expect(kinds("L'Union et l’énergie", 'L’Union et l\'énergie')).toEqual(expected); // mixed apostrophes
    expect(kinds('Titre de l’été', 'Titre de l’été'.normalize('NFD'))).toEqual(expected);
    expect(kinds('Titre\u00a0court', 'Titre court')).toEqual(expected);
    expect(kinds('Titre de l’été'.normalize('NFD'), 'Titre de l’été')).toEqual(expected);
    expect(kinds('Titre  de\tl’été', 'Titre de\u2009l’été')).toEqual(expected); // any run of spaces is one
    expect(kinds('Titre – «\u00a0guillemets\u00a0» …', 'Titre – « guillemets » …')).toEqual(expected);
    // Another line is not the title, nor one that holds it and more, nor a part of it.
    const other = ['title', 'paragraph', 'followLine', 'paragraph'];
    expect(kinds('Titre de l’été', 'Titre de l’hiver')).toEqual(other);
    expect(kinds('Titre de l’été', 'Titre de l’été 2024')).toEqual(other);
    expect(kinds('Titre de l’été', 'Titre de l’')).toEqual(other);
    expect(kinds('Titre de l’été', 'Titre dé l’ete')).toEqual(other);
  });

  it('keeps every line after a cookie banner starts as the banner', () => {
    expect(nodesOfType(tree, 'boilerplate').filter((b) => b.kind === 'cookieBanner').map((b) => b.value)).toEqual([
      'En cliquant sur "Tout Accepter" vous consentez.',
      'OK',
    ]);
  });
});

describe('boilerplate: chrome words read through invisibles (issue 12)', () => {
  const kinds = (text: string): string[] => parse(text).tree.children.map((c) => (c.type === 'boilerplate' ? c.kind : c.type));
  const doc = (chrome: string): string => `Titre\n\nTexte.\n\n${chrome}\n`;

  it('a SOFT HYPHEN or ZERO WIDTH SPACE inside a chrome word leaves the line chrome', () => {
    expect(kinds(doc('Sui\u00ADvez RT France surTelegram'))).toEqual(['title', 'paragraph', 'followLine']);
    expect(kinds(doc('Suivez RT France s\u200Bur Telegram'))).toEqual(['title', 'paragraph', 'followLine']);
    expect(kinds(doc('Tout Ac\u200Bcepter'))).toEqual(['title', 'paragraph', 'cookieBanner']);
    expect(kinds(doc('En cli\u00ADquant sur « OK »'))).toEqual(['title', 'paragraph', 'cookieBanner']);
    expect(kinds(doc('RT France uti\u2060lise des coo\u200Ckies'))).toEqual(['title', 'paragraph', 'cookieBanner']);
    expect(kinds(doc('Ra\u00ADconter l’ac\u200Dtualité'))).toEqual(['title', 'paragraph', 'slogan']);
    // The value keeps the invisibles as written.
    expect(nodesOfType(parse(doc('Tout Ac\u200Bcepter')).tree, 'boilerplate')[0]?.value).toBe('Tout Ac\u200Bcepter');
  });

  it('compares whole words: `Tout Acceptera` and `Suivezmoi` are no chrome', () => {
    expect(kinds(doc('Tout Accepter'))).toContain('cookieBanner');
    expect(kinds(doc('Tout Acceptera'))).not.toContain('cookieBanner');
    expect(kinds(doc('Suivezmoi sur Telegram'))).not.toContain('followLine');
  });
});
