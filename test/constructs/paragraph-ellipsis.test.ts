import { describe, expect, it } from 'vitest';
import { endsWithEllipsis } from '../../src/constructs/paragraph.js';
import { parse } from '../../src/index.js';
import { seededRandom } from '../support/random-lines.js';

// What the paragraph builder tested before, from every position of the line.
const OLD = /(…|\.\.\.)\s*\.?$/u;

describe('endsWithEllipsis', () => {
  it('marks the endings the old regex marked', () => {
    for (const [value, expected] of [
      ['Il a dit…', true],
      ['Il a dit...', true],
      ['Il a dit… .', true],
      ['Il a dit....', true],
      ['Il a dit.. .', false],
      ['Il a dit.', false],
      ['…', true],
      ['', false],
      ['.', false],
      ['a…\u00A0\u202F.', true],
    ] as const) {
      expect(endsWithEllipsis(value), value).toBe(expected);
      expect(OLD.test(value), value).toBe(expected);
    }
  });

  it('agrees with the old regex on 20,000 random endings', () => {
    const rand = seededRandom(7);
    const pieces = ['.', '…', ' ', '\u00A0', '\t', 'a', '..', '...', '\u2009', '\n', 'é'];
    for (let i = 0; i < 20_000; i++) {
      let value = '';
      for (let n = Math.floor(rand() * 7); n > 0; n--) value += pieces[Math.floor(rand() * pieces.length)];
      expect(endsWithEllipsis(value), JSON.stringify(value)).toBe(OLD.test(value));
    }
  });
});

describe('trailing ellipsis through invisibles (issue 12)', () => {
  it('`…  \u200B.` ends with an ellipsis like `…  .`', () => {
    expect(endsWithEllipsis('Il dit…  .')).toBe(true);
    expect(endsWithEllipsis('Il dit…  \u200B.')).toBe(true);
    expect(endsWithEllipsis('Il dit. \u200B.')).toBe(false);
  });
});

describe('a line of invisibles only (issue 12)', () => {
  it('is a paragraph, so its characters lie in a leaf, with an info UNRECOGNIZED_LINE that says so', () => {
    const { tree, diagnostics } = parse('Texte.\n \u200B\u00AD\nSuite.');
    expect(tree.children.map((c) => (c.type === 'paragraph' ? c.value : c.type))).toEqual(['Texte.', '\u200B\u00AD', 'Suite.']);
    const d = diagnostics.find((x) => x.code === 'UNRECOGNIZED_LINE');
    expect(d).toMatchObject({ severity: 'info', position: { start: { line: 2, column: 1 } } });
    expect(d?.message).toMatch(/invisible format characters/);
    // Spaces alone stay a blank line.
    expect(parse('Texte.\n \t\nSuite.').tree.children).toHaveLength(2);
  });
});
