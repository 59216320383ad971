/**
 * The command line's one door to Node's ES module loader: `import()` of a
 * file by its path, for the configuration file (`pressdoc.config.mjs`, which
 * may import plugins in turn).
 *
 * Built as a file of its own (dist/import-file.cjs) beside the command line:
 * code run from V8's code cache (src/cli/code-cache.ts) cannot call
 * `import()` on Node 20 (the loader's callback is not restored with the
 * cache), code compiled by Node's own loader can.
 *
 * @internal
 * @module
 */
import { pathToFileURL } from 'node:url';

/**
 * Imports the module at `path` (an ES module, or CommonJS as `import()`
 * reads it) and returns its namespace.
 *
 * @param path - Absolute path of the file.
 */
export function importFile(path: string): Promise<Record<string, unknown>> {
  return import(pathToFileURL(path).href) as Promise<Record<string, unknown>>;
}
