/**
 * The worker-thread entry of `pressdoc validate`, built by tsup to
 * `dist/validate-worker.js` and started by the {@link WorkerPool} of
 * `validate-runner.ts` from beside `dist/cli.js`.
 * Each task is a batch of files, checked one after the other.
 *
 * @internal
 * @module
 */

import { validateFile, type FileResult, type FileTask } from './validate-file.js';
import { serveTasks, type WorkerPool } from './worker-pool.js';

/** A batch, and where the worker says which of its files it is checking. */
export interface Batch {
  tasks: readonly FileTask[];
  /**
   * One cell shared with the main thread: the index in `tasks` of the file
   * being checked. When the thread dies (out of memory), the main thread
   * reads it to tell the file that killed it from the others of the batch.
   */
  current: Int32Array;
}

/** Checks a batch of files in order: the pool's threads call this with each task. */
export default async function run({ tasks, current }: Batch): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for (let k = 0; k < tasks.length; k++) {
    Atomics.store(current, 0, k);
    out.push(await validateFile(tasks[k] as FileTask));
  }
  return out;
}

// In a worker thread, answer the pool's batches (imported elsewhere, it does nothing).
serveTasks(run);
