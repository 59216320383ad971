// The built command line (dist/cli.cjs) against bad files and bad
// environments: special files, endless inputs, huge and UTF-16 files,
// folders it may not list, symbolic links, a worker thread that dies,
// output that cannot be written, hostile file names. Each test runs the CLI
// as a child process on real fifos, links and devices in a temporary folder.
// Hang guards only: a child that does not finish is killed and the test fails.
import { spawn, spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
/** Hang guard per child process. */
const GUARD = 60_000;
const posix = process.platform !== 'win32';
const hasMkfifo = posix && spawnSync('mkfifo', ['--help'], { encoding: 'utf8' }).error === undefined;
const hasDevZero = posix && existsSync('/dev/zero');
const hasDevFull = posix && existsSync('/dev/full');

const CLEAN = '1°/Arrivée – 23 mai 2024 à 23h30 à Minsk\nTexte.\nhttp://en.kremlin.ru/events/president/news/74102\n';
const CUT = '1°/Arrivée – 23 mai 2024 à 23h30 à Minsk\nVladimir Poutine: Premièrement, nous avons plan';

type Options = Omit<SpawnSyncOptions, 'encoding'> & { env?: NodeJS.ProcessEnv };

function run(args: string[], options: Options = {}, script = cli): SpawnSyncReturns<string> {
  const env = { ...process.env, ...options.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return spawnSync(process.execPath, [script, ...args], { cwd: root, input: '', timeout: GUARD, maxBuffer: 64 * 1024 * 1024, ...options, env, encoding: 'utf8' });
}

type JsonResult = { file: string; diagnostics?: unknown[]; error?: string };
/** The JSON output, which must parse: a run never leaves half an array. */
const json = (r: SpawnSyncReturns<string>): JsonResult[] => JSON.parse(r.stdout) as JsonResult[];
const summary = (results: JsonResult[]): string[] => results.map((x) => `${x.file.split('/').pop()} ${x.error === undefined ? 'checked' : 'error'}`);

let tmp: string;
beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first (\`npm test\` does).`);
  tmp = mkdtempSync(join(tmpdir(), 'pressdoc-robust-'));
  // Readable by the unprivileged user the permission test runs as.
  chmodSync(tmp, 0o755);
});
afterAll(() => {
  if (!tmp) return;
  // Give back what a test took away, so that the folder can be removed.
  spawnSync('chmod', ['-R', 'u+rwx', tmp]);
  rmSync(tmp, { recursive: true, force: true });
});

/** A folder of test files: `files` maps names (with sub-folders) to contents. */
function folder(name: string, files: Record<string, string | Uint8Array> = {}): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

