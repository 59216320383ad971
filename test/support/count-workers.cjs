// Preloaded into the built command line by test/cli-robust.test.ts
// (NODE_OPTIONS=--require …): counts the worker threads the main thread
// starts and prints `workers started: N` on standard error at exit.
const threads = require('node:worker_threads');

if (threads.isMainThread) {
  const Original = threads.Worker;
  let started = 0;
  threads.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      started++;
    }
  };
  // ES modules that import { Worker } from 'node:worker_threads' see the counting class too.
  require('node:module').syncBuiltinESMExports();
  process.on('exit', () => require('node:fs').writeSync(2, `workers started: ${started}\n`));
}
