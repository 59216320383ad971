// The lexicon's classes (src/lexicon.json) read like their plain forms, in
// the grammar and in the code alike: each case below changed the tree before.
import { describe, expect, it } from 'vitest';
import { CHROME, COLONS, DASHES, INVISIBLES, MONTHS, SPACES, findThroughInvisibles, isInvisibleCode, regexClass } from '../src/lexicon.js';
import lexicon from '../src/lexicon.json' with { type: 'json' };
import { parse } from '../src/index.js';
import { nodesOfType } from './helpers.js';

const types = (text: string) => parse(text).tree.children.map((c) => c.type);

describe('lexicon', () => {
  it('holds no invisible in the ranges the grammar’s NFC skips (U+2010–U+202E, U+2030–U+205E), which NFC leaves as they are', () => {
    const skipped = (c: number) => (c >= 0x2010 && c <= 0x202e) || (c >= 0x2030 && c <= 0x205e);
    expect([...lexicon.invisibles.chars].filter((ch) => skipped(ch.charCodeAt(0)))).toEqual([]);
    for (let c = 0x2010; c <= 0x205e; c++) if (skipped(c)) expect(String.fromCharCode(c).normalize('NFC')).toBe(String.fromCharCode(c));
    // A word with an apostrophe and an invisible still drops the invisible: `d’Ar\u00ADkhangelsk`.
    expect(types('Gouverneur de la région d’Ar\u00ADkhangelsk, Alexander Tsybulsky : Merci.')).toEqual(['speakerTurn']);
  });

  it('holds its classes once, as the grammar and the code read them', () => {
    expect(new RegExp(`^${regexClass(DASHES)}+$`, 'u').test(DASHES)).toBe(true);
    expect(new RegExp(`^${regexClass(SPACES)}+$`, 'u').test(SPACES)).toBe(true);
    // Every space of the lexicon is a space to `trim`, which compose uses.
    expect(SPACES.trim()).toBe('');
    expect(MONTHS.get('april')).toBe(4);
    expect(MONTHS.get('août')).toBe(8);
    expect(COLONS).toContain('\uFF1A');
  });

  it.each([
    ['MINUS SIGN', '\u2212'],
    ['HYPHEN', '\u2010'],
    ['HORIZONTAL BAR', '\u2015'],
  ])('reads a %s between fields as a dash', (_, dash) => {
    const { tree } = parse(`6125 ${dash} RUSSIE ${dash} V.Poutine à Minsk ${dash} 24.05.24 ${dash}\n1°/Titre ${dash} 24 mai 2024 à 17h15 à Minsk\nTexte.`);
    expect(tree.children.map((c) => c.type)).toEqual(['header', 'section']);
    expect(nodesOfType(tree, 'section')[0]?.when?.instant).toBe('2024-05-24T17:15:00+03:00');
  });

  it.each([
    ['HAIR SPACE', '\u200A'],
    ['IDEOGRAPHIC SPACE', '\u3000'],
    ['EN QUAD', '\u2000'],
  ])('reads a %s between a label’s words as a space', (_, space) => {
    const { tree } = parse(`Alexandre Loukachenko : Bien.\nVladimir${space}Poutine : Merci.`);
    expect(nodesOfType(tree, 'speakerTurn').map((t) => t.speaker.personId)).toEqual([expect.any(String), expect.any(String)]);
    expect(nodesOfType(tree, 'speakerTurn')).toHaveLength(2);
  });

  it('reads a FULLWIDTH COLON after a label as its colon', () => {
    const { tree } = parse('Alexandre Loukachenko : Bien.\nVladimir Poutine \uFF1A Merci.');
    expect(nodesOfType(tree, 'speakerTurn').map((t) => t.speaker.name)).toEqual(['Alexandre Loukachenko', 'Vladimir Poutine']);
  });

  it('keeps a participants intro whose words are apart by NO-BREAK SPACEs, tabs or two spaces', () => {
    for (const gap of ['\u00A0', '\t', '  ']) {
      const { tree } = parse(`1°/T – 1 mai 2024\nLa Russie était${gap}représentée${gap}par\nle ministre Sergueï Lavrov.`);
      expect(nodesOfType(tree, 'participant').map((p) => p.value), JSON.stringify(gap)).toEqual(['le ministre Sergueï Lavrov']);
    }
  });

  it('reads a line of FORM FEED, LINE SEPARATOR or IDEOGRAPHIC SPACE as blank', () => {
    for (const blank of ['\f', '\u2028', '\u3000']) expect(types(`1°/T – 1 mai 2024\n${blank}\nTexte.`), JSON.stringify(blank)).toEqual(['section']);
    for (const blank of ['\f', '\u2028', '\u3000']) expect(nodesOfType(parse(`1°/T – 1 mai 2024\n${blank}\nTexte.`).tree, 'paragraph')).toHaveLength(1);
  });

  it('holds the chrome words as they are compared: lower case, NFC; the consent phrases in ASCII', () => {
    const { follow, share, consentPhrases, cookie, consent, subscription, paywall, byline } = lexicon.chrome;
    for (const word of [...follow, ...share, ...consentPhrases, ...cookie, ...consent, ...subscription, ...paywall, ...byline]) {
      expect(word, word).toBe(word.normalize('NFC').toLowerCase());
    }
    for (const phrase of [...consentPhrases, ...lexicon.chrome.relatedPhrases]) expect(phrase).toMatch(/^[a-z]+(?: [a-z]+)*$/);
    expect(CHROME.cookie.has('cookies')).toBe(true);
  });

  it('reads the page chrome with any space between its words', () => {
    const { tree } = parse('Titre de la page\n\nUne phrase du texte, assez longue pour en être une, se termine ici.\n\nEn\u200Acliquant sur "Tout Accepter" vous acceptez les cookies.');
    expect(nodesOfType(tree, 'boilerplate').map((b) => b.kind)).toEqual(['cookieBanner']);
  });
});

describe('findThroughInvisibles', () => {
  const findWord = (word: string) => (plain: string) => {
    const at = plain.indexOf(word);
    return at < 0 ? undefined : { start: at, end: at + word.length };
  };

  it('finds a word that an invisible splits, and gives its span as written, the invisible inside it', () => {
    const text = 'La Russie était repr\u00ADésentée par';
    const through = findThroughInvisibles(text, findWord('représentée'));
    expect(through && text.slice(through.start, through.end)).toBe('repr\u00ADésentée');
  });

  it('leaves invisibles around the span outside it', () => {
    const text = 'le \u200B19 décembre\u200B';
    const through = findThroughInvisibles(text, findWord('19 décembre'));
    expect(through && text.slice(through.start, through.end)).toBe('19 décembre');
  });

  it('returns undefined on text without invisibles (read as written by the caller) and when nothing is found', () => {
    expect(findThroughInvisibles('représentée', findWord('représentée'))).toBeUndefined();
    expect(findThroughInvisibles('pr\u00ADésence', findWord('représentée'))).toBeUndefined();
  });
});

describe('isInvisibleCode', () => {
  it('is true exactly on the lexicon\'s invisibles', () => {
    const found: string[] = [];
    for (let u = 0; u < 0x10000; u++) if (isInvisibleCode(u)) found.push(String.fromCharCode(u));
    expect(found.join('')).toBe([...INVISIBLES].sort().join(''));
  });

  it('is false past the end of a string (NaN)', () => {
    expect(isInvisibleCode(''.charCodeAt(0))).toBe(false);
  });
});