describe('special files are never read from folders, and every read is capped', { timeout: GUARD * 2 }, () => {
  it.skipIf(!hasMkfifo)('a named pipe in a folder is reported and skipped, not waited on', () => {
    const dir = folder('fifo', { 'a.txt': CLEAN });
    expect(spawnSync('mkfifo', [join(dir, 'x.txt')]).status).toBe(0);
    const r = run(['validate', dir, '--format', 'pressdoc-json']);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(summary(json(r))).toEqual(['a.txt checked']);
    expect(r.stderr).toBe(`pressdoc: skipped '${join(dir, 'x.txt')}': it is a named pipe (FIFO), not a regular file; only regular files are read from folders and patterns (name it on its own to read it).\n`);
    // A glob never matches a named pipe (tinyglobby lists files and links only).
    const globbed = run(['validate', join(dir, '*.txt'), '--format', 'pressdoc-json']);
    expect(globbed.status).toBe(0);
    expect(summary(json(globbed))).toEqual(['a.txt checked']);
  });

  it.skipIf(!hasMkfifo)('a named pipe named on the command line is read (process substitution), up to its end', () => {
    const dir = folder('fifo-named');
    const fifo = join(dir, 'p.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = spawnSync('sh', ['-c', `printf '%s' "$DOC" > '${fifo}' & exec '${process.execPath}' '${cli}' validate '${fifo}' --format pressdoc-json`], {
      encoding: 'utf8',
      timeout: GUARD,
      env: { ...process.env, DOC: CLEAN },
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ file: fifo, diagnostics: [] }]);
  });

  it.skipIf(!hasDevZero)('a symbolic link to /dev/zero in a folder is skipped; named, it is read up to --max-file-size and reported', () => {
    const dir = folder('zero', { 'a.txt': CLEAN });
    symlinkSync('/dev/zero', join(dir, 'z.txt'));
    const walked = run(['validate', dir, '--format', 'pressdoc-json']);
    expect(walked.signal).toBeNull();
    expect(walked.status).toBe(0);
    expect(summary(json(walked))).toEqual(['a.txt checked']);
    expect(walked.stderr).toContain(`skipped '${join(dir, 'z.txt')}': it is a character device, not a regular file`);

    const named = run(['validate', join(dir, 'z.txt'), join(dir, 'a.txt'), '--format', 'pressdoc-json', '--max-file-size', '1M']);
    expect(named.signal).toBeNull();
    expect(named.status).toBe(2);
    const results = json(named);
    expect(summary(results)).toEqual(['a.txt checked', 'z.txt error']);
    expect(results[1]!.error).toBe(`'${join(dir, 'z.txt')}' has more than 1 MiB, the --max-file-size limit: it was not read further. Raise the limit to check it.`);
  });

  it.skipIf(!hasDevZero)('standard input is capped too: `parse - < /dev/zero` and `validate - < /dev/zero` stop at --max-file-size', () => {
    for (const args of [['parse', '-'], ['validate', '-', '--format', 'pressdoc-json']]) {
      const zero = openSync('/dev/zero', 'r');
      try {
        const r = run(args, { stdio: [zero, 'pipe', 'pipe'] });
        expect(r.signal).toBeNull();
        expect(r.status).toBe(2);
        expect(r.stderr).toContain("pressdoc: '<stdin>' has more than 64 MiB, the --max-file-size limit: it was not read further.");
        if (args[0] === 'validate') expect(json(r)).toEqual([{ file: '<stdin>', error: expect.stringContaining('--max-file-size') }]);
      } finally {
        closeSync(zero);
      }
    }
  });

  it('a file over --max-file-size gets an error record of its own; the others are checked, with and without worker threads', () => {
    const dir = folder('oversized', { 'a.txt': CLEAN, 'b.txt': CLEAN, 'big.txt': `${CLEAN}${'Texte.\n'.repeat(2000)}`, 'c.txt': CUT, 'd.txt': CLEAN });
    for (const jobs of ['1', '2']) {
      const r = run(['validate', dir, '--format', 'pressdoc-json', '--max-file-size', '4K', '--jobs', jobs]);
      expect(r.status).toBe(2);
      const results = json(r);
      expect(summary(results)).toEqual(['a.txt checked', 'b.txt checked', 'big.txt error', 'c.txt checked', 'd.txt checked']);
      expect(results[2]!.error).toBe(`'${join(dir, 'big.txt')}' is 13.8 KiB, more than 4 KiB, the --max-file-size limit: it was not read. Raise the limit to check it (such as --max-file-size 1M).`);
      expect(results[3]!.diagnostics).toHaveLength(1);
    }
  });

  it('rejects a --max-file-size that is no size', () => {
    const r = run(['validate', 'fixtures', '--max-file-size', 'lots']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/expected a size such as 64M, 1G or 500000 \(bytes\), found 'lots'/);
  });
});

