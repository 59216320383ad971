// The rules stay linear in what they are given: a gap of a million photos is
// one run of numbers, a long table of contents is not repeated in every
// finding, a long gallery does not spread onto the stack. The sizes that
// showed the old quadratic work are in scripts/pathological-inputs.mjs,
// run by test/pathological.test.ts.
import { describe, expect, it } from 'vitest';
import { listNumbers, sequenceProblems } from '../../src/validate/sequence.js';
import { brief, findingsOf, heading, lines, link } from './helpers.js';

const numbered = (...ns: number[]) => ns.map((n) => ({ n, node: n }));

describe('sequenceProblems and listNumbers work on runs of numbers', () => {
  it('a gap of a million is one run, a number that comes later is left out of it', () => {
    expect(sequenceProblems(numbered(1, 999_999))).toEqual([
      { kind: 'gap', item: { n: 999_999, node: 999_999 }, previous: { n: 1, node: 1 }, missing: [[2, 999_998]] },
    ]);
    const [gap, order] = sequenceProblems(numbered(1, 9, 3));
    expect(gap).toMatchObject({ kind: 'gap', missing: [[2, 2], [4, 8]] });
    expect(order).toMatchObject({ kind: 'order', item: { n: 3 } });
    // 1 and 2 come later: out of order, not missing.
    expect(sequenceProblems(numbered(5, 1, 2))[0]).toMatchObject({ kind: 'start', missing: [[3, 4]] });
    expect(sequenceProblems(numbered(3, 4))[0]).toMatchObject({ kind: 'start', missing: [[1, 2]] });
  });

  it('writes runs of more than three numbers as `a to b`, the others one by one', () => {
    expect(listNumbers([[5, 5]])).toBe('5');
    expect(listNumbers([[5, 6]])).toBe('5 and 6');
    expect(listNumbers([[5, 7]])).toBe('5, 6 and 7');
    expect(listNumbers([[5, 9]])).toBe('5 to 9');
    expect(listNumbers([[2, 2], [4, 8]], (n) => `${n}/12`)).toBe('2/12 and 4/12 to 8/12');
  });
});

describe('messages of the rules on large numbers and long lists', () => {
  it('gallery-sequence names a gap of a million photos as a range', () => {
    const text = lines(heading(1), '1/999999', '999999/999999', link(1));
    expect(brief(findingsOf('gallery-sequence', text))).toEqual([
      '3:1 Expected photo 2/999999 after 1/999999 (line 2), found 999999/999999; photos 2/999999 to 999998/999999 are missing.',
    ]);
  });

  it('gallery-sequence checks a gallery of 600,000 counters without overflowing the stack', () => {
    // 1/600000 to 599999/600000: the gallery stops one photo short.
    const text = `${Array.from({ length: 599_999 }, (_, i) => `${i + 1}/600000`).join('\n')}\n`;
    expect(brief(findingsOf('gallery-sequence', text))).toEqual([
      '599999:1 Expected the gallery to end at 600000/600000, found 599999/600000 as its last counter; photo 600000/600000 is missing.',
    ]);
  });

  it('toc-matches-sections lists at most ten table-of-contents entries in a message', () => {
    const toc = Array.from({ length: 12 }, (_, i) => heading(i + 1));
    const text = lines(...toc, '', ...toc.flatMap((h, i) => [h, link(74100 + i), '']), heading(20, 'Titre 20', '20 mai 2024 à 10h00 à Minsk'), link(74200));
    expect(brief(findingsOf('toc-matches-sections', text))).toEqual([
      '50:1 Expected only the sections the table of contents lists (1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more), found section 20 `Titre 20`.',
    ]);
  });
});
