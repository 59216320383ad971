import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/index.js';

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
