import { describe, expect, it } from 'vitest';
import { LineIndex, parse } from '../src/index.js';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns across LF, CRLF and CR', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    expect(index.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.point(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(index.point(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(index.point(5)).toEqual({ line: 2, column: 3, offset: 5 }); // the CR of CRLF
    expect(index.point(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(index.point(10)).toEqual({ line: 4, column: 1, offset: 10 });
    expect(index.point(12)).toEqual({ line: 4, column: 3, offset: 12 });
  });

  it('clamps offsets outside the text', () => {
    const index = new LineIndex('ab');
    expect(index.point(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.point(99)).toEqual({ line: 1, column: 3, offset: 2 });
  });

  it('counts columns in UTF-16 code units', () => {
    expect(new LineIndex('é😀x').point(3)).toEqual({ line: 1, column: 4, offset: 3 });
  });
});

describe('BOM column convention (issue 12)', () => {
  it('counts a leading BOM as column 1 of line 1: columns there are one more than editors show, offsets index the text as given', () => {
    const text = '\uFEFF1°/T – 1 mai 2024\nTexte.';
    const { tree } = parse(text);
    expect(tree.children[0]?.position.start).toEqual({ line: 1, column: 2, offset: 1 });
    expect(text.slice(tree.children[0]?.position.start.offset)).toMatch(/^1°\/T/);
    // Line 2 is unaffected.
    expect(new LineIndex(text).point(text.indexOf('Texte'))).toEqual({ line: 2, column: 1, offset: text.indexOf('Texte') });
  });
});
