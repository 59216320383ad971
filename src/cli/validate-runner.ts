/**
 * Runs `pressdoc validate` over many files: in worker threads (a piscina
 * pool of `--jobs` threads) or in the main thread (`--jobs 1`), and hands
 * the results back in the order of the file list whatever order they
 * finish in.
 *
 * @internal
 * @module
 */

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { validateFile, type FileResult, type FileTask } from './validate-file.js';

/** How {@link checkFiles} runs. */
export interface RunSettings {
  /** Threads to use; 1 (or a single file) checks in the main thread, with no pool. */
  jobs: number;
  /** The worker module (`dist/validate-worker.js`); when it is missing, files are checked in the main thread. */
  worker: URL;
  /** Files per task sent to a worker: larger batches cost fewer messages, smaller ones balance better. */
  batch: number;
}

/** The worker built beside the command line: `dist/validate-worker.js` next to `dist/cli.js`. */
export const WORKER_URL = new URL('./validate-worker.js', import.meta.url);

/**
 * Files per worker task. A file takes milliseconds to parse, so the cost of
 * a message to a worker is small either way; batches of 8 cut the messages
 * of a 2,000-file run to 250 while keeping every thread busy to the end.
 */
export const DEFAULT_BATCH = 8;

/**
 * Checks `files` and calls `deliver` once per file, in the order of
 * `files`, as soon as it and every file before it are done; `progress`
 * after each file, with the count done so far (in any order).
 *
 * @returns `'pool'` or `'main-thread'`: where the files were checked.
 */
export async function checkFiles(
  files: readonly string[],
  rules: FileTask['rules'],
  settings: RunSettings,
  deliver: (result: FileResult) => void,
  progress?: (done: number, total: number) => void,
): Promise<'pool' | 'main-thread'> {
  const results: Array<FileResult | undefined> = new Array(files.length);
  let next = 0;
  let done = 0;
  const settle = (index: number, result: FileResult): void => {
    results[index] = result;
    done++;
    progress?.(done, files.length);
    while (next < files.length && results[next] !== undefined) {
      deliver(results[next] as FileResult);
      results[next] = undefined; // delivered: let it be collected
      next++;
    }
  };

  const workerPath = settings.worker.protocol === 'file:' ? fileURLToPath(settings.worker) : undefined;
  if (settings.jobs <= 1 || files.length <= 1 || workerPath === undefined || !existsSync(workerPath)) {
    for (let i = 0; i < files.length; i++) settle(i, await validateFile({ file: files[i] as string, rules }));
    return 'main-thread';
  }

  const pool = new Piscina<FileTask[], FileResult[]>({
    filename: settings.worker.href,
    minThreads: settings.jobs,
    maxThreads: settings.jobs,
  });
  try {
    // Enough batches in flight to keep every thread busy, few enough to keep
    // the reorder buffer (and memory) small on a huge run.
    const limit = settings.jobs * 4;
    const running = new Set<Promise<void>>();
    for (let start = 0; start < files.length; start += settings.batch) {
      const indexes = Array.from({ length: Math.min(settings.batch, files.length - start) }, (_, k) => start + k);
      const tasks = indexes.map((i) => ({ file: files[i] as string, rules }));
      const job: Promise<void> = pool.run(tasks).then(
        (out) => indexes.forEach((i, k) => settle(i, out[k] as FileResult)),
        (err: unknown) =>
          indexes.forEach((i) =>
            settle(i, { file: files[i] as string, error: `internal error in a worker thread, please report it: ${err instanceof Error ? err.message : String(err)}` }),
          ),
      );
      const tracked = job.finally(() => running.delete(tracked));
      running.add(tracked);
      if (running.size >= limit) await Promise.race(running);
    }
    await Promise.all(running);
  } finally {
    await pool.destroy();
  }
  return 'pool';
}
