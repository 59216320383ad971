/**
 * The worker-thread entry of `pressdoc validate`, built by tsup to
 * `dist/validate-worker.js` and loaded by piscina from beside `dist/cli.js`.
 * Each task is a batch of files, checked one after the other.
 *
 * @internal
 * @module
 */

import { validateFile, type FileResult, type FileTask } from './validate-file.js';

/** Checks a batch of files in order; piscina calls this with each task. */
export default async function run(tasks: readonly FileTask[]): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (const task of tasks) out.push(await validateFile(task));
  return out;
}
