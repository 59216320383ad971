// Property tests of parse's contract (see test/support/properties.ts) over
// random hostile text and edited samples. CI runs a bounded number of cases
// with a random seed (printed on failure; replay with
// `npm run fuzz -- --seed N --property NAME`); `npm run fuzz` runs the same
// properties for a time budget.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { hostileText, mutatedSample, sampleExcerpt } from './support/arbitraries.js';
import { contractProblems } from './support/properties.js';

describe('parse keeps its contract', () => {
  test.prop([hostileText], { numRuns: 1000 })('on random hostile text', (text) => {
    expect(contractProblems(text)).toEqual([]);
  });

  test.prop([sampleExcerpt], { numRuns: 1000 })('on edited excerpts of the samples', (text) => {
    expect(contractProblems(text)).toEqual([]);
  });

  test.prop([mutatedSample], { numRuns: 150 })('on whole samples with lines dropped, duplicated, swapped, cut, hazards put in', (text) => {
    expect(contractProblems(text)).toEqual([]);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 300 })], { numRuns: 1000 })('on any UTF-16 string, lone surrogates included', (text) => {
    expect(contractProblems(text)).toEqual([]);
  });

  test.prop([hostileText, fc.nat({ max: 400 }), fc.nat({ max: 120 })], { numRuns: 500 })(
    'with tight limits, which turn the rest into paragraphs without losing text',
    (text, maxLength, maxLineLength) => {
      expect(contractProblems(text, { limits: { maxLength, maxLineLength } })).toEqual([]);
    },
  );
});
