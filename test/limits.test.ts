// ParseOptions.limits: past a limit the text is kept as paragraphs, with a
// RESOURCE_EXHAUSTION diagnostic, and nothing is lost.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, parse } from '../src/index.js';
import { fixture, nodesOfType } from './helpers.js';
import { contractProblems } from './support/properties.js';

const dossier = '1°/T – 1 mai 2024\n' + 'x'.repeat(50) + '\r\n2°/U – 2 mai 2024\r\nabc\n';
//               0                 18                    68  70                 87

describe('limits.maxLength', () => {
  it('reads the text up to the line the limit falls in, keeps the rest as one paragraph, and says so', () => {
    const { tree, diagnostics } = parse(dossier, { limits: { maxLength: 40 } });
    expect(contractProblems(dossier, { limits: { maxLength: 40 } })).toEqual([]);
    expect(tree.children.map((c) => c.type)).toEqual(['section']);
    const section = tree.children[0];
    expect(section?.type === 'section' && section.children.map((c) => c.type)).toEqual(['heading', 'paragraph']);
    expect(section?.type === 'section' && section.children[1]).toMatchObject({
      value: dossier.slice(18).trim(),
      position: { start: { line: 2, column: 1, offset: 18 }, end: { line: 4, column: 4, offset: dossier.length - 1 } },
    });
    expect(diagnostics.map((d) => [d.code, d.severity, d.position.start.offset, d.position.end.offset])).toEqual([
      ['RESOURCE_EXHAUSTION', 'error', 18, dossier.length],
    ]);
    expect(diagnostics[0]?.message).toContain('at most 40 UTF-16 code units (limits.maxLength), found 93');
  });

  it('does not cut inside a CRLF: a limit between CR and LF starts the rest at the line before', () => {
    const { diagnostics } = parse(dossier, { limits: { maxLength: 69 } });
    expect(diagnostics[0]?.position.start.offset).toBe(18);
    expect(parse(dossier, { limits: { maxLength: 70 } }).diagnostics[0]?.position.start.offset).toBe(70);
  });

  it('at 0 keeps the whole text as one paragraph, BOM still skipped', () => {
    const text = `\uFEFF${dossier}`;
    const { tree, diagnostics } = parse(text, { limits: { maxLength: 0 } });
    expect(contractProblems(text, { limits: { maxLength: 0 } })).toEqual([]);
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph']);
    expect(tree.children[0]?.position.start).toEqual({ line: 1, column: 2, offset: 1 });
    expect(diagnostics.map((d) => d.code)).toEqual(['RESOURCE_EXHAUSTION', 'UNKNOWN_DOCUMENT_KIND']);
  });

  it('changes nothing on a text within the limit', () => {
    const text = fixture('dossier-6125-minsk-2024.txt');
    expect(parse(text, { limits: { maxLength: text.length } })).toEqual(parse(text));
  });
});

describe('limits.maxLines', () => {
  it('reads that many lines, keeps the rest as one paragraph, and says so once', () => {
    const options = { limits: { maxLines: 2 } };
    const { tree, diagnostics } = parse(dossier, options);
    expect(contractProblems(dossier, options)).toEqual([]);
    const section = tree.children[0];
    expect(nodesOfType(tree, 'section').map((s) => s.number)).toEqual([1]);
    expect(section?.type === 'section' && section.children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(nodesOfType(tree, 'paragraph')[1]).toMatchObject({ value: '2°/U – 2 mai 2024\r\nabc', position: { start: { line: 3, offset: 70 } } });
    expect(diagnostics.map((d) => [d.code, d.severity, d.position.start.offset, d.position.end.offset])).toEqual([
      ['RESOURCE_EXHAUSTION', 'error', 70, dossier.length],
    ]);
    expect(diagnostics[0]?.message).toContain('at most 2 lines (limits.maxLines)');
  });

  it('counts CR, LF and CRLF alike, and a text of exactly that many lines is not cut', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['a', 'b', 'c'].join(eol);
      expect(parse(text, { limits: { maxLines: 3 } }).diagnostics.map((d) => d.code), JSON.stringify(eol)).toEqual(['UNKNOWN_DOCUMENT_KIND']);
      const cut = parse(text, { limits: { maxLines: 1 } });
      expect(cut.diagnostics.find((d) => d.code === 'RESOURCE_EXHAUSTION')?.position.start.offset).toBe(1 + eol.length);
      expect(cut.tree.children.map((c) => c.type === 'paragraph' && c.value)).toEqual(['a', `b${eol}c`]);
    }
  });

  it('at 0 keeps the whole text as one paragraph; the nearer of maxLines and maxLength cuts, with one diagnostic', () => {
    expect(parse(dossier, { limits: { maxLines: 0 } }).tree.children.map((c) => c.type)).toEqual(['paragraph']);
    const both = parse(dossier, { limits: { maxLines: 3, maxLength: 40 } }).diagnostics.filter((d) => d.code === 'RESOURCE_EXHAUSTION');
    expect(both.map((d) => [d.position.start.offset, d.message.includes('maxLength')])).toEqual([[18, true]]);
    const lines = parse(dossier, { limits: { maxLines: 1, maxLength: 80 } }).diagnostics.filter((d) => d.code === 'RESOURCE_EXHAUSTION');
    expect(lines.map((d) => [d.position.start.offset, d.message.includes('maxLines')])).toEqual([[18, true]]);
  });

  it('bounds the work past the limit: a million tiny lines past it make one paragraph', () => {
    const text = 'a\n'.repeat(1_000_000);
    const { tree, diagnostics } = parse(text, { limits: { maxLines: 10 } });
    expect(tree.children).toHaveLength(11);
    expect(diagnostics.map((d) => d.code)).toEqual(['UNKNOWN_DOCUMENT_KIND', 'RESOURCE_EXHAUSTION']);
    // maxLength bounds it as well (it changed nothing before: every line past it was a paragraph).
    expect(parse(text, { limits: { maxLength: 1000 } }).tree.children).toHaveLength(501);
  });
});

