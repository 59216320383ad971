// src/generated/grammar.js is compiled from grammar/pressdoc.peggy and
// committed; this test fails when someone edits the grammar and forgets to
// recompile it (or edits the compiled file by hand).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileGrammar, compileStructure } from '../scripts/build-grammar.mjs';

const generatedPath = new URL('../src/generated/grammar.js', import.meta.url);

/** `line N: committed "…" / fresh "…"` for the first line that differs. */
function firstDifference(committed: string, fresh: string): string {
  const a = committed.split('\n');
  const b = fresh.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const show = (s: string | undefined) => (s === undefined ? '(end of file)' : JSON.stringify(s.slice(0, 120)));
      return `first difference at line ${i + 1}: committed ${show(a[i])}, fresh ${show(b[i])}`;
    }
  }
  return 'no line differs';
}

describe('src/generated/grammar.js', () => {
  it('is a fresh compile of grammar/pressdoc.peggy', () => {
    const committed = readFileSync(generatedPath, 'utf8');
    const fresh = compileGrammar();
    const message =
      'src/generated/grammar.js is stale: run `npm run grammar` and commit src/generated/grammar.js' +
      (committed === fresh ? '' : ` (${firstDifference(committed, fresh)})`);
    // Compare as a boolean with a message: a diff of the whole 150 kB file helps no one.
    expect(committed === fresh, message).toBe(true);
  });
});

describe('src/generated/structure.js', () => {
  it('is a fresh compile of grammar/structure.peggy', () => {
    const committed = readFileSync(new URL('../src/generated/structure.js', import.meta.url), 'utf8');
    const fresh = compileStructure();
    const message =
      'src/generated/structure.js is stale: run `npm run grammar` and commit src/generated/structure.js' +
      (committed === fresh ? '' : ` (${firstDifference(committed, fresh)})`);
    expect(committed === fresh, message).toBe(true);
  });
});
