// Text back out of a tree: toText (a node's exact source text) and mainText
// (the document's own text). The round trip is a property over any string;
// the main text is checked against what the samples really say, line
// numbers in comments refer to the files in fixtures/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readmeExample, runExample } from './support/readme-snippet.js';
import { mainText, parse, toText } from '../src/index.js';
import type { Node } from '../src/nodes.js';
import { allNodes, fixture, nodesOfType } from './helpers.js';
import { hostileText, mutatedSample, sampleExcerpt } from './support/arbitraries.js';
import { mainTextProblems, paragraphsOf, textProblems, toTextProblems } from './support/text-properties.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const txt = (folder: string) =>
  readdirSync(`${fixtures}${folder}`)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => `${folder}${name}`);
/** Every document of fixtures/, its corpus and its failure corpus, as paths relative to fixtures/. */
const FILES = [...txt(''), ...txt('corpus/'), ...txt('regressions/')];

const read = (name: string) => readFileSync(`${fixtures}${name}`, 'utf8');
const leaves = (tree: Node): Node[] => allNodes(tree).filter((n) => !('children' in n));

describe('toText', () => {
  it.each(FILES)('gives %s back whole, and every node its own slice', (name) => {
    const text = read(name);
    expect(toTextProblems(text, parse(text).tree)).toEqual([]);
  });

  it('gives a node its lines as written: marker, colon, trailing comma', () => {
    const text = fixture('dossier-6125-minsk-2024.txt');
    const { tree } = parse(text);
    const [label] = nodesOfType(tree, 'speakerLabel');
    expect(label?.value).toBe('Président de la Biélorussie Alexandre Loukachenko');
    expect(toText(text, label!)).toBe('Président de la Biélorussie Alexandre Loukachenko :');
    const [turn] = nodesOfType(tree, 'speakerTurn');
    expect(toText(text, turn!)).toMatch(/^Président de la Biélorussie Alexandre Loukachenko : Monsieur Poutine, merci\. En venant ici/);
    const [participant] = nodesOfType(tree, 'participant');
    expect(toText(text, participant!)).toBe('du premier vice-premier ministre Nikolaï Snopkov,');
    // A section runs from its heading to the end of its source link, blank lines and all.
    const [section] = nodesOfType(tree, 'section');
    expect(toText(text, section!)).toMatch(/^1°\/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk\n23 mai 2024/);
    expect(toText(text, section!)).toMatch(/\nGéographie\n\nhttp:\/\/en\.kremlin\.ru\/events\/president\/news\/74102$/);
  });

  it('takes a diagnostic or a position as well as a node', () => {
    const text = '1°/Titre – 31 février 2025 à 10h00 à Moscou\nTexte.\n';
    const { tree, diagnostics } = parse(text);
    const invalid = diagnostics.find((d) => d.code === 'INVALID_DATE');
    expect(invalid).toBeDefined();
    expect(toText(text, invalid!)).toContain('31 février 2025');
    expect(toText(text, tree.children[0]!.position)).toBe(text.trimEnd());
    expect(toText(text, { start: { line: 2, column: 1, offset: 44 }, end: { line: 2, column: 7, offset: 50 } })).toBe('Texte.');
  });

  it('keeps a BOM and CRLF line endings, which the offsets count', () => {
    const text = `\uFEFF${fixture('article-rt-france-union.txt').replace(/\n/g, '\r\n')}`;
    const { tree } = parse(text);
    expect(toText(text, tree)).toBe(text);
    expect(toTextProblems(text, tree)).toEqual([]);
    expect(toText(text, tree).startsWith('\uFEFF')).toBe(true);
    expect(toText(text, nodesOfType(tree, 'paragraph')[0]!)).not.toContain('\r');
  });

  it('refuses the arguments the wrong way round, and a node without offsets', () => {
    const text = 'Texte.';
    const { tree } = parse(text);
    expect(() => toText(tree as unknown as string, text as unknown as Node)).toThrow(
      new TypeError('pressdoc.toText: expected the source text first, got object; call toText(text, node)'),
    );
    expect(() => toText(text, { type: 'paragraph' } as unknown as Node)).toThrow(TypeError);
    expect(() => toText(text, null as unknown as Node)).toThrow(TypeError);
    expect(() => toText(text, { position: { start: { offset: 0.5 }, end: { offset: 2 } } } as unknown as Node)).toThrow(TypeError);
  });

  it('refuses a tree of another text: a span out of the text, a root that does not span it', () => {
    const text = fixture('article-rt-france-union.txt');
    const { tree } = parse(`\uFEFF${text}`);
    // The BOM stripped by some reader: every offset is one off, and the root says so.
    expect(() => toText(text, tree)).toThrow(RangeError);
    expect(() => toText(text, tree)).toThrow(/the span 0\.\.3645 does not fit in a text of 3644 UTF-16 code units/);
    expect(() => toText(`${text}\n\nMore.`, parse(text).tree)).toThrow(/the root spans 0\.\.3644, not the whole text 0\.\.3651/);
    expect(() => toText('abc', { start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 2, offset: 1 } })).toThrow(RangeError);
  });
});

