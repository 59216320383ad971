import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { rootSchema, validateTree } from '../src/schema.js';
import { SAMPLES, allNodes, fixture, invariantProblems, nodesOfType } from './helpers.js';

/** Parses and checks everything parse promises for any string. */
function check(text: string): ReturnType<typeof parse> {
  const result = parse(text);
  expect(rootSchema.safeParse(result.tree).success).toBe(true);
  expect(invariantProblems(text, result.tree)).toEqual([]);
  expect(JSON.parse(JSON.stringify(result.tree))).toEqual(result.tree);
  return result;
}

describe('parse contract', () => {
  it('throws a TypeError on a non-string, and only then', () => {
    expect(() => parse(undefined as unknown as string)).toThrow(TypeError);
    expect(() => parse(42 as unknown as string)).toThrow(/expects a string, got number/);
    expect(() => parse(null as unknown as string)).toThrow(/got null/);
  });

  it('returns an empty unknown root for the empty string', () => {
    const { tree, diagnostics } = check('');
    expect(tree).toEqual({
      type: 'root',
      kind: 'unknown',
      children: [],
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
    });
    expect(diagnostics).toEqual([]);
  });

  it('survives binary junk and keeps every character', () => {
    let seed = 7;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 20; round++) {
      const chars = Array.from({ length: 500 }, () => String.fromCharCode(Math.floor(rand() * 0x3000)));
      check(chars.join(''));
    }
    check('\u0000\u0001\uFFFD\uD800 °/ – : 1/ sur http:// <… > * * *');
  });

  // A few hundred full parses and invariant checks: give it time on a slow CI machine.
  it.each(SAMPLES)('parses %s cut after every line', { timeout: 60_000 }, (name) => {
    const text = fixture(name);
    let cut = text.indexOf('\n');
    while (cut !== -1) {
      check(text.slice(0, cut));
      cut = text.indexOf('\n', cut + 1);
    }
  });

  it.each(SAMPLES)('parses %s cut in the middle of lines', (name) => {
    const text = fixture(name);
    for (let cut = 17; cut < text.length; cut += 997) check(text.slice(0, cut));
  });

  it.each(SAMPLES)('keeps every non-blank character of %s in a leaf', (name) => {
    const text = fixture(name);
    const { tree } = check(text);
    expect(tree.position.end.offset).toBe(text.length);
    expect(validateTree(JSON.parse(JSON.stringify(tree))).ok).toBe(true);
  });
});

describe('line endings and BOM', () => {
  const minsk = fixture('dossier-6125-minsk-2024.txt');
  /** The tree without positions, to compare structure and values. */
  const shape = (text: string): unknown =>
    JSON.parse(JSON.stringify(parse(text).tree, (key, value) => (key === 'position' ? undefined : value)));

  it('accepts CRLF: same structure, positions on the CRLF text', () => {
    const crlf = minsk.replace(/\n/g, '\r\n');
    expect(shape(crlf)).toEqual(shape(minsk));
    const { tree } = check(crlf);
    const link = nodesOfType(tree, 'sourceLink')[0];
    expect(link?.position.start.line).toBe(54);
    expect(crlf.slice(link?.position.start.offset, link?.position.end.offset)).toBe('http://en.kremlin.ru/events/president/news/74102');
  });

  it('accepts lone CR line endings', () => {
    const cr = minsk.replace(/\n/g, '\r');
    expect(shape(cr)).toEqual(shape(minsk));
    const { tree } = check(cr);
    expect(nodesOfType(tree, 'sourceLink')[0]?.position.start).toMatchObject({ line: 54, column: 1 });
  });

  it('accepts a BOM: same structure, offsets shifted by one on line 1 only', () => {
    const bom = `\uFEFF${minsk}`;
    expect(shape(bom)).toEqual(shape(minsk));
    const { tree } = check(bom);
    expect(tree.children[0]?.position.start).toEqual({ line: 1, column: 2, offset: 1 });
    expect(nodesOfType(tree, 'sourceLink')[0]?.position.start).toMatchObject({ line: 54, column: 1 });
  });
});

describe('what the grammar cannot place', () => {
  it('keeps stray text before the TOC of a dossier as a paragraph with an info diagnostic', () => {
    const text = 'Note du traducteur\n1°/Titre – 23 mai 2024 à 23h30 à Minsk\n2°/Autre – 24 mai 2024 à 09h00 à Moscou\n';
    const { tree, diagnostics } = check(text);
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'toc']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'UNRECOGNIZED_LINE', severity: 'info', position: { start: { line: 1, column: 1 }, end: { line: 1, column: 19 } } });
    expect(diagnostics[0]?.message).toContain('Note du traducteur');
  });

  it('keeps a heading without timestamp and warns', () => {
    const { tree, diagnostics } = check('1°/Titre sans date\ntexte\n');
    expect(nodesOfType(tree, 'section')[0]).toMatchObject({ number: 1, title: 'Titre sans date' });
    expect(nodesOfType(tree, 'section')[0]?.when).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['HEADING_WITHOUT_TIMESTAMP']);
  });

  it('says once when a text is neither a dossier nor an article, over its lines', () => {
    const text = '\uFEFF\n\nUne note.\nVladimir Poutine : Bonjour.\n';
    const { tree, diagnostics } = check(text);
    expect(tree.kind).toBe('unknown');
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'speakerTurn']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'UNKNOWN_DOCUMENT_KIND', severity: 'info', position: { start: { line: 3, column: 1, offset: 3 }, end: { offset: text.length } } });
    expect(diagnostics[0]?.message).toMatch(/Expected a dossier .* or an article .*; found neither/);
    // Blank text is no document: nothing to say.
    expect(check(' \n\u00A0\r\n').diagnostics).toEqual([]);
  });

  it('every node type of the vocabulary appears in the samples', () => {
    const types = new Set(SAMPLES.flatMap((name) => allNodes(parse(fixture(name)).tree).map((n) => n.type)));
    expect([...types].sort()).toEqual([
      'boilerplate', 'caption', 'dateline', 'elision', 'header', 'heading', 'list', 'listItem', 'paragraph',
      'participant', 'participants', 'photoCounter', 'root', 'section', 'sourceLink', 'speakerLabel',
      'speakerTurn', 'subsection', 'tag', 'title', 'toc', 'tocEntry',
    ]);
  });
});
