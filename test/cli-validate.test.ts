// Runs the built `pressdoc validate` (dist/cli.cjs) as a user would: `npm
// test` builds before vitest runs.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './support/temp-dir.js';
import { validationDiagnosticSchema } from '../src/schema.js';
import { validate } from '../src/validate/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
const SLOW = 60_000;
const MINSK = 'fixtures/dossier-6125-minsk-2024.txt';
const KREMLIN = 'fixtures/dossier-kremlin-2025-03.txt';
const ARTICLE = 'fixtures/article-rt-france-union.txt';

function run(args: string[], input?: string | Uint8Array, cwd = root): SpawnSyncReturns<string> {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return spawnSync(process.execPath, [cli, ...args], { cwd, input: input ?? '', encoding: 'utf8', env, timeout: SLOW });
}

type JsonResult = { file: string; diagnostics?: unknown[]; error?: string };
const json = (r: SpawnSyncReturns<string>): JsonResult[] => JSON.parse(r.stdout) as JsonResult[];

let tmp: string;
useTempDir(cli, 'pressdoc-validate-', (dir) => (tmp = dir));

/** A folder of test files: `files` maps names (with sub-folders) to contents. */
function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(tmp, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

const CLEAN = '1°/Arrivée – 23 mai 2024 à 23h30 à Minsk\nTexte.\nhttp://en.kremlin.ru/events/president/news/74102\n';
const CUT = '1°/Arrivée – 23 mai 2024 à 23h30 à Minsk\nVladimir Poutine: Premièrement, nous avons plan';

describe('pressdoc validate on the samples', { timeout: SLOW }, () => {
  it('prints `file:line:col  severity  message  rule-id` grouped by file in sorted order, then a summary; exit 0 (no errors)', () => {
    const r = run(['validate', 'fixtures/*.txt']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const groups = r.stdout.trimEnd().split('\n\n');
    expect(groups.map((g) => g.split('\n')[0]!.split(':')[0])).toEqual([ARTICLE, MINSK, KREMLIN, '10 problems (0 errors, 4 warnings, 6 info) in 3 of 3 files']);
    expect(groups[1]).toBe(`${MINSK}:241:1  warning  Expected caption 5 after caption 4 (line 227), found 6; caption 5 is missing.  caption-sequence`);
    expect(groups[2]!.split('\n')).toEqual([
      `${KREMLIN}:41:1  warning  Expected the gallery to start at 1/5, found 2/5; photo 1/5 is missing.  gallery-sequence`,
      `${KREMLIN}:217:1  warning  Expected photos in order, found 7/9 after 8/9 (line 208).  gallery-sequence`,
      `${KREMLIN}:254:1  warning  Expected each photo once, found 9/9 again (first at line 236).  gallery-sequence`,
    ]);
    expect(groups[0]!.split('\n')).toHaveLength(6);
    for (const l of groups[0]!.split('\n')) expect(l).toMatch(/^fixtures\/article-rt-france-union\.txt:\d+:1 {2}info {2}Expected only the document’s text, found .+ {2}page-chrome$/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('gives the same output, in the same order, with --jobs 1 (main thread) and --jobs 2 (worker threads)', () => {
    const args = ['validate', ARTICLE, KREMLIN, MINSK, '--format', 'pressdoc-json'];
    const one = run([...args, '--jobs', '1']);
    const two = run([...args, '--jobs', '2']);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--format pressdoc-json: one entry per file, sorted, diagnostics as validate() gives them', () => {
    const r = run(['validate', MINSK, ARTICLE, KREMLIN, '--format', 'pressdoc-json']);
    expect(r.status).toBe(0);
    const results = json(r);
    expect(results.map((x) => x.file)).toEqual([ARTICLE, MINSK, KREMLIN]);
    for (const x of results) {
      expect(x.diagnostics).toEqual(validate(readFileSync(join(root, x.file), 'utf8')));
      for (const d of x.diagnostics ?? []) validationDiagnosticSchema.parse(d);
    }
  });

  it('--format ndjson: one record per diagnostic, with its file', () => {
    const r = run(['validate', 'fixtures/*.txt', '--format', 'ndjson']);
    expect(r.status).toBe(0);
    const records = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string; rule: string; severity: string });
    expect(records).toHaveLength(10);
    expect(records.map((x) => `${x.file} ${x.rule}`).slice(6)).toEqual([
      `${MINSK} caption-sequence`,
      `${KREMLIN} gallery-sequence`,
      `${KREMLIN} gallery-sequence`,
      `${KREMLIN} gallery-sequence`,
    ]);
  });

  it('--rule turns a rule off or re-grades it; --max-warnings N fails the run above N warnings', () => {
    const off = run(['validate', 'fixtures/*.txt', '--rule', 'page-chrome=off', '--rule', 'caption-sequence=info']);
    expect(off.status).toBe(0);
    expect(off.stdout).not.toContain('page-chrome');
    expect(off.stdout).toContain(`${MINSK}:241:1  info  Expected caption 5`);
    expect(off.stdout.trimEnd().split('\n').pop()).toBe('4 problems (0 errors, 3 warnings, 1 info) in 2 of 3 files');

    const strict = run(['validate', 'fixtures/*.txt', '--max-warnings', '3']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe('pressdoc: 4 warnings, more than --max-warnings 3.\n');
    expect(run(['validate', 'fixtures/*.txt', '--max-warnings', '4']).status).toBe(0);
    expect(run(['validate', 'fixtures/*.txt', '--rule', 'gallery-sequence=error']).status).toBe(1);
  });

  it('reads standard input with -', () => {
    const r = run(['validate', '-'], readFileSync(join(root, KREMLIN)));
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('<stdin>:41:1  warning  Expected the gallery to start at 1/5, found 2/5; photo 1/5 is missing.  gallery-sequence');
  });
});

describe('pressdoc validate over folders and globs', { timeout: SLOW }, () => {
  it('walks folders for .txt files (or --ext), skipping hidden files, node_modules and .git; each file once', () => {
    const dir = folder('walk', {
      'a.txt': CLEAN,
      'sub/b.txt': CUT,
      'sub/deeper/c.txt': CLEAN,
      'notes.md': CUT,
      '.hidden.txt': CUT,
      '.cache/d.txt': CUT,
      'node_modules/x/e.txt': CUT,
    });
    const r = run(['validate', dir, join(dir, 'sub'), join(dir, 'a.txt'), '--format', 'pressdoc-json']);
    expect(r.status).toBe(1);
    expect(json(r).map((x) => x.file)).toEqual([join(dir, 'a.txt'), join(dir, 'sub/b.txt'), join(dir, 'sub/deeper/c.txt')]);
    const md = run(['validate', dir, '--ext', 'md,txt', '--format', 'pressdoc-json']);
    expect(json(md).map((x) => x.file.slice(dir.length + 1))).toEqual(['a.txt', 'notes.md', 'sub/b.txt', 'sub/deeper/c.txt']);
  });

  it('expands quoted glob patterns relative to the working directory', () => {
    const dir = folder('glob', { 'x1.txt': CLEAN, 'x2.txt': CLEAN, 'y.txt': CUT, 'sub/x3.txt': CLEAN });
    const r = run(['validate', '**/x*.txt', '--format', 'pressdoc-json'], undefined, dir);
    expect(r.status).toBe(0);
    expect(json(r).map((x) => x.file)).toEqual(['sub/x3.txt', 'x1.txt', 'x2.txt']);
    expect(json(r).every((x) => x.diagnostics?.length === 0)).toBe(true);
  });

  it('a named file is taken whatever its extension', () => {
    const dir = folder('named', { 'doc.dat': CUT });
    const r = run(['validate', join(dir, 'doc.dat')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${join(dir, 'doc.dat')}:2:19  error  Expected section 1 to end with its source link`);
  });

  it('exits 1 on errors and says how many', () => {
    const dir = folder('errors', { 'cut.txt': CUT, 'ok.txt': CLEAN });
    const r = run(['validate', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('1 problem (1 error, 0 warnings, 0 info) in 1 of 2 files');
  });
});

describe('pressdoc validate with files it cannot read', { timeout: SLOW }, () => {
  it('reports a missing path, an unmatched glob and a file that is not UTF-8, checks the rest, and exits 2', () => {
    const dir = folder('unreadable', { 'good.txt': CLEAN, 'latin1.txt': Buffer.from([0x4c, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]) });
    const r = run(['validate', dir, 'no/such/file.txt', 'zz-none-*.txt', '--format', 'pressdoc-json']);
    expect(r.status).toBe(2);
    const results = json(r);
    expect(results.map((x) => [x.file, x.error === undefined ? 'checked' : 'error'])).toEqual([
      ['no/such/file.txt', 'error'],
      ['zz-none-*.txt', 'error'],
      [join(dir, 'good.txt'), 'checked'],
      [join(dir, 'latin1.txt'), 'error'],
    ]);
    expect(r.stderr).toContain("pressdoc: cannot read 'no/such/file.txt': no such file or folder.");
    expect(r.stderr).toContain("pressdoc: no file matches the pattern 'zz-none-*.txt'");
    expect(r.stderr).toMatch(/latin1\.txt' is not valid UTF-8 \(first invalid byte 0xE9 at byte offset 6, line 1\)/);
  });

  it('exits 2 even when the files it could read have errors, and says so in the summary', () => {
    const dir = folder('mixed', { 'cut.txt': CUT });
    const r = run(['validate', dir, join(dir, 'missing.txt')]);
    expect(r.status).toBe(2);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('1 problem (1 error, 0 warnings, 0 info) in 1 of 1 file; 1 input could not be checked');
  });

  it('exits 2 when a folder holds nothing to check', () => {
    const dir = folder('empty', { 'readme.md': CLEAN });
    const r = run(['validate', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`pressdoc: no .txt file in folder '${dir}'`);
  });
});

describe('pressdoc validate usage errors exit 2', { timeout: SLOW }, () => {
  it.each([
    ['no path', ['validate'], /missing required argument 'paths'/],
    ['an unknown format', ['validate', 'fixtures', '--format', 'xml'], /argument 'xml' is invalid\. Allowed choices are stylish, json, pressdoc-json, ndjson, sarif/],
    ['a bad --max-warnings', ['validate', 'fixtures', '--max-warnings', '-1'], /expected a whole number, 0 or more, found '-1'/],
    ['a bad --jobs', ['validate', 'fixtures', '--jobs', 'two'], /expected a whole number, 1 or more, found 'two'/],
    ['an unknown rule', ['validate', 'fixtures', '--rule', 'galery-sequence=off'], /unknown rule 'galery-sequence'\. Did you mean 'gallery-sequence'\?/],
    ['a bad setting', ['validate', 'fixtures', '--rule', 'truncated=warn'], /rule 'truncated' expects 'off', 'info', 'warning' or 'error', found "warn"/],
    ['a --rule without =', ['validate', 'fixtures', '--rule', 'truncated'], /expected <rule-id>=<off\|info\|warning\|error>/],
  ])('%s', (_name, args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('validate --help describes the paths, formats, exit status and an example', () => {
    const r = run(['validate', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: pressdoc validate [options] <paths...>');
    for (const s of ['--format <format>', '--max-warnings <n>', '--jobs <n>', '--ext <list>', '--rule <id=setting>', 'Exit status: 0', '$ pressdoc validate fixtures/']) {
      expect(r.stdout).toContain(s);
    }
    expect(run(['--help']).stdout).toMatch(/^\s+validate \[options\] <paths\.\.\.>/m);
  });
});
