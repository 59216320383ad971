// The built command line (dist/cli.js) against bad files and bad
// environments: special files, endless inputs, huge and UTF-16 files,
// folders it may not list, symbolic links, a worker thread that dies,
// output that cannot be written, hostile file names. Each test runs the CLI
// as a child process on real fifos, links and devices in a temporary folder.
// Hang guards only: a child that does not finish is killed and the test fails.
import { spawn, spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
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

describe('output that cannot be written', { timeout: GUARD * 2 }, () => {
  it.skipIf(!hasDevFull)('> /dev/full is one clear message and exit 2, not a stack trace', () => {
    for (const args of [
      ['parse', 'fixtures/dossier-6125-minsk-2024.txt'],
      ['parse', '--json', 'fixtures/dossier-6125-minsk-2024.txt'],
      ['validate', 'fixtures'],
      ['validate', 'fixtures', '--format', 'json'],
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
    for (const args of [['parse', '--json', 'fixtures/dossier-6125-minsk-2024.txt'], ['validate', 'fixtures', 'fixtures/*.txt', '--format', 'json']]) {
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

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
