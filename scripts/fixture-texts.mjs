// The real documents the benchmarks time, read once here for all of them:
// the samples (fixtures/*.txt) and the corpus pages (fixtures/corpus/*.txt),
// byte for byte, in file-name order.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const fixtures = resolve(import.meta.dirname, '..', 'fixtures');

/** The folders of the two groups: `samples` and `corpus`. */
export const FIXTURE_DIRS = { samples: fixtures, corpus: join(fixtures, 'corpus') };

/** The texts of every `.txt` file of `dir` (not of its subfolders), sorted by file name. */
export function readTexts(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}
