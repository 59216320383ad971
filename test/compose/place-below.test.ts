import { describe, expect, it } from 'vitest';
import { placeBelow } from '../../src/compose/place-below.js';
import { recognize } from '../../src/recognize.js';
import { resolveLimits } from '../../src/limits.js';

const lines = (text: string) => recognize(text, () => {}, resolveLimits(undefined, 'test')).lines;
const below = (text: string) => placeBelow(lines(text), 0, text);

describe('placeBelow', () => {
  it('finds the place alone after one or two blank lines under a bare date written month first', () => {
    expect(below('October 26, 2007\n\nMafra, Portugal')).toBe(2);
    expect(below('January 31, 2006\n\n\nCircular Hall, The Kremlin, Moscow')).toBe(3);
  });

  it('wants a `Venue, City`, a blank line between, and the date month first and bare', () => {
    expect(below('March 23, 2018\n\nAddress to Russia citizens')).toBe(-1);
    expect(below('March 5, 2024\n\nMoscow')).toBe(-1);
    expect(below('October 26, 2007\nMafra, Portugal')).toBe(-1);
    expect(below('October 26, 2007\n\n\n\nMafra, Portugal')).toBe(-1);
    expect(below('26 octobre 2007\n\nMafra, Portugal')).toBe(-1);
    expect(below('October 26, 2007, Lisbon\n\nMafra, Portugal')).toBe(-1);
    expect(below('October 26, 2007\n\nThe summit was held in Mafra, Portugal.')).toBe(-1);
  });
});