describe('a failure stays with its file', { timeout: GUARD * 2 }, () => {
  // A copy of dist/ whose worker runs out of memory on any file that starts
  // with CRASH, as a worker does on a file too large for its heap. The main
  // thread never loads it.
  let faulty: string;
  beforeAll(() => {
    const base = join(tmp, 'faulty');
    cpSync(join(root, 'dist'), join(base, 'dist'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(base, 'node_modules'), 'junction');
    renameSync(join(base, 'dist', 'validate-worker.js'), join(base, 'dist', 'validate-worker.real.js'));
    writeFileSync(
      join(base, 'dist', 'validate-worker.js'),
      [
        "import real from './validate-worker.real.js';",
        'const decode = TextDecoder.prototype.decode;',
        'TextDecoder.prototype.decode = function (bytes, ...rest) {',
        "  if (bytes && String.fromCharCode(...bytes.subarray(0, 5)) === 'CRASH') {",
        '    const hog = [];',
        '    for (;;) hog.push(new Array(100_000).fill(hog.length));',
        '  }',
        '  return decode.call(this, bytes, ...rest);',
        '};',
        'export default real;',
        '',
      ].join('\n'),
    );
    faulty = join(base, 'dist', 'cli.cjs');
  });

  it('a worker thread that dies (out of memory) takes only the file it was checking: an error record for it, the others checked, the JSON complete', () => {
    // Large enough (over 1 MiB) to be checked in a thread of its own with --jobs 1.
    const crash = `CRASH\n${'Texte.\n'.repeat(200_000)}`;
    const dir = folder('crash', { 'a.txt': CLEAN, 'b.txt': CUT, 'c.txt': crash, 'd.txt': CLEAN, 'e.txt': CUT, 'f.txt': CLEAN });
    for (const jobs of ['1', '2']) {
      for (const format of ['pressdoc-json', 'ndjson']) {
        // A small heap, so that the worker runs out of it quickly.
        const r = run(['validate', dir, '--format', format, '--jobs', jobs], { env: { NODE_OPTIONS: '--max-old-space-size=64' } }, faulty);
        expect(r.signal, r.stderr).toBeNull();
        expect(r.status, r.stderr).toBe(2);
        const records: Array<JsonResult & { rule?: string }> = format === 'pressdoc-json' ? json(r) : r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as JsonResult);
        const crashed = records.filter((x) => x.error !== undefined);
        expect(crashed).toEqual([{ file: join(dir, 'c.txt'), error: expect.stringMatching(/^'.*c\.txt' could not be checked: checking it ran out of memory \(.*\)\. Please report it\.$/) }]);
        if (format === 'pressdoc-json') expect(summary(records)).toEqual(['a.txt checked', 'b.txt checked', 'c.txt error', 'd.txt checked', 'e.txt checked', 'f.txt checked']);
        else expect(records.filter((x) => x.rule === 'truncated').map((x) => x.file)).toEqual([join(dir, 'b.txt'), join(dir, 'e.txt')]);
        expect(r.stderr).not.toContain('internal error in a worker thread');
      }
    }
  });
});