describe('toText gives any string back from its tree', () => {
  const roundTrip = (text: string) => {
    const { tree } = parse(text);
    expect(toText(text, tree)).toBe(text);
    expect(toTextProblems(text, tree)).toEqual([]);
  };

  test.prop([fc.string({ unit: 'binary', maxLength: 300 })], { numRuns: 500 })('any UTF-16 string, lone surrogates included', roundTrip);
  test.prop([hostileText], { numRuns: 300 })('random hostile text', roundTrip);
  test.prop([sampleExcerpt], { numRuns: 300 })('edited excerpts of the samples', roundTrip);
  test.prop([mutatedSample], { numRuns: 30 })('whole samples with edits', roundTrip);
});

describe('mainText of the RT France article', () => {
  const text = fixture('article-rt-france-union.txt');
  const { tree } = parse(text);
  const main = mainText(text, tree);
  const lines = text.split('\n');
  /** The hand-made gold of the sample (fixtures/gold/): which lines are title, body and boilerplate. */
  const gold = JSON.parse(read('gold/article-rt-france-union.json')) as { title: number; bodyParagraphs: number[]; boilerplate: number[] };
  const line = (n: number) => lines[n - 1]!.trim();

  it('is the title (line 1) and the body paragraphs that the gold lists, in order, a blank line between', () => {
    expect(paragraphsOf(main)).toEqual([line(gold.title), ...gold.bodyParagraphs.map(line)]);
    expect(main.startsWith('Poutine souligne l’importance de l’union avec la Biélorussie pour minimiser l’effet des sanctions\n\n')).toBe(true);
    // The lead paragraph (line 6) comes right after the title.
    expect(paragraphsOf(main)[1]).toBe(
      'Vladimir Poutine et Alexandre Loukachenko se sont retrouvés ce 19 décembre à Minsk pour évoquer notamment la coopération bilatérale en matière économique, commerciale, ou encore sécuritaire.',
    );
    expect(main.endsWith('Vladimir Poutine a par ailleurs jugé absurde «la rumeur» selon laquelle la Russie voudrait «absorber» le Bélarus.')).toBe(true);
  });

  it('has none of the page chrome: repeated title, follow lines, related headline, slogan, cookie banner', () => {
    // Line 3 repeats the title: as a paragraph of its own it is gone, as the title (line 1) it stays.
    for (const n of gold.boilerplate) expect(paragraphsOf(main).slice(1), `line ${n}`).not.toContain(line(n));
    for (const n of gold.boilerplate.filter((n) => line(n) !== line(gold.title))) expect(main, `line ${n}`).not.toContain(line(n));
    expect(main).not.toContain('Suivez RT France');
    expect(main).not.toContain('Raconter l');
    expect(main).not.toContain('cookies');
    expect(main).not.toContain('Tout Accepter');
    // The title once: its repetition on line 3 is chrome.
    expect(main.split('Poutine souligne l’importance').length - 1).toBe(1);
  });

  it('keeps the boilerplate where it stands with keepBoilerplate: then it is every line of the page', () => {
    const all = mainText(text, tree, { keepBoilerplate: true });
    expect(paragraphsOf(all)).toEqual(lines.map((l) => l.trim()).filter((l) => l !== ''));
    expect(all).toContain('\n\nSuivez RT France surTelegram\n\nVladimir Poutine et Alexandre Loukachenko se sont retrouvés');
    expect(all).toContain('En cliquant sur "Tout Accepter" vous consentez au traitement par RT France');
    expect(all.endsWith('\n\nTout AccepterTout refuserParamétrer vos choix')).toBe(true);
  });

  it('keeps the NO-BREAK SPACEs inside a paragraph, trims those at its ends (line 18)', () => {
    expect(lines[17]!.endsWith('région.\u00A0')).toBe(true);
    expect(main).toContain('dans la région.\n\nSont à l');
    expect(main).toContain('ces dernières\u00A0pénalisaient\u00A0leurs');
  });
});

