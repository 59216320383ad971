/**
 * Stands in for `node:child_process` in commander, which requires it when it
 * loads, for executable subcommands (`git`-style `pressdoc-foo` files);
 * pressdoc has none, and loading the module (with `net`, `dgram` and the
 * stream machinery it pulls in) cost every `pressdoc` run about a tenth of
 * a bare `node` start. The build (tsup.config.ts) resolves commander's
 * import of it to this file; the real module loads on the first call.
 *
 * @internal
 * @module
 */
import type * as ChildProcess from 'node:child_process';
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** `child_process.spawn`, with the module loaded on this first use. */
export const spawn: typeof ChildProcess.spawn = ((...args: Parameters<typeof ChildProcess.spawn>) =>
  (load('node:child_process') as typeof ChildProcess).spawn(...args)) as typeof ChildProcess.spawn;
