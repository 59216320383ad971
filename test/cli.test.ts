// Runs the built command line (dist/cli.cjs) as a user would: `npm test`
// builds before vitest runs.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './support/temp-dir.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
const fixture = 'fixtures/dossier-6125-minsk-2024.txt';
const fixtureBytes = readFileSync(join(root, fixture));
/** Each test spawns node once or twice: allow for a loaded CI machine. */
const SLOW = 30_000;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function run(args: string[], input?: Uint8Array | string): SpawnSyncReturns<string> {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input: input ?? '',
    encoding: 'utf8',
    env,
    timeout: 30_000,
  });
}

let tmp: string;
useTempDir(cli, 'pressdoc-cli-', (dir) => (tmp = dir));

describe('pressdoc parse <file>', { timeout: SLOW }, () => {
  it('prints the outline, then the diagnostics, then their count', () => {
    const r = run(['parse', fixture]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^root dossier\b.*  1:1$/);
    expect(r.stdout).toMatch(/^ {2}section 1 Vladimir Poutine arrive à Minsk @ \S+ {2}\d+:1$/m);
    expect(r.stdout).toMatch(/^ {2}section 4 Pourparlers Russie-Biélorussie\b/m);
    expect(r.stdout).toMatch(/^\s+sourceLink news 74102 {2}\d+:\d+$/m);
    expect(r.stdout).toMatch(/^\s+photoCounter 3\/8 {2}\d+:\d+$/m);
    // The last line counts the diagnostics; each diagnostic line names the file.
    const last = lines[lines.length - 1]!;
    expect(last).toMatch(/^(no diagnostics|\d+ diagnostics? \(.+\))$/);
    const count = last === 'no diagnostics' ? 0 : Number(last.split(' ')[0]);
    const diagnosticLines = lines.filter((l) => l.startsWith(`${fixture}:`));
    expect(diagnosticLines).toHaveLength(count);
    for (const l of diagnosticLines) expect(l).toMatch(/^\S+:\d+:\d+ {2}(error|warning|info) {2}.+ {2}[A-Z_]+$/);
    // No colour when stdout is not a terminal.
    expect(r.stdout).not.toContain('\u001b[');
    // Every line fits the default width.
    for (const l of lines.slice(0, lines.indexOf(''))) expect([...l].length).toBeLessThanOrEqual(100);
  });

  it('reads standard input with -', () => {
    const fromFile = run(['parse', fixture]);
    const fromStdin = run(['parse', '-'], fixtureBytes);
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stderr).toBe('');
    expect(fromStdin.stdout).toBe(fromFile.stdout.split(`${fixture}:`).join('<stdin>:'));
  });

  it('prints { tree, diagnostics } as JSON with --json', () => {
    const r = run(['parse', fixture, '--json']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\{\n {2}"tree": \{\n {4}"type": "root"/);
    const { tree, diagnostics } = JSON.parse(r.stdout) as {
      tree: { type: string; kind: string; children: Array<{ type: string; number?: number; title?: string }> };
      diagnostics: unknown[];
    };
    expect(tree.type).toBe('root');
    expect(tree.kind).toBe('dossier');
    const sections = tree.children.filter((c) => c.type === 'section');
    expect(sections.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    expect(sections[0]!.title).toBe('Vladimir Poutine arrive à Minsk');
    expect(Array.isArray(diagnostics)).toBe(true);
    // Same result from standard input.
    expect(run(['parse', '--json', '-'], fixtureBytes).stdout).toBe(r.stdout);
  });

  it('keeps going on a BOM and CRLF line endings', () => {
    const path = join(tmp, 'bom-crlf.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixtureBytes.toString('utf8').replace(/\n/g, '\r\n'))]));
    const r = run(['parse', path, '--json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { tree: { type: string } }).tree.type).toBe('root');
  });
});

describe('unreadable input exits 2 with a message on stderr', { timeout: SLOW }, () => {
  it('a missing file', () => {
    const r = run(['parse', 'no/such/file.txt']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no/such/file.txt');
    expect(r.stderr).toMatch(/no such file/i);
  });

  it('a folder with no .txt file (a folder is walked, as validate walks it)', () => {
    const r = run(['parse', 'src/generated']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("no .txt file in folder 'src/generated'");
    expect(r.stderr).toContain("no file to parse in 'src/generated'");
  });

  it('invalid UTF-8, from a file or from standard input', () => {
    const path = join(tmp, 'latin1.txt');
    // "Le café\n" in Latin-1: 0xE9 is not UTF-8.
    writeFileSync(path, Buffer.from([0x4c, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const r = run(['parse', path]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(path);
    expect(r.stderr).toMatch(/not valid UTF-8.*byte offset 6, line 1.*convert/);
    const s = run(['parse', '-'], Buffer.from([0x41, 0x0a, 0xff]));
    expect(s.status).toBe(2);
    expect(s.stderr).toMatch(/<stdin>.*not valid UTF-8.*0xFF at byte offset 2, line 2/);
  });
});

describe('bad usage exits 2', { timeout: SLOW }, () => {
  it.each([
    ['an unknown option', ['parse', '--bogus', fixture], /unknown option '--bogus'/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['a missing argument', ['parse'], /missing required argument 'paths'/],
    ['too many arguments', ['schema', 'tree', 'tree'], /too many arguments/],
    ['two formats', ['parse', fixture, '--json', '--format', 'ndjson'], /--json and --format ndjson ask for two formats/],
  ])('%s', (_name, args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('--help');
  });

  it('no command at all shows the help on stderr', () => {
    const r = run([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: pressdoc');
  });
});

describe('--version and --help', { timeout: SLOW }, () => {
  it('--version prints the package version', () => {
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
    expect(r.stdout.trim()).toBe('0.1.0');
  });

  it('--help lists parse and shows an example', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: pressdoc');
    expect(r.stdout).toMatch(/^\s+parse \[options\] <paths\.\.\.>/m);
    expect(r.stdout).toContain('$ pressdoc parse fixtures/dossier-6125-minsk-2024.txt');
  });

  it('parse --help describes the argument and --json', () => {
    const r = run(['parse', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: pressdoc parse [options] <paths...>');
    expect(r.stdout).toContain('--json');
    expect(r.stdout).toContain('- for standard input');
  });
});

describe('pressdoc schema', { timeout: SLOW }, () => {
  it.each([
    [['schema'], 'schema/tree.schema.json'],
    [['schema', 'tree'], 'schema/tree.schema.json'],
    [['schema', 'diagnostics'], 'schema/diagnostics.schema.json'],
  ])('%j prints %s, byte for byte', (args, file) => {
    const r = run(args);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(root, file), 'utf8'));
  });

  it('rejects an unknown schema name and lists the choices', () => {
    const r = run(['schema', 'trees']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Allowed choices are tree, diagnostics/);
    expect(r.stderr).toContain('(run pressdoc schema --help for usage)');
  });
});

describe('every command', { timeout: SLOW }, () => {
  const help = run(['--help']).stdout;
  // The commands as the help lists them, so a new command is checked too.
  const commands = [...help.matchAll(/^ {2}(\w+)\b.*$/gm)].map((m) => m[1]!).filter((c) => c !== 'help');

  it('are listed', () => {
    expect(commands).toEqual(expect.arrayContaining(['parse', 'schema']));
  });

  it('has --help with examples that use it', () => {
    for (const command of commands) {
      const r = run([command, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`Usage: pressdoc ${command}`);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain(`$ pressdoc ${command}`);
    }
  });

  it('points at its own help after a usage error', () => {
    const r = run(['parse']);
    expect(r.stderr).toContain("missing required argument 'paths'");
    expect(r.stderr).toContain('(run pressdoc parse --help for usage)');
  });
});

// `script` (util-linux) runs the command on a pseudo-terminal, as in a shell.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe('colours', { timeout: SLOW }, () => {
  function onTerminal(env: NodeJS.ProcessEnv): string {
    const clean: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color', ...env };
    delete clean.FORCE_COLOR;
    if (!('NO_COLOR' in env)) delete clean.NO_COLOR;
    const r = spawnSync('script', ['-qec', `'${process.execPath}' dist/cli.cjs parse ${fixture}`, '/dev/null'], {
      cwd: root,
      encoding: 'utf8',
      env: clean,
      timeout: 30_000,
    });
    expect(r.status).toBe(0);
    return r.stdout;
  }

  it.skipIf(!hasScript)('on a terminal, and not with NO_COLOR (needs `script` from util-linux)', () => {
    const coloured = onTerminal({});
    expect(coloured).toContain('\u001b[36m');
    expect(coloured).toMatch(/section\u001b\[39m\u001b\[22m 1 Vladimir Poutine arrive à Minsk/);
    const plain = onTerminal({ NO_COLOR: '1' });
    expect(plain).not.toContain('\u001b[');
    expect(plain).toMatch(/section 1 Vladimir Poutine arrive à Minsk/);
  });

  it('with FORCE_COLOR=1 through a pipe', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '1' };
    delete env.NO_COLOR;
    const r = spawnSync(process.execPath, [cli, 'parse', fixture], { cwd: root, encoding: 'utf8', env, timeout: 30_000 });
    expect(r.stdout).toContain('\u001b[36m');
  });
});
