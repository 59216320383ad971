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

/** One input to check: a file by name, or bytes already read (standard input). */
export interface Input {
  /** The name to show. */
  file: string;
  /** Named on the command line (read whatever it is), or found in a folder or by a glob (regular files only). */
  named: boolean;
  /** The bytes, when they were read already. */
  bytes?: Uint8Array;
}

/** How {@link checkFiles} runs. */
export interface RunSettings {
  /** Threads to use; 1 (or a single file) checks in the main thread, with no pool. */
  jobs: number;
  /** The worker module (`dist/validate-worker.js`); when it is missing, files are checked in the main thread. */
  worker: URL;
  /** Files per task sent to a worker: larger batches cost fewer messages, smaller ones balance better. */
  batch: number;
  /** Bytes read at most per file (`--max-file-size`). */
  maxBytes: number;
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
  inputs: readonly Input[],
  rules: FileTask['rules'],
  settings: RunSettings,
  deliver: (result: FileResult) => void,
  progress?: (done: number, total: number) => void,
): Promise<'pool' | 'main-thread'> {
  const results: Array<FileResult | undefined> = new Array(inputs.length);
  let next = 0;
  let done = 0;
  const settle = (index: number, result: FileResult): void => {
    results[index] = result;
    done++;
    progress?.(done, inputs.length);
    while (next < inputs.length && results[next] !== undefined) {
      deliver(results[next] as FileResult);
      results[next] = undefined; // delivered: let it be collected
      next++;
    }
  };
  const task = (i: number): FileTask => {
    const input = inputs[i] as Input;
    return { file: input.file, rules, maxBytes: settings.maxBytes, named: input.named, ...(input.bytes ? { bytes: input.bytes } : {}) };
  };

  const workerPath = settings.worker.protocol === 'file:' ? fileURLToPath(settings.worker) : undefined;
  if (settings.jobs <= 1 || inputs.length <= 1 || workerPath === undefined || !existsSync(workerPath)) {
    for (let i = 0; i < inputs.length; i++) settle(i, await validateFile(task(i)));
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
    for (let start = 0; start < inputs.length; start += settings.batch) {
      const indexes = Array.from({ length: Math.min(settings.batch, inputs.length - start) }, (_, k) => start + k);
      const tasks = indexes.map(task);
      const job: Promise<void> = pool.run(tasks).then(
        (out) => indexes.forEach((i, k) => settle(i, out[k] as FileResult)),
        (err: unknown) =>
          indexes.forEach((i) =>
            settle(i, { file: (inputs[i] as Input).file, error: `internal error in a worker thread, please report it: ${err instanceof Error ? err.message : String(err)}` }),
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
