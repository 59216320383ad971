/**
 * The two groups of documents with gold that `npm run eval` scores:
 * `samples` (`fixtures/*.txt`, gold in `fixtures/gold/`) and `corpus`
 * (`fixtures/corpus/*.txt`, gold in `fixtures/corpus/gold/`).
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { predict, type Annotations, type EvalDoc } from './score.js';

/** The group names, in report order. */
export const GROUPS = ['samples', 'corpus'] as const;
/** One group of documents. */
export type Group = (typeof GROUPS)[number];

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const DIRS: Record<Group, string> = { samples: root, corpus: join(root, 'corpus') };

/**
 * Reads every `.txt` of a group that has a gold file, parses it and
 * extracts its predictions, in file-name order. A text without gold is left
 * out (there is nothing to score it against). Never throws on a document:
 * a parse that throws gives `predicted: null`.
 */
export function loadGroup(group: Group): EvalDoc[] {
  const dir = DIRS[group];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => {
      const goldPath = join(dir, 'gold', `${basename(name, '.txt')}.json`);
      if (!existsSync(goldPath)) return [];
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Annotations;
      return [{ name, gold, predicted: predict(readFileSync(join(dir, name), 'utf8')) }];
    });
}
