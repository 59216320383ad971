// What `pressdoc` runs when a command runs, observed: each command is run
// as a child process with V8's coverage on (NODE_V8_COVERAGE), which lists
// every script the process compiled and every function it called; each
// called function of dist/ is named by its source through the file's source
// map. The command line is one CommonJS file (dist/cli-main.cjs) in which
// what a command imports with import() keeps its top level in a function:
// zod (schema, validate), tinyglobby (globs), the worker pool (validate with
// more than one worker), the validation rules and lilconfig (only where a
// configuration file may be) run only for the commands that need them, so
// that `pressdoc parse one-file.txt` starts without them. Structural facts,
// not timings: `npm run bench` prints the times (scripts/bench-cli.mjs).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_STAMP, WRAPPER_HEAD } from '../src/cli/code-cache.js';
import { useTempDir } from './support/temp-dir.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const cli = join(dist, 'cli.cjs');
const fixture = 'fixtures/dossier-6125-minsk-2024.txt';
/** Each test spawns node: allow for a loaded CI machine. */
const SLOW = 30_000;

let tmp: string;
useTempDir(cli, 'pressdoc-startup-', (dir) => (tmp = dir));
let list: string;

beforeAll(() => {
  if (!existsSync(cli)) return;
  // Node's own list of the built-in modules it has loaded, printed at exit.
  list = join(tmp, 'builtins.cjs');
  writeFileSync(list, "process.on('exit', () => require('node:fs').writeSync(2, 'BUILTINS ' + process.moduleLoadList.join(',') + '\\n'));\n");
});

interface Loaded {
  /** Exit status of the command. */
  status: number | null;
  /** The files of dist/ it compiled, relative to dist/. */
  dist: string[];
  /** The sources (from the source maps) of the functions of dist/ it called, relative to the repository: `src/parse.ts`, `node_modules/commander/…`. */
  sources: string[];
  /** The other scripts it compiled, by URL (`file:///…/node_modules/zod/…`), and the built-in modules it loaded (`node:fs`). */
  other: string[];
}

/** Line and column (0-based) of each offset of `text`, for offsets in increasing order. */
function lineColumns(text: string, offsets: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let line = 0;
  let lineStart = 0;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at++) {
      if (text.charCodeAt(at) === 10) {
        line++;
        lineStart = at + 1;
      }
    }
    out.push([line, offset - lineStart]);
  }
  return out;
}

interface Coverage {
  result: Array<{ url: string; functions: Array<{ ranges: Array<{ startOffset: number; count: number }> }> }>;
}

/** Runs `pressdoc args…` in the repository and tells what it ran. */
function loads(args: string[], cwd = root): Loaded {
  const coverage = mkdtempSync(join(tmp, 'coverage-'));
  const r = spawnSync(process.execPath, ['-r', list, cli, ...args], {
    cwd,
    encoding: 'utf8',
    input: '',
    timeout: SLOW,
    // Without the cache, so that the first function of each kind is compiled here and seen.
    env: { ...process.env, NODE_V8_COVERAGE: coverage, PRESSDOC_DISABLE_COMPILE_CACHE: '1' },
  });
  const distUrl = pathToFileURL(dist).href + '/';
  const files = new Set<string>();
  const sources = new Set<string>();
  const other = new Set<string>();
  for (const name of readdirSync(coverage)) {
    for (const script of (JSON.parse(readFileSync(join(coverage, name), 'utf8')) as Coverage).result) {
      if (!script.url.startsWith('file:')) continue;
      if (!script.url.startsWith(distUrl)) {
        other.add(script.url);
        continue;
      }
      const file = script.url.slice(distUrl.length);
      files.add(file);
      const text = readFileSync(join(dist, file), 'utf8');
      const mapFile = join(dist, `${file}.map`);
      if (!existsSync(mapFile)) continue;
      const map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
      // dist/cli-main.cjs runs inside a function head of its own (src/cli/code-cache.ts).
      const shift = file === 'cli-main.cjs' ? WRAPPER_HEAD.length : 0;
      const called = script.functions
        .flatMap((f) => f.ranges.slice(0, 1))
        .filter((range) => range.count > 0 && range.startOffset >= shift)
        .map((range) => range.startOffset - shift)
        .sort((a, b) => a - b);
      for (const [line, column] of lineColumns(text, called)) {
        const entry = map.findEntry(line, column) as { originalSource?: string };
        // Source paths are relative to dist/ (`../src/parse.ts`), or URLs once resolved.
        const source = entry.originalSource;
        if (source) sources.add(source.startsWith('file:') ? fileURLToPath(source).slice(root.length) : source.replace(/^(\.\.\/)+/, ''));
      }
    }
  }
  const builtins = (/^BUILTINS (.*)$/m.exec(r.stderr)?.[1] ?? '').split(',').filter((m) => m.startsWith('NativeModule ')).map((m) => `node:${m.slice('NativeModule '.length)}`);
  return { status: r.status, dist: [...files].sort(), sources: [...sources].sort(), other: [...other, ...builtins].sort() };
}

