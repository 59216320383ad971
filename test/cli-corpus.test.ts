// A batch of mutated copies of the samples (scripts/make-corpus.mjs: lines
// dropped, swapped, repeated, files cut) through the built `pressdoc
// validate`: no crash, every file checked, the same answer from the main
// thread and from worker threads. `npm run bench:validate` runs 2,000.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validationDiagnosticSchema } from '../src/schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
const COUNT = 200;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressdoc-corpus-test-'));
  const made = spawnSync(process.execPath, [join(root, 'scripts', 'make-corpus.mjs'), '--count', String(COUNT), '--seed', '7', '--out', dir], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const validateCorpus = (jobs: number) =>
  spawnSync(process.execPath, [cli, 'validate', dir, '--jobs', String(jobs), '--format', 'pressdoc-json'], { encoding: 'utf8', timeout: 180_000, maxBuffer: 256 * 1024 * 1024 });

describe(`pressdoc validate on ${COUNT} mutated samples`, { timeout: 240_000 }, () => {
  it('the generator is seeded: the same seed gives the same files, another seed other files', () => {
    const make = (seed: number) => {
      const out = mkdtempSync(join(tmpdir(), 'pressdoc-corpus-seed-'));
      spawnSync(process.execPath, [join(root, 'scripts', 'make-corpus.mjs'), '--count', '12', '--seed', String(seed), '--out', out]);
      const files = readdirSync(out).sort().map((n) => readFileSync(join(out, n), 'utf8'));
      rmSync(out, { recursive: true, force: true });
      return files;
    };
    const a = make(7);
    expect(a).toHaveLength(12);
    expect(make(7)).toEqual(a);
    expect(make(8)).not.toEqual(a);
  });

  it('checks every file without a crash, finds errors (exit 1), and gives the same output with 1 and 2 jobs', () => {
    const one = validateCorpus(1);
    const two = validateCorpus(2);
    for (const r of [one, two]) {
      expect(r.signal).toBeNull();
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
    }
    expect(two.stdout).toBe(one.stdout);

    const results = JSON.parse(one.stdout) as Array<{ file: string; diagnostics?: unknown[]; error?: string }>;
    expect(results).toHaveLength(COUNT);
    expect(results.filter((x) => x.error !== undefined)).toEqual([]);
    const names = results.map((x) => x.file);
    expect(names).toEqual([...names].sort());
    const rules = new Set<string>();
    for (const x of results) for (const d of x.diagnostics!) rules.add(validationDiagnosticSchema.parse(d).rule);
    // The mutations show up as the rules meant to catch them.
    for (const rule of ['gallery-sequence', 'caption-sequence', 'truncated', 'toc-matches-sections', 'page-chrome']) expect(rules).toContain(rule);
  });
});
