/**
 * The `pressdoc` executable (built to `dist/cli.cjs`, the package's `bin`):
 * runs the command line, `dist/cli-main.cjs` (src/cli.ts), with V8's code
 * cache (src/cli/code-cache.ts), one entry per command.
 *
 * The cache lives in the user's cache directory (`~/.cache/pressdoc/code`
 * on Linux, `~/Library/Caches/pressdoc/code` on macOS,
 * `%LOCALAPPDATA%\pressdoc\Cache\code` on Windows), or in the directory
 * `PRESSDOC_COMPILE_CACHE` names; `PRESSDOC_DISABLE_COMPILE_CACHE=1` turns
 * it off. Deleting the directory at any time is safe; V8 runs the bytecode
 * it finds there, so a directory given must be writable by the user alone
 * (the default one is made mode 0700).
 *
 * @internal
 * @module
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';
import { commandOf } from './cli/command-names.js';
import { compileWithCodeCache } from './cli/code-cache.js';

/** The directory of the code cache, or `undefined` when it is turned off. */
function cacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
  if (env.PRESSDOC_DISABLE_COMPILE_CACHE) return undefined;
  if (env.PRESSDOC_COMPILE_CACHE) return env.PRESSDOC_COMPILE_CACHE;
  return join(envPaths('pressdoc', { suffix: '' }).cache, 'code');
}

const main = compileWithCodeCache(fileURLToPath(new URL('cli-main.cjs', import.meta.url)), cacheDirectory(process.env), commandOf(process.argv.slice(2)) ?? 'other');
// Made at exit, the entry holds every function the command called.
if (main.outcome === 'missing' || main.outcome === 'rejected') process.once('exit', () => main.save());
main.run();
