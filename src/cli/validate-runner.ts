/**
 * Runs `pressdoc validate` over many files: in worker threads (a
 * {@link WorkerPool}, loaded only when threads are used) or in the main thread, and hands the results back in the order of
 * the file list whatever order they finish in.
 *
 * A failure stays with its file. An exception while checking a file is
 * caught where it happens; a worker thread that dies (out of memory, most
 * likely) takes only the file it was checking with it: the other files of
 * its batch are checked again in a new thread. In the main thread, a file
 * large enough to exhaust memory is checked in a worker thread of its own.
 *
 * @internal
 * @module
 */

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { showName } from './show.js';
import { readTask, validateBytes, type FileResult, type FileTask } from './validate-file.js';
import type { Batch } from './validate-worker.js';
import type { WorkerPool } from './worker-pool.js';
import { POOL_MIN_FILES } from './validate-settings.js';

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
  /** Worker threads to use (see {@link workerCount}); 1 checks in the main thread. */
  jobs: number;
  /** The worker module (`dist/validate-worker.js`); when it is missing, everything is checked in the main thread. */
  worker: URL;
  /** Files per task sent to a worker: larger batches cost fewer messages, smaller ones balance better. */
  batch: number;
  /** Bytes read at most per file (`--max-file-size`). */
  maxBytes: number;
  /** Options of `validate` besides `rules`, for every file. */
  extra?: FileTask['extra'];
  /** Check every file in the main thread: `extra` cannot cross to a worker (a plugin's functions). */
  mainThreadOnly?: boolean;
}

/** The worker built beside the command line: `dist/validate-worker.js` next to `dist/cli.js`. */
export const WORKER_URL = new URL('./validate-worker.js', import.meta.url);


export { DEFAULT_BATCH, POOL_MIN_FILES } from './validate-settings.js';

/**
 * Files read ahead of the one being checked in the main thread: enough to
 * keep a read always in flight while a file is parsed, few enough to hold
 * little memory (each at most `--max-file-size`).
 */
export const READ_AHEAD = 4;

/**
 * In the main thread, files larger than this are checked in a worker
 * thread of their own, whose death (out of memory) the run survives: 16
 * times the largest sample, while a main-thread parse of this size stays
 * far from the heap limit.
 */
export const ISOLATE_ABOVE = 1024 * 1024;

/**
 * How many worker threads to start for `files` files: never more than the
 * files, nor than the machine's available parallelism. 1 means the main
 * thread.
 *
 * With no `--jobs` given, threads are used only where they pay: on a
 * machine with more than 2 cores (`os.availableParallelism()`) and for
 * {@link POOL_MIN_FILES} files or more. On 2 cores, `npm run
 * bench:validate` measured `--jobs 2` no faster than `--jobs 1` (0.98× on
 * 2,000 files): the main thread's own work and the threads' start-up eat
 * the second core.
 */
export function workerCount(requested: number | undefined, files: number, parallelism: number = availableParallelism()): number {
  if (requested === undefined) return parallelism > 2 && files >= POOL_MIN_FILES ? parallelism : 1;
  return Math.max(1, Math.min(requested, files, parallelism));
}

/** A pool of `size` threads running `worker`; the pool's module is loaded here, at the first use, so that a run in the main thread never loads it. */
async function startPool(worker: URL, size: number): Promise<WorkerPool<Batch, FileResult[]>> {
  const { WorkerPool } = await import('./worker-pool.js');
  return new WorkerPool<Batch, FileResult[]>(worker, size);
}

