// The structure grammar (grammar/structure.peggy) on token strings written
// by hand, one character per line; and the token string of real lines.
import { describe, expect, it } from 'vitest';
import { parse as parseStructure, type StructureQueries } from '../../src/generated/structure.js';
import type { StructureDocument } from '../../src/compose/structure.js';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

const yes: StructureQueries = { rises: () => true, untimed: () => false, repeatsFirst: () => false, bareDateline: () => false, placeBelow: () => false, wrapped: () => false, captionUnder: () => false };
const read = (tokens: string, queries = yes) => parseStructure(tokens, queries) as StructureDocument;
/** The blocks of the root, before and after the table of contents. */
const blocks = (tokens: string, queries = yes) => {
  const doc = read(tokens, queries);
  return [...doc.pre, ...doc.body];
};

describe('structure grammar', () => {
  it('reads header, table of contents, then sections with their content', () => {
    // Heading 5 repeats number 1: no rise, the first section.
    const doc = read('H_NN_NgVtt_L', { ...yes, rises: (i) => i !== 5 });
    expect(doc.head).toEqual({ block: 'header', line: 0 });
    expect(doc.toc).toEqual([{ line: 2, start: 2 }, { line: 3, start: 3 }]);
    const [section] = doc.body.filter((b) => b !== null);
    expect(section).toMatchObject({ block: 'section', line: 5, lead: null });
    expect((section as { items: unknown[] }).items).toEqual([
      { block: 'paragraph', line: 6 },
      { block: 'turn', line: 7, items: [{ block: 'paragraph', line: 8 }, { block: 'paragraph', line: 9 }, null] },
      { block: 'leaf', line: 11 },
    ]);
  });

  it('ends the table of contents where numbering starts again (the first section)', () => {
    const rises = (i: number) => i !== 2;
    const doc = read('NNN', { ...yes, rises });
    expect(doc.toc).toEqual([{ line: 0, start: 0 }, { line: 1, start: 1 }]);
    expect(doc.body).toMatchObject([{ block: 'section', line: 2 }]);
  });

  it('reads bullet-and-entry pairs as an unnumbered table of contents', () => {
    expect(read('BEBEN').toc).toEqual([{ line: 1, start: 0 }, { line: 3, start: 2 }]);
  });

  it('reads a run of list items that are entries as a table of contents, one alone as a list', () => {
    expect(read('JJ_N').toc).toEqual([{ line: 0, start: 0 }, { line: 1, start: 1 }]);
    const alone = read('tJ_t');
    expect(alone.toc).toBeNull();
    expect([...alone.pre, ...alone.body]).toContainEqual({ block: 'list', line: 1, items: [1] });
  });

  it('reads a tag after the dateline and one before the link, in a section only', () => {
    expect((blocks('ND_gtgL')[0] as { items: unknown[] }).items).toEqual([
      { block: 'dateline', line: 1, last: 1, captions: [], tags: [{ block: 'tag', line: 3 }] },
      { block: 'paragraph', line: 4 },
      { block: 'tag', line: 5 },
      { block: 'leaf', line: 6 },
    ]);
    expect(blocks('DgL')).toEqual([
      { block: 'dateline', line: 0, last: 0, captions: [], tags: [] },
      { block: 'paragraph', line: 1 },
      { block: 'leaf', line: 2 },
    ]);
  });

  it('marks a section’s first text before its dateline as the lead', () => {
    expect(blocks('N_tD')[0]).toMatchObject({ block: 'section', lead: 2 });
  });

  it('ends a turn at a participants intro, and the participants list at a period', () => {
    expect(blocks('VtpttoT')).toEqual([
      { block: 'turn', line: 0, items: [{ block: 'paragraph', line: 1 }] },
      { block: 'participants', line: 2, items: [3, 4, 5] },
      { block: 'paragraph', line: 6 },
    ]);
  });

  it('joins a bare dateline with the time and place under it, then reads the captions', () => {
    expect(blocks('DTgoo_t', { ...yes, bareDateline: () => true })[0]).toEqual({ block: 'dateline', line: 0, last: 2, captions: [3, 4], tags: [] });
  });

  it('joins a dateline with its place alone after one or two blank lines where the lines say so (placeBelow)', () => {
    expect(blocks('D_g_t', { ...yes, placeBelow: () => true })[0]).toEqual({ block: 'dateline', line: 0, last: 2, captions: [], tags: [] });
    expect(blocks('D__g_t', { ...yes, placeBelow: () => true })[0]).toEqual({ block: 'dateline', line: 0, last: 3, captions: [], tags: [] });
    expect(blocks('D_g_t', yes)[0]).toEqual({ block: 'dateline', line: 0, last: 0, captions: [], tags: [] });
  });

  it('reads an untimed entry’s wrapped timestamp, a dateline under it, inside the table of contents', () => {
    const doc = read('NNDN_Vt', { ...yes, untimed: (i) => i === 1 });
    expect(doc.toc).toEqual([{ line: 0, start: 0 }, { line: 1, start: 1, last: 2 }, { line: 3, start: 3 }]);
    // Under a heading that has its timestamp, a dateline ends the table.
    expect(read('NNDN_Vt', yes).toc).toEqual([{ line: 0, start: 0 }, { line: 1, start: 1 }]);
  });

  it('reads no gallery captions under a dateline when a line opening in small letters goes on the run (a hard-wrapped lead)', () => {
    const bare = { ...yes, bareDateline: () => true };
    expect(blocks('DTgtt_t', bare)[0]).toEqual({ block: 'dateline', line: 0, last: 2, captions: [3, 4], tags: [] });
    expect(blocks('DTgttt_t', { ...bare, wrapped: (i) => i === 5 })[0]).toEqual({ block: 'dateline', line: 0, last: 2, captions: [], tags: [] });
  });

  it('reads the line under a counter alone as its photo’s caption where a blank line closes it and the lines say so (captionUnder)', () => {
    const under = { ...yes, captionUnder: () => true };
    expect(blocks('Co_Co_', under)).toEqual([{ block: 'counter', line: 0, caption: 1 }, null, { block: 'counter', line: 3, caption: 4 }, null]);
    expect(blocks('Co', under)).toEqual([{ block: 'counter', line: 0, caption: 1 }]);
    // Text that goes on under it, or up to the next counter, is the event's; and so where the lines say no.
    expect(blocks('Cot_', under).map((b) => b?.block)).toEqual(['leaf', 'paragraph', 'paragraph', undefined]);
    expect(blocks('CoC', under).map((b) => b?.block)).toEqual(['leaf', 'paragraph', 'leaf']);
    expect(blocks('Co_', yes).map((b) => b?.block)).toEqual(['leaf', 'paragraph', undefined]);
  });

  it('asks captionUnder of a counter with no caption on its line, over one sentence that opens in capitals', () => {
    const read = (text: string) => parse(text).tree.children.map((n) => n.type);
    const body = 'Les présidents ont assisté à une cérémonie religieuse en l’église de l’Icône.';
    const page = (under: string) => `Visite à Valaam\n\n1er août 2025 à 13h30 à Valaam\n\n1 sur 16\n${under}\n\n${body}`;
    expect(read(page('Visite au monastère de Valaam.'))).toEqual(['paragraph', 'dateline', 'photoCounter', 'caption', 'paragraph']);
    // Two sentences, or a line opening in small letters, are the event's text.
    expect(read(page('Visite au monastère. Les présidents sont arrivés.'))).toEqual(['paragraph', 'dateline', 'photoCounter', 'paragraph', 'paragraph']);
    expect(read(page('lors de la visite au monastère de Valaam.'))).toEqual(['paragraph', 'dateline', 'photoCounter', 'paragraph', 'paragraph']);
    // A counter with its caption on its line has no caption under it.
    expect(read(page('Les présidents arrivent au monastère.').replace('1 sur 16\n', '1 sur 16 Visite au monastère de Valaam.\n'))).toEqual(['paragraph', 'dateline', 'photoCounter', 'caption', 'paragraph', 'paragraph']);
  });

  it('accepts any token string', () => {
    for (const tokens of ['', '_', 'HHH', 'SSNN', 'BEB', 'VVV_pop', 'DTDT', 'mtm']) expect(() => read(tokens)).not.toThrow();
  });
});

describe('line tokens, as parse writes them', () => {
  it('give a participants intro, a tag, a period-ended and other text their own tokens', () => {
    const text = ['1°/Titre – 1 mai 2024', 'Texte de tête', '1 mai 2024', 'Territoire de Perm', 'La Russie était représentée par', 'le ministre Sergueï Lavrov,', 'le ministre de la Défense.', 'Suite du texte ici.'].join('\n');
    const { tree } = parse(text);
    expect(nodesOfType(tree, 'tag').map((t) => t.value)).toEqual(['Territoire de Perm']);
    expect(nodesOfType(tree, 'participant').map((p) => p.value)).toEqual(['le ministre Sergueï Lavrov', 'le ministre de la Défense']);
    expect(nodesOfType(tree, 'paragraph').find((p) => p.lead)?.value).toBe('Texte de tête');
  });
});
