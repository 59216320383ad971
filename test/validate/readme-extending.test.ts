// The README's "Extending" example type-checks under strict and prints what its comments say.
import { describe, expect, it } from 'vitest';
import { readmeExample, runExample } from '../support/readme-snippet.js';

describe('the README’s “Extending” example', { timeout: 60_000 }, () => {
  const code = readmeExample('Extending');

  it('type-checks under strict and runs, printing what its comments say', () => {
    expect(code, 'README.md has a "## Extending" section with a ts block').toBeDefined();
    const r = runExample(code!, 'pressdoc-readme-extending-');
    expect(r.tscOutput).toBe('');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // Each console.log prints what its comment says.
    const said = [...code!.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]);
    expect(r.stdout).toBe(said.map((s) => `${s}\n`).join(''));
  });
});