const has = (list: readonly string[], pattern: RegExp): boolean => list.some((s) => pattern.test(s));

describe.skipIf(!existsSync(cli))('the command line loads what a command needs', { timeout: SLOW }, () => {
  it('parse of one file: the parser and commander, no zod, no glob library, no worker pool, no validation rules', () => {
    const l = loads(['parse', fixture]);
    expect(l.status).toBe(0);
    // The positive side, so that a hook that saw nothing cannot pass.
    expect(l.sources).toContain('src/parse.ts');
    expect(l.sources).toContain('src/cli/parse-command.ts');
    expect(has(l.sources, /^node_modules\/commander\//)).toBe(true);
    expect(has(l.other, /\/zod\//)).toBe(false);
    expect(has(l.sources, /zod|tinyglobby|fdir|picomatch/)).toBe(false);
    expect(l.sources).not.toContain('src/cli/worker-pool.ts');
    expect(l.sources).not.toContain('src/json-schema.ts');
    expect(l.other).not.toContain('node:worker_threads');
    expect(has(l.sources, /^src\/validate\//)).toBe(false);
    expect(l.sources).not.toContain('src/cli/validate-action.ts');
  });

  it('parse of one file, output to a file, loads neither node:child_process (commander asks for it) nor node:net (standard error unused), with the code cache made or used', () => {
    const cache = mkdtempSync(join(tmp, 'cache-'));
    const run = (args: string[]): string[] => {
      // Standard output to a file (`> doc.outline`): a pipe there would load node:net itself.
      const out = openSync(join(tmp, 'out.txt'), 'w');
      const r = spawnSync(process.execPath, ['-r', list, cli, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', out, 'pipe'], timeout: SLOW, env: { ...process.env, PRESSDOC_COMPILE_CACHE: cache } });
      closeSync(out);
      expect(r.status).toBe(0);
      expect(readFileSync(join(tmp, 'out.txt'), 'utf8')).toMatch(/^root dossier/);
      return (/^BUILTINS (.*)$/m.exec(r.stderr)?.[1] ?? '').split(',');
    };
    // The first run writes the cache, the second reads it and leaves it as
    // it is (an entry V8 rejected would be written anew: another file).
    const entries: Array<{ ino: number; mtimeMs: number }> = [];
    for (const pass of ['writes', 'reads']) {
      const loaded = run(['parse', fixture]);
      expect(loaded, pass).toContain('NativeModule fs');
      expect(loaded, pass).not.toContain('NativeModule child_process');
      expect(loaded, pass).not.toContain('NativeModule net');
      const files = readdirSync(cache);
      expect(files, pass).toEqual([expect.stringMatching(/^parse-.*\.bin$/)]);
      const { ino, mtimeMs } = statSync(join(cache, files[0] as string));
      entries.push({ ino, mtimeMs });
    }
    expect(entries[1]).toEqual(entries[0]);
  });

  it.skipIf(process.platform !== 'linux')('keeps the code cache in ~/.cache/pressdoc/code (XDG_CACHE_HOME when set), nowhere with PRESSDOC_DISABLE_COMPILE_CACHE', () => {
    const home = mkdtempSync(join(tmp, 'home-'));
    const { PRESSDOC_COMPILE_CACHE: _, XDG_CACHE_HOME: __, ...env } = process.env;
    const run = (more: Record<string, string>) => {
      const r = spawnSync(process.execPath, [cli, 'parse', fixture], { cwd: root, encoding: 'utf8', timeout: SLOW, env: { ...env, HOME: home, ...more } });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^root dossier/);
    };
    run({ PRESSDOC_DISABLE_COMPILE_CACHE: '1' });
    expect(readdirSync(home)).toEqual([]);
    run({});
    expect(readdirSync(join(home, '.cache', 'pressdoc', 'code'))).toEqual([expect.stringMatching(/^parse-.*\.bin$/)]);
    run({ XDG_CACHE_HOME: join(home, 'xdg') });
    expect(readdirSync(join(home, 'xdg', 'pressdoc', 'code'))).toEqual([expect.stringMatching(/^parse-.*\.bin$/)]);
  });

  it('lilconfig only where a configuration file may be: not beside a package.json without a "pressdoc" key', () => {
    expect(has(loads(['parse', fixture]).sources, /^node_modules\/lilconfig\//)).toBe(false);
    writeFileSync(join(tmp, '.pressdocrc.json'), '{ "rules": {} }\n');
    const l = loads(['parse', join(root, fixture)], tmp);
    expect(l.status).toBe(0);
    expect(has(l.sources, /^node_modules\/lilconfig\//)).toBe(true);
  });

  it('a glob loads tinyglobby; `pressdoc schema` loads zod', () => {
    const glob = loads(['parse', 'fixtures/dossier-6125-*.txt']);
    expect(glob.status).toBe(0);
    expect(has(glob.sources, /^node_modules\/tinyglobby\//)).toBe(true);
    const schema = loads(['schema']);
    expect(schema.status).toBe(0);
    expect(has(schema.other, /\/zod\//)).toBe(true);
    expect(schema.sources).toContain('src/json-schema.ts');
  });

  it('validate of one file checks in the main thread: no worker pool, no worker_threads', () => {
    const l = loads(['validate', fixture]);
    expect(l.status).not.toBe(2);
    expect(has(l.sources, /^src\/validate\/rules\//)).toBe(true);
    expect(l.sources).toContain('src/cli/validate-action.ts');
    expect(l.sources).not.toContain('src/cli/worker-pool.ts');
    expect(l.other).not.toContain('node:worker_threads');
  });

  it('validate --jobs 2 of two files loads the worker pool', () => {
    const l = loads(['validate', fixture, 'fixtures/dossier-kremlin-2025-03.txt', '--jobs', '2']);
    expect(l.status).not.toBe(2);
    expect(l.sources).toContain('src/cli/worker-pool.ts');
    expect(l.other).toContain('node:worker_threads');
  });

  it('stamps dist/cli-main.cjs with the hash of its text, which names its cache entries', () => {
    const code = readFileSync(join(dist, 'cli-main.cjs'), 'utf8');
    const at = code.lastIndexOf(`\n${BUILD_STAMP}`);
    expect(at).toBeGreaterThan(0);
    const hash = createHash('sha256').update(code.slice(0, at)).digest('hex').slice(0, 16);
    expect(code.slice(at + 1)).toMatch(new RegExp(`^${BUILD_STAMP}${hash}\n`));
  });

  it('keeps one shebang line at the top of dist/cli.cjs, and every file of the command line is ASCII', () => {
    const code = readFileSync(cli, 'utf8');
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true);
    // A non-ASCII character makes the whole file a two-byte string to decode and scan (tsup.config.ts).
    for (const f of loads(['parse', fixture]).dist) expect(readFileSync(join(dist, f), 'utf8'), f).toMatch(/^[\0-\x7f]*$/);
  });
});