describe('mainText of the Minsk dossier', () => {
  const text = fixture('dossier-6125-minsk-2024.txt');
  const { tree } = parse(text);
  const main = mainText(text, tree);
  const paragraphs = paragraphsOf(main);

  it('starts with the first section heading: no dossier header, no table of contents', () => {
    expect(paragraphs[0]).toBe('1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk');
    expect(main).not.toContain('6125 – RUSSIE');
    // The TOC repeats the headings (lines 3–6): each heading is in the main text once.
    for (const heading of nodesOfType(tree, 'heading')) {
      expect(main.split(heading.value).length - 1, heading.value).toBe(1);
    }
    expect(paragraphs.filter((p) => /^\d°\//.test(p))).toHaveLength(4);
    expect(paragraphs.filter((p) => /^[A-Z] – /.test(p))).toHaveLength(nodesOfType(tree, 'subsection').length);
  });

  it('has the lead paragraphs and the body text', () => {
    expect(paragraphs[1]).toMatch(/^Vladimir Poutine est arrivé à Minsk pour une visite de deux jours/);
    expect(paragraphs).toContain('Vladimir Poutine a déposé une couronne de fleurs au Monument de la Victoire à Minsk dans le cadre de sa visite officielle en République de Biélorussie.');
    expect(paragraphs).toContain('* * *');
    expect(paragraphs).toContain('<… >');
    for (const p of nodesOfType(tree, 'paragraph')) expect(main, p.value).toContain(p.value);
  });

  it('leaves out datelines, tags, photo counters, captions and source links', () => {
    expect(main).not.toMatch(/^\d+ ?(\/|sur) ?\d+$/m);
    expect(main).not.toContain('http');
    expect(main).not.toMatch(/^Géographie$/m);
    expect(main).not.toMatch(/^23 mai 2024 à 23h30 à Minsk$/m);
    expect(main).not.toContain('Photo :');
    // (Some captions repeat a heading's title, which stays: as the heading.)
    for (const caption of nodesOfType(tree, 'caption')) expect(paragraphs).not.toContain(toText(text, caption).trim());
  });

  it('writes a speaker turn as its label, colon and words on one line, then its other paragraphs', () => {
    expect(paragraphs).toContain('Président russe Vladimir Poutine : C’est sûr.');
    const at = paragraphs.indexOf('Alexandre Loukachenko : Bien, cela signifie que nous avons désormais plus d’amis.');
    expect(at).toBeGreaterThan(0);
    expect(paragraphs[at + 1]).toBe('Bienvenue en Biélorussie. Vous êtes ici chez vous.');
    expect(paragraphs[at + 2]).toBe('Vladimir Poutine : Merci.');
  });

  it('writes a participants list as one paragraph, a line each (lines 113–118)', () => {
    expect(paragraphs).toContain(
      [
        'La Russie était représentée par',
        'le ministre des Affaires étrangères Sergueï Lavrov,',
        'le premier vice-Premier ministre Denis Manturov,',
        'le vice-Premier ministre Alexandre Novak,',
        'l’assistant présidentiel Iouri Ouchakov',
        'le ministre de la Défense Andreï Belousov.',
      ].join('\n'),
    );
  });

  it('keeps the captions with keepCaptions, each its own paragraph, as written', () => {
    const withCaptions = paragraphsOf(mainText(text, tree, { keepCaptions: true }));
    const captions = nodesOfType(tree, 'caption');
    expect(captions.length).toBeGreaterThan(5);
    for (const caption of captions) expect(withCaptions).toContain(toText(text, caption).trim());
    // A caption after a counter on its line (`5/10 .Cérémonie …`, line 26) is the caption's own span: no counter.
    expect(withCaptions).toContain('.Cérémonie de dépôt de couronnes au Monument de la Victoire – 24 mai 2024 à 14h10 à Minsk');
    expect(withCaptions.filter((p) => !captions.some((c) => toText(text, c).trim() === p))).toEqual(paragraphs);
  });

  it('of one section is that section’s part of the whole', () => {
    const sections = nodesOfType(tree, 'section');
    expect(sections.map((s) => mainText(text, s)).join('\n\n')).toBe(main);
    expect(mainText(text, sections[1]!)).toBe(
      [
        '2°/Vladimir Poutine a félicité le patriarche Cyrille de Moscou et de toute la Russie à l’occasion de sa fête – 24 mai 2024 à 09h00 à Moscou',
        'A la veille de son vol vers Minsk, Vladimir Poutine a rencontré le patriarche Cyrille de Moscou et de toute la Russie et a félicité le primat de l’Église orthodoxe russe à l’occasion de sa fête.',
      ].join('\n\n'),
    );
  });
});

describe('mainText of the Kremlin dossier', () => {
  const text = fixture('dossier-kremlin-2025-03.txt');
  const { tree } = parse(text);
  const main = mainText(text, tree);

  it('reads its sections, without the place tag, the `1 sur 4` counters or the links', () => {
    expect(paragraphsOf(main)[0]).toBe('1°/Rencontre avec le gouverneur du territoire de Perm Dmitry Makhonin – 10 mars 2025 à 13H40 au Kremlin-Moscou');
    expect(paragraphsOf(main)[1]).toBe(
      'La discussion s’est concentrée sur la situation socioéconomique de la région en mettant l’accent sur l’éducation, les soins de santé, la construction du logement et la production industrielle.',
    );
    expect(paragraphsOf(main)[2]).toMatch(/^Dmitry Makhonin a informé le président du développement de la région/);
    expect(main).not.toMatch(/^Territoire de Perm$/m);
    expect(main).not.toMatch(/^\d+ sur \d+$/m);
    expect(main).not.toContain('http://en.kremlin.ru');
    expect(main).toMatch(/^5°\/Conférence de presse conjointe avec le président du Bélarus Alexander Lukashenko/m);
  });
});

describe('mainText on every fixture', () => {
  it.each(FILES)('%s: verbatim lines, no boilerplate unless kept, paragraphs in source order', (name) => {
    const text = read(name);
    const { tree } = parse(text);
    const main = mainText(text, tree);
    expect(mainTextProblems(text, main)).toEqual([]);
    const kept = mainText(text, tree, { keepBoilerplate: true, keepCaptions: true });
    expect(mainTextProblems(text, kept)).toEqual([]);
    for (const leaf of leaves(tree)) {
      const own = toText(text, leaf).trim();
      if (leaf.type === 'boilerplate' || leaf.type === 'caption') {
        expect(kept, `${name}: ${leaf.type} at line ${leaf.position.start.line}`).toContain(own);
      } else if (['paragraph', 'title', 'heading', 'listItem', 'participant', 'elision'].includes(leaf.type)) {
        expect(main, `${name}: ${leaf.type} at line ${leaf.position.start.line}`).toContain(own);
      }
    }
    // Boilerplate lines that are nowhere else in the document are gone.
    const textLeaves = leaves(tree).filter((l) => l.type !== 'boilerplate').map((l) => toText(text, l));
    for (const chrome of nodesOfType(tree, 'boilerplate')) {
      const own = toText(text, chrome).trim();
      if (!textLeaves.some((t) => t.includes(own))) expect(main, `${name}: line ${chrome.position.start.line}`).not.toContain(own);
    }
  });

  it('is the same for CRLF, CR and a BOM: separators are always \\n', () => {
    for (const name of ['article-rt-france-union.txt', 'dossier-6125-minsk-2024.txt', 'dossier-kremlin-2025-03.txt']) {
      const text = fixture(name);
      const expected = mainText(text, parse(text).tree);
      for (const variant of [text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r'), `\uFEFF${text}`]) {
        expect(mainText(variant, parse(variant).tree), name).toBe(expected);
      }
    }
  });
});

describe('mainText on any string', () => {
  const check = (text: string): void => {
    expect(textProblems(text)).toEqual([]);
  };

  test.prop([fc.string({ unit: 'binary', maxLength: 300 })], { numRuns: 300 })('any UTF-16 string', check);
  test.prop([hostileText], { numRuns: 300 })('random hostile text', check);
  test.prop([sampleExcerpt], { numRuns: 300 })('edited excerpts of the samples', check);
});

describe('mainText edge cases and options', () => {
  it('is empty for a text of blanks or of apparatus only', () => {
    for (const text of ['', '\n\n  \n', '\uFEFF', 'http://en.kremlin.ru/events/president/news/74102\n1/8\n']) {
      expect(mainText(text, parse(text).tree), JSON.stringify(text)).toBe('');
    }
  });

  it('puts a label alone on its line and its first paragraph in one paragraph, on two lines', () => {
    const text = '1°/Titre – 12 mars 2025 à 10h00 à Moscou\nVladimir Poutine :\nMerci beaucoup.\nEncore une phrase.\n';
    const { tree } = parse(text);
    const [turn] = nodesOfType(tree, 'speakerTurn');
    expect(turn?.children.map((c) => c.type)).toEqual(['speakerLabel', 'paragraph', 'paragraph']);
    expect(mainText(text, tree)).toBe('1°/Titre – 12 mars 2025 à 10h00 à Moscou\n\nVladimir Poutine :\nMerci beaucoup.\n\nEncore une phrase.');
  });

  it('writes a bullet list as one paragraph with its markers', () => {
    const text = 'Texte avant.\n- premier point,\n- second point.\nTexte après.\n';
    const { tree } = parse(text);
    expect(nodesOfType(tree, 'list')).toHaveLength(1);
    expect(mainText(text, tree)).toBe('Texte avant.\n\n- premier point,\n- second point.\n\nTexte après.');
  });

  it('refuses unknown and non-boolean options, and the arguments the wrong way round', () => {
    const text = 'Texte.';
    const { tree } = parse(text);
    expect(() => mainText(text, tree, { keepBoilerPlate: true } as never)).toThrow(
      new TypeError('pressdoc.mainText: unknown option "keepBoilerPlate"; expected keepBoilerplate or keepCaptions'),
    );
    expect(() => mainText(text, tree, { keepCaptions: 'yes' } as never)).toThrow(/option keepCaptions must be a boolean, got string/);
    expect(() => mainText(text, tree, null as never)).toThrow(/options must be an object, got null/);
    expect(() => mainText(tree as never, text as never)).toThrow(/expected the source text first/);
    expect(() => mainText(`${text}!`, tree)).toThrow(RangeError);
  });
});

describe('the README’s “Text back out” example', { timeout: 60_000 }, () => {
  const code = readmeExample('Text back out');

  it('type-checks under strict and runs as pasted, printing what its comments say', () => {
    expect(code, 'README.md has a "## Text back out" section with a ts block').toBeDefined();
    const r = runExample(code!, 'pressdoc-readme-text-');
    expect(r.tscOutput).toBe('');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = fixture('article-rt-france-union.txt');
    expect(r.stdout).toBe(`true\n${text.split('\n')[0]}\n${mainText(text, parse(text).tree)}\n`);
  });
});
