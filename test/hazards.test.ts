// The hazards of scraped text — CRLF, a BOM, NO-BREAK SPACE or NARROW
// NO-BREAK SPACE before `:`, straight apostrophes, NFD, the lexicon's
// look-alikes and invisibles, the case of a date's keywords — must not
// change what the parser reads. "The same structure and the same normalized values" is
// defined in test/support/properties.ts (`Hazard`): the trees without
// positions, with every string value folded by the hazard's `fold` (which
// undoes exactly the hazard: values keep the text as written), are equal,
// and so are the diagnostics' codes and severities. Each hazard has its own
// test on a sample document, then a property over random documents, then the
// rules it needed, one small input each.
import { readdirSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { findDateInText } from '../src/normalize/time.js';
import { fixture, nodesOfType } from './helpers.js';
import { hostileText, mutatedSample, sampleExcerpt } from './support/arbitraries.js';
import { type AnyHazardName, HAZARD_KINDS, type HazardName, contractProblems, hazardOf, hazardProblems } from './support/properties.js';

const minsk = fixture('dossier-6125-minsk-2024.txt');
const kremlin = fixture('dossier-kremlin-2025-03.txt');
const article = fixture('article-rt-france-union.txt');

/** Checks that the hazard is in play on `text`, then that it changes nothing it must not, then the contract on the hazardous form. */
function expectSameReading(text: string, name: AnyHazardName): string {
  const [plain, hazardous] = hazardOf(name).pair(text);
  expect(hazardous).not.toBe(plain);
  expect(hazardProblems(text, name)).toEqual([]);
  expect(contractProblems(hazardous)).toEqual([]);
  return hazardous;
}

describe('each hazard on a sample document', () => {
  it('CRLF: the Minsk dossier reads the same, positions on the CRLF text', () => {
    const crlf = expectSameReading(minsk, 'crlf');
    const link = nodesOfType(parse(crlf).tree, 'sourceLink')[0];
    expect(link?.position.start).toMatchObject({ line: 54, column: 1 });
    expect(crlf.slice(link?.position.start.offset, link?.position.end.offset)).toBe('http://en.kremlin.ru/events/president/news/74102');
  });

  it('CRLF: the Kremlin dossier and the article read the same', () => {
    expectSameReading(kremlin, 'crlf');
    expectSameReading(article, 'crlf');
  });

  it('BOM: the Kremlin dossier (which starts with a blank line) reads the same', () => {
    const bom = expectSameReading(kremlin, 'bom');
    expect(parse(bom).tree.children[0]?.position.start).toEqual({ line: 2, column: 1, offset: 2 });
    expectSameReading(article, 'bom');
  });

  it('NO-BREAK SPACE before `:`: the Minsk dossier has the same speaker turns', () => {
    const text = expectSameReading(minsk, 'nbspColon');
    const turns = nodesOfType(parse(text).tree, 'speakerTurn');
    expect(turns).toHaveLength(nodesOfType(parse(minsk).tree, 'speakerTurn').length);
    expect(turns[0]?.speaker).toEqual({
      name: 'Alexandre Loukachenko',
      role: 'Président de la Biélorussie',
      personId: 'aleksandr-lukachenko',
      canonicalName: 'Alexandre Loukachenko',
    });
    // The caption's own `De gauche à droite :` stays a caption.
    expect(nodesOfType(parse(text).tree, 'caption').some((c) => c.text.startsWith('De gauche à droite\u00A0: le vice-Premier'))).toBe(true);
  });

  it('NARROW NO-BREAK SPACE before `:`: the Minsk dossier has the same speaker turns and credits', () => {
    const text = expectSameReading(minsk, 'nnbspColon');
    expect(nodesOfType(parse(text).tree, 'speakerTurn').map((t) => t.speaker.name)).toEqual(
      nodesOfType(parse(minsk).tree, 'speakerTurn').map((t) => t.speaker.name),
    );
    // `Photo : Pavel Bedniakov, RIA Novosti` with U+202F before the colon.
    expect(nodesOfType(parse(text).tree, 'caption').filter((c) => c.credit)).toHaveLength(6);
  });

  it('straight apostrophes: the Kremlin dossier keeps its tag and time zones', () => {
    const text = expectSameReading(kremlin, 'straightApostrophe');
    const tree = parse(text).tree;
    expect(nodesOfType(tree, 'tag').map((t) => t.value)).toEqual(['Territoire de Perm', "Région d'Arkhangelsk"]);
    expect(nodesOfType(tree, 'tocEntry')[2]?.when?.timeZone).toBe('Europe/Moscow');
  });

  it('straight apostrophes: the article keeps its chrome (`Raconter l\'actualité`) and title', () => {
    const text = expectSameReading(article, 'straightApostrophe');
    expect(parse(text).tree.children[0]).toMatchObject({ type: 'title', value: "Poutine souligne l'importance de l'union avec la Biélorussie pour minimiser l'effet des sanctions" });
    expectSameReading(minsk, 'straightApostrophe');
  });

  it('NFD: the Minsk dossier reads the same (`à 23h30`, `Cérémonie`, `élargi`, `À suivre.`)', () => {
    const nfd = expectSameReading(minsk, 'nfd');
    const tree = parse(nfd).tree;
    expect(nodesOfType(tree, 'tocEntry').map((e) => e.when?.instant)).toEqual([
      '2024-05-23T23:30:00+03:00', '2024-05-24T09:00:00+03:00', '2024-05-24T14:10:00+03:00', '2024-05-24T17:15:00+03:00',
    ]);
    expect(nodesOfType(tree, 'elision').map((e) => e.kind)).toContain('toBeContinued');
  });

  it('NFD: the Kremlin dossier reads the same (`Région de Kursk`, `Région d’Arkhangelsk`)', () => {
    const tree = parse(expectSameReading(kremlin, 'nfd')).tree;
    expect(nodesOfType(tree, 'tag').map((t) => t.value.normalize('NFC'))).toEqual(['Territoire de Perm', 'Région d’Arkhangelsk']);
    expect(nodesOfType(tree, 'dateline').every((d) => d.when.instant !== undefined)).toBe(true);
  });

  it('date keywords in capitals: the Minsk dossier keeps its instants and places (`23 MAI 2024 À 23h30 À Minsk`)', () => {
    const text = expectSameReading(minsk, 'keywordCase');
    expect(text).toContain('23 MAI 2024 À 23h30 À Minsk');
    const entries = nodesOfType(parse(text).tree, 'tocEntry');
    expect(entries.map((e) => e.when?.instant)).toEqual(nodesOfType(parse(minsk).tree, 'tocEntry').map((e) => e.when?.instant));
    expect(entries[0]?.when?.place).toBe('Minsk');
    expectSameReading(kremlin, 'keywordCase');
    expectSameReading(article, 'keywordCase');
  });

  it('invisibles inside words: the Minsk dossier keeps its 40 turns, participants and caption mentions', () => {
    const text = expectSameReading(minsk, 'invisibles');
    expect(text).toContain('Vl\u200Badimir Po\u200Dutine');
    const tree = parse(text).tree;
    expect(nodesOfType(tree, 'speakerTurn')).toHaveLength(nodesOfType(parse(minsk).tree, 'speakerTurn').length);
    expect(nodesOfType(tree, 'participants').map((p) => p.intro.replace(/[\u00AD\u200B-\u200D\u2060]/g, ''))).toEqual(
      nodesOfType(parse(minsk).tree, 'participants').map((p) => p.intro),
    );
    expect(nodesOfType(tree, 'elision').map((e) => e.kind)).toContain('toBeContinued');
  });

  it('invisibles inside words: the Kremlin dossier and the article read the same (chrome, slogan, credits)', () => {
    expectSameReading(kremlin, 'invisibles');
    const tree = parse(expectSameReading(article, 'invisibles')).tree;
    expect(nodesOfType(tree, 'boilerplate').map((b) => b.kind)).toEqual(nodesOfType(parse(article).tree, 'boilerplate').map((b) => b.kind));
  });

  it('ZERO WIDTH SPACE after spaces: the Minsk dossier keeps its header, instants and turns (`Loukachenko \u200B: …`)', () => {
    const text = expectSameReading(minsk, 'zeroWidthSpace');
    expect(text).toContain('Loukachenko \u200B: \u200BMonsieur');
    const tree = parse(text).tree;
    expect(tree.children[0]).toMatchObject({ type: 'header', number: '6125' });
    expect(nodesOfType(tree, 'tocEntry').map((e) => e.when?.instant)).toEqual(nodesOfType(parse(minsk).tree, 'tocEntry').map((e) => e.when?.instant));
  });

  it('ZERO WIDTH SPACE after spaces: the Kremlin dossier and the article read the same (`19 décembre`)', () => {
    expectSameReading(kremlin, 'zeroWidthSpace');
    expect(parse(expectSameReading(article, 'zeroWidthSpace')).tree.when).toMatchObject({ month: 12, day: 19 });
  });

  it('NFD: the article reads the same (its date `19 décembre`, its slogan)', () => {
    const tree = parse(expectSameReading(article, 'nfd')).tree;
    expect(tree.when).toMatchObject({ month: 12, day: 19, precision: 'month-day' });
    expect(nodesOfType(tree, 'boilerplate').map((b) => b.kind)).toContain('slogan');
  });
});

describe('every hazard on every real page of the corpus', () => {
  // The samples showed the hazards; the corpus shows how real pages combine
  // them with constructs the samples lack (a photo note, a line printed twice).
  const pages = readdirSync(new URL('../fixtures/corpus/', import.meta.url)).filter((name) => name.endsWith('.txt')).sort();
  it.each(pages)('%s reads the same under each hazard', (name) => {
    const text = fixture(`corpus/${name}`);
    const problems = (Object.keys(HAZARD_KINDS) as HazardName[]).flatMap((hazard) => hazardProblems(text, hazard).map((p) => `${hazard}: ${p}`));
    expect(problems).toEqual([]);
  });
});

describe('each hazard on random documents', () => {
  // Small documents, many runs; whole edited samples, a few.
  const documents = fc.oneof({ weight: 8, arbitrary: fc.oneof(hostileText, sampleExcerpt) }, { weight: 1, arbitrary: mutatedSample });
  for (const name of Object.keys(HAZARD_KINDS) as HazardName[]) {
    test.prop([documents], { numRuns: 300 })(`${HAZARD_KINDS[name].what} changes nothing`, (text) => {
      expect(hazardProblems(text, name)).toEqual([]);
    });
  }
});

describe('the rules NFD text needed (one input each)', () => {
  const nfd = (text: string): string => text.normalize('NFD');
  const when = (line: string) => nodesOfType(parse(line).tree, 'dateline')[0]?.when;

  it('leaves text below U+0300 as it is: the grammar normalizes a word only when it holds a later character', () => {
    // Why the grammar's `nfc()` may skip those words: NFC changes no
    // character below U+0300 and composes no pair of them (it composes a
    // base with a combining mark, and every mark is at U+0300 or above).
    const changed: string[] = [];
    for (let a = 0; a < 0x300; a++) {
      for (let b = 0; b < 0x300; b++) {
        const pair = String.fromCharCode(a, b);
        if (pair.normalize('NFC') !== pair) changed.push(pair);
      }
    }
    expect(changed).toEqual([]);
    // And a word above it still goes through NFC.
    expect(nodesOfType(parse(nfd('Re\u0301plique : Oui.')).tree, 'speakerTurn')[0]?.speaker).toEqual({ role: nfd('Réplique') }); // the value as written
  });

  it('month names with a combining accent: `février`, `août`, `décembre`, `déc.`', () => {
    expect(when(nfd('24 février 2024 à 14h50 à Minsk'))).toMatchObject({ month: 2, day: 24, time: '14:50', timeZone: 'Europe/Minsk' });
    expect(when(nfd('1er août 2025'))).toMatchObject({ date: '2025-08-01' });
    expect(when(nfd('3 décembre 2024'))).toMatchObject({ date: '2024-12-03' });
    expect(when(nfd('3 déc. 2024'))).toMatchObject({ date: '2024-12-03' });
    // Only whole words, in either form.
    expect(when('3 maison 2024')).toBeUndefined();
    expect(when(nfd('3 maï 2024'))).toBeUndefined();
  });

  it('`à` before a time and a place, as `a` + COMBINING GRAVE ACCENT', () => {
    expect(when('23 mai 2024 a\u0300 23h30 a\u0300 Minsk')).toMatchObject({ time: '23:30', place: 'Minsk', instant: '2024-05-23T23:30:00+03:00' });
  });

  it('`À suivre.` with a decomposed `À`', () => {
    expect(nodesOfType(parse('A\u0300 suivre.').tree, 'elision')[0]?.kind).toBe('toBeContinued');
  });

  it('the slogan `Raconter l’actualité` with a decomposed `é` makes an article', () => {
    const { tree } = parse(nfd('Titre\n\nRaconter l’actualité\n'));
    expect(tree.kind).toBe('article');
    expect(nodesOfType(tree, 'boilerplate')[0]?.kind).toBe('slogan');
  });

  it('a sentence opener with an accent (`Après`, `Voilà`) is no speaker role', () => {
    for (const line of ['Après Vladimir Poutine : oui', 'Voilà Vladimir Poutine : oui']) {
      expect(nodesOfType(parse(line).tree, 'speakerTurn')).toHaveLength(0);
      expect(nodesOfType(parse(nfd(line)).tree, 'speakerTurn')).toHaveLength(0);
    }
  });

  it('a title before a surname (`Président Poutine`) is the role', () => {
    expect(nodesOfType(parse(nfd('Président Poutine : oui')).tree, 'speakerTurn')[0]?.speaker).toEqual({ role: nfd('Président'), name: 'Poutine', personId: 'putin', canonicalName: 'Poutine' });
  });

  it('a header country with an accent (`BIÉLORUSSIE`)', () => {
    const header = parse(nfd('7 – BIÉLORUSSIE – Visite – 24.05.24 –\n')).tree.children[0];
    expect(header).toMatchObject({ type: 'header', country: nfd('BIÉLORUSSIE'), title: 'Visite' });
  });

  it('a participants intro with accents (`était représentée par`, `en présence`)', () => {
    const tree = parse(nfd('1°/T – 1 mai 2024\nLa Russie était représentée par\nle ministre Sergueï Lavrov.\n')).tree;
    expect(nodesOfType(tree, 'participants')[0]).toMatchObject({ intro: nfd('était représentée par') });
    expect(nodesOfType(tree, 'participant').map((p) => p.value)).toEqual([nfd('le ministre Sergueï Lavrov')]);
  });

  it('a tag is at most 60 characters counted in NFC', () => {
    // Five words, 56 characters in NFC, 63 in NFD.
    const tag = 'Fédération Économique Éloignée Sibérienne Présidentielle';
    expect(tag.length).toBeLessThanOrEqual(60);
    expect(nfd(tag).length).toBeGreaterThan(60);
    const doc = (t: string): string => `1°/T – 1 mai 2024\n1 mai 2024 à 10h00 à Minsk\n${t}\n`;
    expect(nodesOfType(parse(doc(tag)).tree, 'tag')).toHaveLength(1);
    expect(nodesOfType(parse(nfd(doc(tag))).tree, 'tag')).toHaveLength(1);
  });

  it('a date in running text: `ce 19 décembre` with a decomposed `é`', () => {
    expect(findDateInText(nfd('ce 19 décembre, à Moscou'))?.when).toEqual({ raw: nfd('19 décembre'), month: 12, day: 19, precision: 'month-day' });
    // A day glued to an accented letter is no date, in either form.
    expect(findDateInText('é19 décembre')).toBeUndefined();
    expect(findDateInText(nfd('é19 décembre'))).toBeUndefined();
  });
});

describe('NFD and a literal followed by anything', () => {
  it('`sur` followed by a combining mark is `suŕ`, no `sur`, in either form', () => {
    const doc = (follow: string): string => `Titre\n\nTexte.\n\n${follow}\n`;
    const kinds = (text: string): string[] => parse(text).tree.children.map((c) => (c.type === 'boilerplate' ? c.kind : c.type));
    expect(kinds(doc('Suivez RT France surTelegram'))).toEqual(['title', 'paragraph', 'followLine']);
    expect(kinds(doc('Suivez RT France sur\u0301elegram'))).toEqual(kinds(doc('Suivez RT France su\u0155elegram')));
    expect(kinds(doc('Tout Accepter\u0301'))).toEqual(kinds(doc('Tout Accepte\u0155')));
  });
});

describe('the rules straight apostrophes needed', () => {
  it('a related headline ends the same with `’` or `\'` (both end a quotation)', () => {
    const doc = (q: string): string => `Titre\nSuivez RT France surTelegram\n\nCorps du texte.\n\nIl a dit ‘non${q}\n\nFin.\n`;
    const kinds = (text: string): string[] => parse(text).tree.children.map((c) => c.type);
    expect(kinds(doc('’'))).toEqual(kinds(doc("'")));
    expect(kinds(doc('’'))).toEqual(['title', 'boilerplate', 'paragraph', 'paragraph', 'paragraph']);
  });
});

describe('grammar fixes found on the way', () => {
  it('reads a place after `aux` (`aux` was shadowed by `au`)', () => {
    const w = nodesOfType(parse('1 mai 2024 à 10h00 aux Émirats').tree, 'dateline')[0]?.when;
    expect(w).toMatchObject({ time: '10:00', place: 'Émirats' });
  });
});
