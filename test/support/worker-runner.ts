// Runs jobs in a worker thread one at a time, with a hang guard per job and
// a cap on the worker's heap. A job that hangs, crashes or runs out of
// memory rejects, and the next job gets a fresh worker.
import { Worker } from 'node:worker_threads';

/** Options of a {@link WorkerRunner}. */
export interface WorkerRunnerOptions {
  /** Milliseconds a job may take before the worker is terminated (a hang guard, not a speed test). */
  hangGuardMs: number;
  /** Heap cap of the worker's old generation, in MiB. */
  maxOldGenerationSizeMb: number;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };

/** A worker that answers `{ id, result }` or `{ id, error }` to each message `{ id, ...job }`. */
export class WorkerRunner {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(
    private readonly script: URL,
    private readonly options: WorkerRunnerOptions,
  ) {}

  private start(): Promise<void> {
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb } });
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.on('message', (m: { ready?: boolean; id?: number; result?: unknown; error?: string }) => {
        if (m.ready) return resolve();
        const p = m.id === undefined ? undefined : this.pending.get(m.id);
        if (!p || m.id === undefined) return;
        this.pending.delete(m.id);
        clearTimeout(p.timer);
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.result);
      });
      const fail = (error: Error): void => {
        reject(error);
        // A worker already replaced (stopped by the hang guard) must not stop its successor.
        if (this.worker === worker) this.reset(error);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
    });
    return this.ready;
  }

  private reset(error: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(error);
      this.pending.delete(id);
    }
    void worker?.terminate();
  }

  /** Runs one job; rejects on the worker's error, crash, heap exhaustion or the hang guard. */
  async run<T>(job: Record<string, unknown>): Promise<T> {
    if (!this.worker) await this.start();
    else await this.ready;
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.reset(new Error(`no answer within ${this.options.hangGuardMs} ms (hang guard): ${JSON.stringify(job)}`));
      }, this.options.hangGuardMs);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      this.worker?.postMessage({ id, ...job });
    });
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