/** The error record of a file whose worker thread died while checking it. */
function workerDied(file: string, err: unknown): FileResult {
  const message = err instanceof Error ? err.message : String(err);
  const oom = (err as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory limit|out of memory/i.test(message);
  return {
    file,
    error: oom
      ? `'${showName(file)}' could not be checked: checking it ran out of memory (${message}). Please report it.`
      : `'${showName(file)}' could not be checked: the worker thread checking it failed, please report it: ${message}`,
  };
}

/** A shared cell for {@link Batch.current}, starting at -1 (no file started). */
function currentCell(): Int32Array {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  cell[0] = -1;
  return cell;
}

/**
 * Checks `inputs` and calls `deliver` once per input, in the order of
 * `inputs`, as soon as it and every input before it are done; `progress`
 * after each, with the count done so far (in any order).
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
    return {
      file: input.file,
      rules,
      maxBytes: settings.maxBytes,
      named: input.named,
      ...(settings.extra ? { extra: settings.extra } : {}),
      ...(input.bytes ? { bytes: input.bytes } : {}),
    };
  };

  const workerPath = settings.worker.protocol === 'file:' ? fileURLToPath(settings.worker) : undefined;
  const haveWorker = settings.mainThreadOnly !== true && workerPath !== undefined && existsSync(workerPath);
  const threads = Math.min(settings.jobs, inputs.length);

  if (threads <= 1 || !haveWorker) {
    // A worker thread of its own for the large files, started on the first one.
    let isolated: WorkerPool<Batch, FileResult[]> | undefined;
    // Reads run ahead of the checks: the next files are read (in libuv's
    // threads) while this one is parsed, instead of the main thread waiting
    // for each read in turn (measured: 28% of a 2,000-file run was idle).
    const reads: Array<Promise<Uint8Array | FileResult>> = [];
    const readAhead = (upTo: number): void => {
      for (let k = reads.length; k < Math.min(upTo, inputs.length); k++) reads.push(readTask(task(k)));
    };
    try {
      for (let i = 0; i < inputs.length; i++) {
        const t = task(i);
        readAhead(i + 1 + READ_AHEAD);
        const bytes = await (reads[i] as Promise<Uint8Array | FileResult>);
        delete reads[i]; // read: let its bytes be collected once checked
        if (!haveWorker && bytes instanceof Uint8Array) {
          settle(i, validateBytes(t.file, bytes, rules, settings.extra));
          continue;
        }
        if (!(bytes instanceof Uint8Array)) settle(i, bytes);
        else if (bytes.length <= ISOLATE_ABOVE) settle(i, validateBytes(t.file, bytes, rules, settings.extra));
        else {
          isolated ??= await startPool(settings.worker, 1);
          // Moved, not copied: a buffer this large is the file's own (Node pools only small ones).
          const transferList = bytes.buffer.byteLength > ISOLATE_ABOVE ? [bytes.buffer as ArrayBuffer] : [];
          const out = await isolated.run({ tasks: [{ ...t, bytes }], current: currentCell() }, transferList).then(
            (r) => r[0] as FileResult,
            (err: unknown) => workerDied(t.file, err),
          );
          settle(i, out);
        }
      }
    } finally {
      await isolated?.destroy();
    }
    return 'main-thread';
  }

  const pool = await startPool(settings.worker, threads);
  // Batches no larger than a fair share, so that a short list still keeps every thread busy.
  const batch = Math.max(1, Math.min(settings.batch, Math.ceil(inputs.length / threads)));
  const runBatch = async (indexes: readonly number[]): Promise<void> => {
    const current = currentCell();
    let out: FileResult[] | undefined;
    let failure: unknown;
    try {
      out = await pool.run({ tasks: indexes.map(task), current });
    } catch (err) {
      failure = err;
    }
    if (out) {
      indexes.forEach((i, k) => settle(i, out[k] as FileResult));
      return;
    }
    const k = Atomics.load(current, 0);
    if (k < 0 || k >= indexes.length) {
      // The thread died before it started on a file: nothing to tell them apart by.
      for (const i of indexes) settle(i, workerDied((inputs[i] as Input).file, failure));
      return;
    }
    settle(indexes[k] as number, workerDied((inputs[indexes[k] as number] as Input).file, failure));
    // The files before it were checked but their results died with the thread; those after it were never reached.
    const rest = indexes.filter((_, j) => j !== k);
    if (rest.length > 0) await runBatch(rest);
  };
  try {
    // Enough batches in flight to keep every thread busy, few enough to keep
    // the reorder buffer (and memory) small on a huge run.
    const limit = threads * 4;
    const running = new Set<Promise<void>>();
    for (let start = 0; start < inputs.length; start += batch) {
      const indexes = Array.from({ length: Math.min(batch, inputs.length - start) }, (_, k) => start + k);
      const tracked: Promise<void> = runBatch(indexes).finally(() => running.delete(tracked));
      running.add(tracked);
      if (running.size >= limit) await Promise.race(running);
    }
    await Promise.all(running);
  } finally {
    await pool.destroy();
  }
  return 'pool';
}
