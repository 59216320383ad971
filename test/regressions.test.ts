// The failure corpus: every input that ever broke the parser
// (fixtures/regressions/, see its README.md). Each must keep parse's whole
// contract and read the same under every hazard.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HAZARD_KINDS, type HazardName, contractProblems, hazardProblems } from './support/properties.js';

const folder = fileURLToPath(new URL('../fixtures/regressions/', import.meta.url));
const files = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();

describe('failure corpus', () => {
  it('is not empty', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s keeps the contract and reads the same under every hazard', (name) => {
    const text = readFileSync(`${folder}${name}`, 'utf8');
    expect(contractProblems(text)).toEqual([]);
    for (const hazard of Object.keys(HAZARD_KINDS) as HazardName[]) expect(hazardProblems(text, hazard)).toEqual([]);
  });
});
