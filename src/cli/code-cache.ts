/**
 * Runs a CommonJS file with V8's code cache: the bytecode V8 compiled for
 * the functions a run called, saved at the end of the first run and read
 * back by the next ones, which then skip parsing and compiling them.
 *
 * `pressdoc parse one-file.txt` spends about a fifth of its time compiling
 * the functions of the grammar, the builders and commander that it calls
 * once; the cache is made when the process exits (`Script#createCachedData`),
 * so it holds those functions, not only the top level that a cache made at
 * compile time holds. Node 20 has no such cache of its own for a package
 * (`module.enableCompileCache` came with Node 22).
 *
 * A cache entry is named by what makes it valid: V8's version, the
 * architecture, the file's build (the line `// pressdoc-build <hash>` at
 * its end, written by the build: V8 checks only the length of the source a
 * cache was made for, and npm gives every installed file the same
 * modification time) and the command (each command calls other functions).
 * V8 rejects data made with other flags; a rejected, missing or truncated
 * entry is rewritten. A file without the stamp runs without a cache. The
 * cache only saves time: should reading or writing it fail (a read-only
 * home, a full disk), the file runs as it would without.
 *
 * @internal
 * @module
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** What {@link compileWithCodeCache} did with the cache. */
export type CacheOutcome =
  /** No cache directory, or a file without a build stamp: compiled as without a cache. */
  | 'off'
  /** No entry yet (or it could not be read): the caller saves one at exit. */
  | 'missing'
  /** V8 accepted the entry. */
  | 'used'
  /** V8 rejected the entry (other flags, damaged data): the caller saves a new one at exit. */
  | 'rejected';

/** What starts the last line of a built file, before the hash of the text before it. */
export const BUILD_STAMP = '// pressdoc-build ';

/**
 * What the file's text is wrapped in, before it: the parameters Node gives a
 * CommonJS module, on a line of its own. Offsets into the compiled script
 * (V8's coverage) are this much past those into the file.
 */
export const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {\n';

/** A CommonJS file compiled by {@link compileWithCodeCache}, not yet run. */
export interface CachedScript {
  /** What was done with the cache. */
  readonly outcome: CacheOutcome;
  /** Runs the file, as Node runs a CommonJS module; call it once. */
  run(): void;
  /**
   * Writes the cache entry from what V8 has compiled so far (to a temporary
   * name, then renamed: parallel runs never read half an entry), or nothing
   * on any failure. Meant for the process's exit, after the run.
   */
  save(): void;
}

/**
 * Compiles `file` (a CommonJS module, to be given `exports`, `require`,
 * `module`, `__filename` and `__dirname` as Node gives them) with the code
 * cache kept in `cacheDir` under the name `key` and the file's identity;
 * `cacheDir` `undefined` compiles it without a cache. When the entry is
 * missing or rejected, the caller should {@link CachedScript.save} at exit.
 *
 * @param file - Absolute path of the CommonJS file.
 * @param cacheDir - The directory of the cache, created (mode 0700) when first written.
 * @param key - What else the entry depends on (the command), letters and digits.
 * @throws What reading `file` throws, and SyntaxError for a file that is no script.
 */
export function compileWithCodeCache(file: string, cacheDir: string | undefined, key: string): CachedScript {
  const source = readFileSync(file, 'utf8');
  let entry: string | undefined;
  let cachedData: Buffer | undefined;
  const build = buildOf(source);
  if (cacheDir !== undefined && build !== undefined) {
    entry = join(cacheDir, `${key}-${process.versions.v8}-${process.arch}-${build}.bin`);
    try {
      cachedData = readFileSync(entry);
    } catch {
      // No entry yet, or no readable one: compile, and write one at exit.
    }
  }
  const script = new Script(`${WRAPPER_HEAD}${source}\n})`, {
    filename: file,
    // The head is a line of its own: line and column numbers in stack traces are the file's.
    lineOffset: -1,
    cachedData,
    // No loader for import() in the file: on Node 20 a script made from a
    // cache loses it anyway (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), so
    // the file fails alike with and without one, and imports through a
    // module Node compiled (src/cli/import-file.ts).
  });
  const outcome: CacheOutcome = entry === undefined ? 'off' : cachedData === undefined ? 'missing' : script.cachedDataRejected === true ? 'rejected' : 'used';
  return {
    outcome,
    run() {
      const module = { exports: {}, filename: file };
      const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
      wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
    },
    save() {
      if (entry !== undefined) writeEntry(entry, script);
    },
  };
}

/**
 * The build's hash from the stamp line near the file's end (before the
 * source map's comment), or `undefined` when there is none.
 */
function buildOf(source: string): string | undefined {
  const at = source.lastIndexOf(`\n${BUILD_STAMP}`);
  if (at === -1) return undefined;
  const start = at + 1 + BUILD_STAMP.length;
  const hash = source.slice(start, start + 16);
  return /^[0-9a-f]{16}$/.test(hash) && (source.length === start + 16 || source.charCodeAt(start + 16) === 10) ? hash : undefined;
}

/**
 * Writes the script's code cache to `path`, or nothing on any failure. The
 * temporary file is opened before the cache is made: where nothing can be
 * written (a read-only home), no run pays for making it.
 */
function writeEntry(path: string, script: Script): void {
  const temporary = `${path}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    fd = openSync(temporary, 'w', 0o600);
    writeFileSync(fd, script.createCachedData());
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch {
    // A cache that cannot be written costs the next run time, nothing else.
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(temporary, { force: true });
    } catch {
      // Nor can what is left of it be removed: a stray temporary file.
    }
  }
}