describe('folders that cannot be listed, and files reached twice', { timeout: GUARD * 2 }, () => {
  // Root lists any folder: run the command line as an unprivileged user then.
  const asRoot = posix && process.getuid?.() === 0;
  const unprivileged = asRoot ? { uid: 65534, gid: 65534 } : {};

  it.skipIf(!posix)('a folder that cannot be listed is reported with the reason, inside a walk or named directly; exit 2', () => {
    const dir = folder('locked', { 'a.txt': CLEAN, 'locked/b.txt': CLEAN });
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      const walk = run(['validate', dir, '--format', 'pressdoc-json'], unprivileged);
      expect(walk.status).toBe(2);
      expect(json(walk)).toEqual([
        { file: join(dir, 'locked'), error: `cannot list folder '${join(dir, 'locked')}': permission denied (EACCES).` },
        { file: join(dir, 'a.txt'), diagnostics: [] },
      ]);
      expect(walk.stderr).toBe(`pressdoc: cannot list folder '${join(dir, 'locked')}': permission denied (EACCES).\n`);

      const named = run(['validate', join(dir, 'locked')], unprivileged);
      expect(named.status).toBe(2);
      expect(named.stderr).toBe(`pressdoc: cannot list folder '${join(dir, 'locked')}': permission denied (EACCES).\n`);
      expect(named.stderr).not.toContain('no file to validate');
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it.skipIf(!posix)('a path that cannot be reached says why, not "no such file"', () => {
    const dir = folder('closed', { 'inner/a.txt': CLEAN });
    chmodSync(join(dir, 'inner'), 0o000);
    try {
      const r = run(['validate', join(dir, 'inner', 'a.txt')], unprivileged);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`pressdoc: cannot read '${join(dir, 'inner', 'a.txt')}': permission denied (EACCES).\n`);
    } finally {
      chmodSync(join(dir, 'inner'), 0o755);
    }
  });

  it.skipIf(!posix)('a file reached twice through a symbolic link is checked once; a link back up is not followed round', () => {
    const dir = folder('linked', { 'real/a.txt': CUT, 'real/b.txt': CLEAN });
    symlinkSync('real', join(dir, 'link'));
    symlinkSync('..', join(dir, 'real', 'up'));
    symlinkSync(join(dir, 'real', 'a.txt'), join(dir, 'also-a.txt'));
    const r = run(['validate', dir, join(dir, 'real', 'b.txt'), '--format', 'pressdoc-json']);
    expect(r.status).toBe(1);
    // Each real file once, under the first of its names in sorted order.
    expect(json(r).map((x) => x.file)).toEqual([join(dir, 'also-a.txt'), join(dir, 'link', 'b.txt')]);
  });
});

describe('worker threads', { timeout: GUARD * 2 }, () => {
  const counter = join(root, 'test', 'support', 'count-workers.cjs');
  const started = (r: SpawnSyncReturns<string>): number => Number(/workers started: (\d+)/.exec(r.stderr)?.[1]);

  it('never more worker threads than files or than os.availableParallelism(); none by default for a dozen files', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`f${String(i).padStart(2, '0')}.txt`] = i % 3 ? CLEAN : CUT;
    const dir = folder('jobs', files);
    const env = { NODE_OPTIONS: `--require ${counter}` };
    const outputs = new Set<string>();
    for (const [jobs, expected] of [
      ['64', Math.min(12, availableParallelism())],
      ['3', Math.min(3, availableParallelism())],
      [undefined, 0],
      ['1', 0],
    ] as const) {
      const r = run(['validate', dir, '--format', 'pressdoc-json', ...(jobs ? ['--jobs', jobs] : [])], { env });
      expect(r.status).toBe(1);
      // One thread is the main thread: no pool is started.
      expect(started(r), `--jobs ${jobs ?? '(default)'}`).toBe(expected === 1 ? 0 : expected);
      outputs.add(r.stdout);
    }
    expect(outputs.size).toBe(1);
    expect(json({ stdout: [...outputs][0] } as SpawnSyncReturns<string>)).toHaveLength(12);
  });

  it('two files with --jobs 2 use two threads: batches are cut to share the files', () => {
    const dir = folder('two', { 'a.txt': CLEAN, 'b.txt': CUT });
    const r = run(['validate', dir, '--jobs', '2', '--format', 'pressdoc-json'], { env: { NODE_OPTIONS: `--require ${counter}` } });
    expect(r.status).toBe(1);
    expect(started(r)).toBe(Math.min(2, availableParallelism()) === 1 ? 0 : 2);
  });
});

describe('output that cannot be written', { timeout: GUARD * 2 }, () => {
  it.skipIf(!hasDevFull)('> /dev/full is one clear message and exit 2, not a stack trace', () => {
    for (const args of [
      ['parse', 'fixtures/dossier-6125-minsk-2024.txt'],
      ['parse', '--json', 'fixtures/dossier-6125-minsk-2024.txt'],
      ['validate', 'fixtures'],
      ['validate', 'fixtures', '--format', 'pressdoc-json'],
      ['validate', 'fixtures', '--format', 'ndjson', '--jobs', '2'],
    ]) {
      const full = openSync('/dev/full', 'w');
      try {
        const r = run(args, { stdio: ['ignore', full, 'pipe'] });
        expect(r.status, args.join(' ')).toBe(2);
        expect(r.stderr, args.join(' ')).toBe('pressdoc: cannot write to standard output: no space left on device (ENOSPC)\n');
      } finally {
        closeSync(full);
      }
    }
  });

  it.skipIf(!posix)('a closed pipe (`| head -c 1`) is still a clean exit 0 with nothing on standard error', async () => {
    for (const args of [['parse', '--json', 'fixtures/dossier-6125-minsk-2024.txt'], ['validate', 'fixtures', 'fixtures/*.txt', '--format', 'pressdoc-json']]) {
      const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      // Read one chunk, then close the pipe while the command still writes.
      child.stdout.once('data', () => child.stdout.destroy());
      const guard = setTimeout(() => child.kill('SIGKILL'), GUARD);
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      clearTimeout(guard);
      expect(code).toBe(0);
      expect(stderr).toBe('');
    }
  });
});

