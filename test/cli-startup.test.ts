// What `pressdoc` loads when a command runs, observed: each command is run
// as a child process with a module loader hook that records every file the
// process loads, and each file of dist/ is named by the sources of its
// source map. Commands that need zod (schema), tinyglobby (globs), the
// worker pool (validate with more than one worker) or the validation rules
// load them with import() when they run, and lilconfig only when a
// configuration file may be there, so that `pressdoc parse one-file.txt`
// starts without them. Structural facts, not timings:
// `npm run bench` prints the times (scripts/bench-cli.mjs).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from './support/temp-dir.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const cli = join(dist, 'cli.js');
const fixture = 'fixtures/dossier-6125-minsk-2024.txt';
/** Each test spawns node: allow for a loaded CI machine. */
const SLOW = 30_000;

let tmp: string;
useTempDir(cli, 'pressdoc-startup-', (dir) => (tmp = dir));
let register: string;

beforeAll(() => {
  if (!existsSync(cli)) return;
  // The hook runs on the loader's own thread: it writes each URL to standard error at once.
  const hook = join(tmp, 'hook.mjs');
  writeFileSync(
    hook,
    "import { writeSync } from 'node:fs';\nexport async function load(url, context, next) {\n  writeSync(2, `LOADED ${url}\\n`);\n  return next(url, context);\n}\n",
  );
  register = join(tmp, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
});

interface Loaded {
  /** Exit status of the command. */
  status: number | null;
  /** The files of dist/ it loaded, relative to dist/. */
  dist: string[];
  /** The sources (from the source maps) of those files, relative to the repository: `src/parse.ts`, `node_modules/commander/…`. */
  sources: string[];
  /** Everything else loaded by URL: `node:fs`, `file:///…/node_modules/zod/…`. */
  other: string[];
}

/** Runs `pressdoc args…` in the repository and tells what it loaded. */
function loads(args: string[], cwd = root): Loaded {
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, cli, ...args], { cwd, encoding: 'utf8', input: '', timeout: SLOW });
  const urls = [...new Set([...r.stderr.matchAll(/^LOADED (.+)$/gm)].map((m) => m[1] as string))];
  const distUrl = pathToFileURL(dist).href + '/';
  const files = urls.filter((u) => u.startsWith(distUrl)).map((u) => u.slice(distUrl.length));
  const sources = new Set<string>();
  for (const f of files) {
    const map = JSON.parse(readFileSync(join(dist, `${f}.map`), 'utf8')) as { sources: string[] };
    // Source paths are relative to dist/: `../src/parse.ts`.
    for (const s of map.sources) sources.add(s.replace(/^(\.\.\/)+/, ''));
  }
  return { status: r.status, dist: files.sort(), sources: [...sources].sort(), other: urls.filter((u) => !u.startsWith(distUrl)).sort() };
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

  it('parse of one file, output to a file, loads neither node:child_process (commander asks for it) nor node:net (standard error unused)', () => {
    // Node's own list of the built-in modules it has loaded, printed at exit.
    const list = join(tmp, 'builtins.cjs');
    writeFileSync(list, "process.on('exit', () => require('node:fs').writeSync(2, 'BUILTINS ' + process.moduleLoadList.join(',') + '\\n'));\n");
    const run = (args: string[]): string[] => {
      // Standard output to a file (`> doc.outline`): a pipe there would load node:net itself.
      const out = openSync(join(tmp, 'out.txt'), 'w');
      const r = spawnSync(process.execPath, ['-r', list, cli, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', out, 'pipe'], timeout: SLOW });
      closeSync(out);
      expect(r.status).toBe(0);
      expect(readFileSync(join(tmp, 'out.txt'), 'utf8')).toMatch(/^root dossier/);
      return (/^BUILTINS (.*)$/m.exec(r.stderr)?.[1] ?? '').split(',');
    };
    const loaded = run(['parse', fixture]);
    expect(loaded).toContain('NativeModule fs');
    expect(loaded).not.toContain('NativeModule child_process');
    expect(loaded).not.toContain('NativeModule net');
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

  it('keeps one shebang line at the top of dist/cli.js, and every file of the command line is ASCII', () => {
    const code = readFileSync(cli, 'utf8');
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true);
    // A non-ASCII character makes the whole file a two-byte string to decode and scan (tsup.config.ts).
    for (const f of loads(['parse', fixture]).dist) expect(readFileSync(join(dist, f), 'utf8'), f).toMatch(/^[\0-\x7f]*$/);
  });
});
