// `pressdoc text`, run as a user would: the built command line (dist/cli.cjs)
// in a child process. `npm test` builds before vitest runs.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './support/temp-dir.js';
import { mainText, parse } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
const ARTICLE = 'fixtures/article-rt-france-union.txt';
const DOSSIER = 'fixtures/dossier-6125-minsk-2024.txt';
/** Each test spawns node once or twice: allow for a loaded CI machine. */
const SLOW = 30_000;

function run(args: string[], input?: Uint8Array | string): SpawnSyncReturns<string> {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, input: input ?? '', encoding: 'utf8', env, timeout: SLOW });
}

/** What the library gives for a file, with the options given. */
function expected(file: string, options = {}): string {
  const text = readFileSync(join(root, file), 'utf8');
  return mainText(text, parse(text).tree, options);
}

let tmp: string;
useTempDir(cli, 'pressdoc-cli-text-', (dir) => (tmp = dir));

describe('pressdoc text <file>', { timeout: SLOW }, () => {
  it('prints the main text of the article and a final newline, nothing else', () => {
    const r = run(['text', ARTICLE]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${expected(ARTICLE)}\n`);
    expect(r.stdout).toMatch(/^Poutine souligne l’importance de l’union avec la Biélorussie pour minimiser l’effet des sanctions\n\nVladimir Poutine et Alexandre Loukachenko se sont retrouvés ce 19 décembre à Minsk/);
    expect(r.stdout).not.toContain('Suivez RT France');
    expect(r.stdout).not.toContain('cookies');
    // No header line for a single file.
    expect(r.stdout).not.toContain('==>');
  });

  it('keeps the page chrome with --keep-boilerplate, and the captions with --keep-captions', () => {
    const r = run(['text', '--keep-boilerplate', ARTICLE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${expected(ARTICLE, { keepBoilerplate: true })}\n`);
    expect(r.stdout).toContain('\n\nSuivez RT France surTelegram\n\n');
    expect(r.stdout).toContain('En cliquant sur "Tout Accepter"');
    const c = run(['text', DOSSIER, '--keep-captions']);
    expect(c.status).toBe(0);
    expect(c.stdout).toBe(`${expected(DOSSIER, { keepCaptions: true })}\n`);
    expect(c.stdout).toContain('Photo :');
    expect(run(['text', DOSSIER]).stdout).not.toContain('Photo :');
  });

  it('reads standard input with -', () => {
    const r = run(['text', '-'], readFileSync(join(root, DOSSIER)));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${expected(DOSSIER)}\n`);
    expect(r.stdout.startsWith('1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk\n\n')).toBe(true);
  });

  it('prints nothing for a document without main text', () => {
    const empty = join(tmp, 'links.txt');
    writeFileSync(empty, 'http://en.kremlin.ru/events/president/news/74102\n');
    const r = run(['text', empty]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
});

describe('pressdoc text <files…>', { timeout: SLOW }, () => {
  it('names each file on a line ==> file <== before its text, a blank line between files', () => {
    const r = run(['text', ARTICLE, DOSSIER]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`==> ${ARTICLE} <==\n${expected(ARTICLE)}\n\n==> ${DOSSIER} <==\n${expected(DOSSIER)}\n`);
  });

  it('reports an unreadable file on stderr, prints the others, and exits 2', () => {
    const latin1 = join(tmp, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x4c, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const r = run(['text', 'no/such/file.txt', ARTICLE, 'fixtures', latin1, DOSSIER]);
    expect(r.status).toBe(2);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^pressdoc: cannot read 'no\/such\/file\.txt': no such file/);
    expect(errors[1]).toMatch(/^pressdoc: cannot read 'fixtures': it is a directory/);
    expect(errors[2]).toContain(`'${latin1}' is not valid UTF-8 (first invalid byte 0xE9 at byte offset 6, line 1)`);
    // The files that could be read, in order, as if the others were not named.
    expect(r.stdout).toBe(`==> ${ARTICLE} <==\n${expected(ARTICLE)}\n\n==> ${DOSSIER} <==\n${expected(DOSSIER)}\n`);
  });

  it('exits 2 with no file at all, pointing at its help', () => {
    const r = run(['text']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("missing required argument 'files'");
    expect(r.stderr).toContain('(run pressdoc text --help for usage)');
  });

  it('has a help that says what the main text is and how files are separated', () => {
    const r = run(['text', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: pressdoc text [options] <files...>');
    expect(r.stdout).toContain('--keep-boilerplate');
    expect(r.stdout).toContain('--keep-captions');
    expect(r.stdout).toContain('==> file <==');
    expect(run(['--help']).stdout).toMatch(/^ {2}text \[options\] <files\.\.\.>/m);
  });
});