describe('what a file that cannot be decoded really is', { timeout: GUARD * 2 }, () => {
  it('a UTF-16 file is named as such (LE or BE, by its byte-order mark), with the iconv command that converts it', () => {
    const text = '1°/Arrivée – 23 mai 2024\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const dir = folder('utf16', { 'le.txt': le, 'be.txt': be });
    for (const [name, label, bom] of [
      ['le.txt', 'UTF-16 LE', 'FF FE'],
      ['be.txt', 'UTF-16 BE', 'FE FF'],
    ] as const) {
      const file = join(dir, name);
      const message = `'${file}' is ${label} (it starts with the byte-order mark ${bom}), not UTF-8. pressdoc reads UTF-8 only: convert the file first, e.g. \`iconv -f UTF-16 -t UTF-8 '${file}' > converted.txt\`.`;
      const parsed = run(['parse', file]);
      expect(parsed.status).toBe(2);
      expect(parsed.stderr).toBe(`pressdoc: ${message}\n`);
      const validated = run(['validate', file, '--format', 'pressdoc-json']);
      expect(validated.status).toBe(2);
      expect(json(validated)).toEqual([{ file, error: message }]);
      expect(validated.stderr).not.toContain('WINDOWS-1252');
    }
  });

  it('a 600 MB valid UTF-8 file is too large (the size cap, or past the string limit when the cap is raised), not "not valid UTF-8"', () => {
    const dir = folder('huge');
    const file = join(dir, 'huge.txt');
    // A sparse file: 600 MiB of NUL bytes, valid UTF-8, taking no disk space.
    writeFileSync(file, '');
    truncateSync(file, 600 * 1024 * 1024);
    const capped = run(['validate', file]);
    expect(capped.status).toBe(2);
    expect(capped.stderr).toBe(`pressdoc: '${file}' is 600 MiB, more than 64 MiB, the --max-file-size limit: it was not read. Raise the limit to check it (such as --max-file-size 600M).\n`);
    const raised = run(['parse', file, '--max-file-size', '1G']);
    expect(raised.status).toBe(2);
    expect(raised.stderr).toMatch(/^pressdoc: '.*huge\.txt' is valid UTF-8 but too large to check: its 600 MiB make a text longer than the longest string JavaScript can hold \([\d,]+ UTF-16 code units\)\. Split it into smaller files\.\n$/);
    expect(raised.stderr).not.toContain('not valid UTF-8');
    rmSync(file);
  });
});

describe('file names reach the terminal escaped', { timeout: GUARD * 2 }, () => {
  it.skipIf(!posix)('a name with a newline and escape codes cannot fake a finding line or colour the terminal; JSON keeps it exact', () => {
    const evil = 'a\nfake.txt:1:1  error  Expected nothing.  truncated\n\u001b[2K\u001b[31mred.txt';
    const dir = folder('names', { [evil]: CUT });
    const shown = 'a\\nfake.txt:1:1  error  Expected nothing.  truncated\\n\\u001b[2K\\u001b[31mred.txt';
    const r = run(['validate', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('\u001b');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(new RegExp(`^${escapeRegExp(join(dir, shown))}:2:19  error  Expected section 1 to end with its source link`));
    expect(lines[2]).toBe('1 problem (1 error, 0 warnings, 0 info) in 1 of 1 file');

    const exact = run(['validate', dir, '--format', 'pressdoc-json']);
    expect(json(exact).map((x) => x.file)).toEqual([join(dir, evil)]);

    // `parse` names the file in its diagnostics: a heading without a timestamp gives one.
    writeFileSync(join(dir, `${evil}.md`), '1°/Vladimir Poutine arrive à Minsk\nhttp://en.kremlin.ru/events/president/news/74102\n');
    const parsed = run(['parse', join(dir, `${evil}.md`)]);
    expect(parsed.status).toBe(0);
    expect(parsed.stdout).not.toContain('\u001b');
    expect(parsed.stdout).toContain(`${join(dir, shown)}.md:1:`);

    // Messages on standard error escape the name too.
    writeFileSync(join(dir, `${evil}.dat`), Buffer.from([0xe9]));
    const bad = run(['validate', join(dir, `${evil}.dat`)]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(`pressdoc: '${join(dir, shown)}.dat' is not valid UTF-8 (first invalid byte 0xE9 at byte offset 0, line 1). pressdoc reads UTF-8 only: convert the file first, e.g. \`iconv -f WINDOWS-1252 -t UTF-8 '${join(dir, shown)}.dat' > converted.txt\`.\n`);
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