describe('limits.maxLineLength', () => {
  it('keeps a longer line whole as a paragraph, with a warning, and reads the others', () => {
    const { tree, diagnostics } = parse(dossier, { limits: { maxLineLength: 30 } });
    expect(contractProblems(dossier, { limits: { maxLineLength: 30 } })).toEqual([]);
    expect(nodesOfType(tree, 'section').map((s) => s.number)).toEqual([1, 2]);
    const long = nodesOfType(tree, 'paragraph')[0];
    expect(long).toMatchObject({ value: 'x'.repeat(50), position: { start: { offset: 18 }, end: { offset: 68 } } });
    expect(diagnostics.map((d) => [d.code, d.severity, d.position.start.offset, d.position.end.offset])).toEqual([
      ['RESOURCE_EXHAUSTION', 'warning', 18, 68],
    ]);
    expect(diagnostics[0]?.message).toContain('at most 30 UTF-16 code units (limits.maxLineLength), found one of 50');
  });

  it('does not look for constructs in a long line, even a heading', () => {
    const heading = '1°/Titre – 23 mai 2024 à 23h30 à Minsk';
    const { tree } = parse(heading, { limits: { maxLineLength: 10 } });
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph']);
    expect(parse(heading).tree.children.map((c) => c.type)).toEqual(['section']);
  });

  it('finds the same long lines whatever the line breaks, after a BOM too', () => {
    // LF-only texts are scanned by indexOf, the others by a regex: both must agree.
    const lines = ['court', 'x'.repeat(20), 'y', 'z'.repeat(12), ''];
    for (const [eol, bom] of [['\n', ''], ['\r\n', ''], ['\r', ''], ['\n', '\ufeff'], ['\r\n', '\ufeff']] as const) {
      const text = bom + lines.join(eol);
      const found = parse(text, { limits: { maxLineLength: 10 } }).diagnostics.filter((d) => d.code === 'RESOURCE_EXHAUSTION');
      const offsets = found.map((d) => [d.position.start.offset, d.position.end.offset]);
      const first = bom.length + 5 + eol.length;
      const second = first + 20 + eol.length + 1 + eol.length;
      expect(offsets, JSON.stringify(eol + bom)).toEqual([
        [first, first + 20],
        [second, second + 12],
      ]);
    }
  });

  it('leaves a long blank line alone', () => {
    expect(parse(`a\n${' '.repeat(40)}\nb`, { limits: { maxLineLength: 10 } }).diagnostics.map((d) => d.code)).toEqual(['UNKNOWN_DOCUMENT_KIND']);
  });
});

describe('limit values', () => {
  it('has generous defaults, in UTF-16 code units', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxLength: 32 * 1024 * 1024, maxLineLength: 1_000_000, maxLines: 1_000_000 });
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
  });

  it('accepts Infinity', () => {
    expect(parse('x'.repeat(2_000_000), { limits: { maxLineLength: Infinity } }).diagnostics.map((d) => d.code)).toEqual(['UNKNOWN_DOCUMENT_KIND']);
    expect(parse('x'.repeat(2_000_000)).diagnostics.map((d) => d.code)).toEqual(['RESOURCE_EXHAUSTION', 'UNKNOWN_DOCUMENT_KIND']);
  });

  it('rounds a fractional limit down', () => {
    expect(parse(dossier, { limits: { maxLength: 69.9 } }).diagnostics[0]?.position.start.offset).toBe(18);
    expect(contractProblems(dossier, { limits: { maxLength: 40.5, maxLineLength: 30.5 } })).toEqual([]);
  });

  it('throws a TypeError on a limit that is no number >= 0', () => {
    expect(() => parse('x', { limits: { maxLength: -1 } })).toThrow(/limits.maxLength must be a number >= 0/);
    expect(() => parse('x', { limits: { maxLineLength: Number.NaN } })).toThrow(TypeError);
    expect(() => parse('x', { limits: { maxLength: '10' as unknown as number } })).toThrow(TypeError);
    expect(() => parse('x', { limits: { maxLines: -1 } })).toThrow(/limits.maxLines must be a number >= 0/);
  });

  it('throws a TypeError naming the field on limits that are no object, or a key that is no limit', () => {
    // Silently ignored before: `limits: 5` parsed with the defaults.
    for (const bad of [5, 'x', null, [], true]) {
      expect(() => parse('x', { limits: bad as never }), JSON.stringify(bad)).toThrow(TypeError);
      expect(() => parse('x', { limits: bad as never })).toThrow(/options\.limits must be an object/);
    }
    expect(() => parse('x', { limits: { maxLenght: 10 } as never })).toThrow(/unknown limit "limits.maxLenght"; expected maxLength, maxLineLength, maxLines/);
    expect(() => parse('x', { limits: { __proto__: null, maxLines: 5 } as never })).not.toThrow();
  });
});
