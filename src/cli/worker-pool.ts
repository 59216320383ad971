/**
 * A small pool of worker threads for `pressdoc validate`, on
 * `node:worker_threads` alone: a fixed number of threads at most, one task
 * at a time in each, tasks queued in order.
 *
 * It replaces piscina, which library users had to install with the command
 * line (and its native optional binary) although `validate` asks for no more
 * than this. A thread that dies (out of memory, most likely) fails only the
 * task it was running, with the error it died of; the next task gets a new
 * thread.
 *
 * The worker module answers messages `{ id, task }` with `{ id, result }` or
 * `{ id, error }`: see {@link serveTasks}.
 *
 * @internal
 * @module
 */

import { parentPort, Worker, type Transferable } from 'node:worker_threads';

/** What the pool posts to a thread. */
interface Request<T> {
  id: number;
  task: T;
}

/** What a thread answers: the result, or the message of what it threw. */
type Reply<R> = { id: number; result: R } | { id: number; error: string };

interface Job<T, R> {
  id: number;
  task: T;
  transferList: readonly Transferable[];
  resolve: (result: R) => void;
  reject: (err: unknown) => void;
}

interface Thread<T, R> {
  worker: Worker;
  /** The job it runs, if any. */
  job?: Job<T, R>;
  /** The error it died of, kept from its `error` event for its `exit` event. */
  failure?: unknown;
}

/** Runs tasks in at most `size` worker threads started from `url`, on demand. */
export class WorkerPool<T, R> {
  readonly #url: URL;
  readonly #size: number;
  readonly #threads = new Set<Thread<T, R>>();
  readonly #queue: Array<Job<T, R>> = [];
  #nextId = 0;
  #destroyed = false;

  /**
   * @param url - The worker module, which calls {@link serveTasks}.
   * @param size - Threads at most, 1 or more.
   */
  constructor(url: URL, size: number) {
    this.#url = url;
    this.#size = Math.max(1, size);
  }

  /**
   * Runs `task` in a thread. `transferList` is moved to the thread, not
   * copied. Rejects with the thread's error when the task throws or the
   * thread dies while running it (for out of memory, an error whose `code`
   * is `ERR_WORKER_OUT_OF_MEMORY`).
   */
  run(task: T, transferList: readonly Transferable[] = []): Promise<R> {
    if (this.#destroyed) return Promise.reject(new Error('the worker pool is destroyed'));
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, task, transferList, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops every thread; tasks still queued or running are rejected. */
  async destroy(): Promise<void> {
    this.#destroyed = true;
    const stopped = new Error('the worker pool is destroyed');
    for (const job of this.#queue.splice(0)) job.reject(stopped);
    const threads = [...this.#threads];
    this.#threads.clear();
    for (const t of threads) {
      t.job?.reject(stopped);
      t.job = undefined;
    }
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  /** Gives queued jobs to idle threads, starting threads up to the size. */
  #dispatch(): void {
    while (this.#queue.length > 0) {
      let idle: Thread<T, R> | undefined;
      for (const t of this.#threads) {
        if (t.job === undefined) {
          idle = t;
          break;
        }
      }
      if (idle === undefined) {
        if (this.#threads.size >= this.#size) return;
        idle = this.#start();
      }
      const job = this.#queue.shift() as Job<T, R>;
      idle.job = job;
      const request: Request<T> = { id: job.id, task: job.task };
      idle.worker.postMessage(request, job.transferList);
    }
  }

  #start(): Thread<T, R> {
    const thread: Thread<T, R> = { worker: new Worker(this.#url) };
    thread.worker.on('message', (reply: Reply<R>) => {
      const job = thread.job;
      if (job === undefined || reply.id !== job.id) return;
      thread.job = undefined;
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.result);
      this.#dispatch();
    });
    thread.worker.on('error', (err) => {
      thread.failure = err;
    });
    thread.worker.on('exit', (code) => {
      if (!this.#threads.delete(thread)) return; // destroyed
      const job = thread.job;
      thread.job = undefined;
      job?.reject(thread.failure ?? new Error(`the worker thread stopped (exit code ${code})`));
      // The next job gets a new thread.
      this.#dispatch();
    });
    this.#threads.add(thread);
    return thread;
  }
}

/**
 * In a worker module: answers each task of a {@link WorkerPool} with
 * `handle(task)`, one after the other. Does nothing outside a worker thread,
 * so that the module can also be imported.
 */
export function serveTasks<T, R>(handle: (task: T) => R | Promise<R>): void {
  const port = parentPort;
  if (port === null) return;
  let chain = Promise.resolve();
  port.on('message', (request: Request<T>) => {
    chain = chain.then(async () => {
      let reply: Reply<R>;
      try {
        reply = { id: request.id, result: await handle(request.task) };
      } catch (err) {
        reply = { id: request.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
      }
      port.postMessage(reply);
    });
  });
}
