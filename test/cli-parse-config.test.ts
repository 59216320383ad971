// `pressdoc parse` over many files (--format json|ndjson, --out-dir) and the
// configuration file (pressdoc.config.*, .pressdocrc.json, package.json's
// "pressdoc" key; --config, --no-config, --ignore-pattern), with the built
// command line run as a child process in temporary folders.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './support/temp-dir.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
const SLOW = 30_000;
const DOSSIER = 'dossier-6125-minsk-2024.txt';
const KREMLIN = 'dossier-kremlin-2025-03.txt';
const ARTICLE = 'article-rt-france-union.txt';

function run(args: string[], cwd: string, input = ''): SpawnSyncReturns<string> {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return spawnSync(process.execPath, [cli, ...args], { cwd, input, encoding: 'utf8', env, timeout: 30_000 });
}

let tmp: string;
let n = 0;
useTempDir(cli, 'pressdoc-cliconf-', (dir) => (tmp = dir));

/** A fresh folder with the three fixtures at its top and one more in `drafts/`. */
function project(): string {
  const dir = join(tmp, `p${n++}`);
  mkdirSync(join(dir, 'drafts'), { recursive: true });
  for (const f of [DOSSIER, KREMLIN, ARTICLE]) copyFileSync(join(root, 'fixtures', f), join(dir, f));
  copyFileSync(join(root, 'fixtures', ARTICLE), join(dir, 'drafts', ARTICLE));
  return dir;
}

const lines = (s: string): Array<{ file: string; tree: { type: string }; diagnostics: unknown[] }> =>
  s.trimEnd().split('\n').map((l) => JSON.parse(l));

describe('pressdoc parse <paths...>', { timeout: SLOW }, () => {
  it('prints a JSON array of { file, tree, diagnostics } for a folder, sorted by name', () => {
    const dir = project();
    const r = run(['parse', '.', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{ file: string; tree: { type: string }; diagnostics: unknown[] }>;
    expect(out.map((o) => o.file)).toEqual([ARTICLE, DOSSIER, KREMLIN, `drafts/${ARTICLE}`]);
    expect(out.every((o) => o.tree.type === 'root' && Array.isArray(o.diagnostics))).toBe(true);
  });

  it('keeps the { tree, diagnostics } object for one file, also from standard input', () => {
    const dir = project();
    const one = run(['parse', DOSSIER, '--json'], dir);
    expect(one.status).toBe(0);
    expect(Object.keys(JSON.parse(one.stdout) as object)).toEqual(['tree', 'diagnostics']);
    expect(run(['parse', '-', '--format', 'json'], dir, readFileSync(join(dir, DOSSIER), 'utf8')).stdout).toBe(one.stdout);
    // A glob is an array even when it matches one file: the shape follows the command.
    expect(JSON.parse(run(['parse', 'dossier-6125-*.txt', '--json'], dir).stdout)).toHaveLength(1);
  });

  it('prints one { file, tree, diagnostics } a line with --format ndjson, the same trees as --json', () => {
    const dir = project();
    const r = run(['parse', DOSSIER, ARTICLE, '--format', 'ndjson'], dir);
    expect(r.status).toBe(0);
    const got = lines(r.stdout);
    expect(got.map((o) => o.file)).toEqual([ARTICLE, DOSSIER]);
    expect(got[1]?.tree).toEqual((JSON.parse(run(['parse', DOSSIER, '--json'], dir).stdout) as { tree: unknown }).tree);
  });

  it('prints each outline under a ==> file <== header for several files', () => {
    const dir = project();
    const r = run(['parse', DOSSIER, ARTICLE], dir);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(`==> ${ARTICLE} <==\nroot article`)).toBe(true);
    expect(r.stdout).toContain(`\n\n==> ${DOSSIER} <==\nroot dossier`);
  });

  it('keeps going past a file that cannot be read, and exits 2', () => {
    const dir = project();
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const r = run(['parse', 'missing.txt', 'latin1.txt', DOSSIER, '--format', 'ndjson'], dir);
    expect(r.status).toBe(2);
    expect(lines(r.stdout).map((o) => o.file)).toEqual([DOSSIER]);
    expect(r.stderr).toContain("cannot read 'missing.txt': no such file or folder.");
    expect(r.stderr).toMatch(/latin1\.txt.*not valid UTF-8/);
  });

  it('refuses a file over --max-file-size, the others still parsed', () => {
    const dir = project();
    const r = run(['parse', DOSSIER, ARTICLE, '--format', 'ndjson', '--max-file-size', '20000'], dir);
    expect(r.status).toBe(2);
    expect(lines(r.stdout).map((o) => o.file)).toEqual([ARTICLE]);
    expect(r.stderr).toMatch(new RegExp(`'${DOSSIER}' is .*more than .*--max-file-size`));
  });

  it('--out-dir mirrors relative paths, writes nothing on stdout, and reports a clash', () => {
    const dir = project();
    copyFileSync(join(dir, ARTICLE), join(dir, ARTICLE.replace('.txt', '.md')));
    const r = run(['parse', '.', ARTICLE.replace('.txt', '.md'), '--out-dir', 'out'], dir);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not written: '.*article-rt-france-union\.(md|txt)' and '.*' both map to 'out\/article-rt-france-union\.json'/);
    for (const f of [DOSSIER, KREMLIN, `drafts/${ARTICLE}`, ARTICLE]) {
      const written = JSON.parse(readFileSync(join(dir, 'out', f.replace(/\.txt$/, '.json')), 'utf8')) as { file: string; tree: { type: string } };
      expect(written.tree.type).toBe('root');
    }
    expect(existsSync(join(dir, 'out', 'out'))).toBe(false);
  });

  it('--out-dir does not go with --format ndjson', () => {
    const r = run(['parse', DOSSIER, '--out-dir', 'out', '--format', 'ndjson'], project());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--out-dir writes JSON files: --format ndjson cannot be used with it.');
  });

  it('says in --help what happens to name clashes', () => {
    const r = run(['parse', '--help'], root);
    expect(r.stdout).toContain('clash');
    expect(r.stdout).toContain('--ignore-pattern <glob>');
    expect(r.stdout).toContain('--no-config');
  });
});

describe('the configuration file', { timeout: SLOW }, () => {
  it('pressdoc.config.json: rules turn a rule off, --rule wins over them', () => {
    const dir = project();
    writeFileSync(join(dir, 'pressdoc.config.json'), JSON.stringify({ rules: { 'caption-sequence': 'off' } }));
    const found = (args: string[], cwd = dir): string[] => {
      const r = run(['validate', DOSSIER, '--format', 'ndjson', ...args], cwd);
      expect(r.status === 0 || r.status === 1).toBe(true);
      return r.stdout === '' ? [] : (r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { rule: string }).rule));
    };
    expect(found(['--no-config'])).toContain('caption-sequence');
    expect(found([])).not.toContain('caption-sequence');
    expect(found(['--rule', 'caption-sequence=error'])).toContain('caption-sequence');
  });

  it('is found in a folder above the working directory; ignorePatterns are relative to its folder', () => {
    const dir = project();
    writeFileSync(join(dir, '.pressdocrc.json'), JSON.stringify({ ignorePatterns: ['drafts/**'] }));
    const r = run(['parse', '.', '--format', 'ndjson'], join(dir, 'drafts'));
    // From inside drafts/, the config above ignores every file there.
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no file to parse in '.'");
    expect(lines(run(['parse', '.', '--format', 'ndjson'], dir).stdout).map((o) => o.file)).toEqual([ARTICLE, DOSSIER, KREMLIN]);
  });

  it('--ignore-pattern adds to the configuration; a named file that is ignored gets a note', () => {
    const dir = project();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', pressdoc: { ignorePatterns: ['drafts/**'] } }));
    const r = run(['turns', '.', '--ignore-pattern', 'dossier-*.txt', '--ignore-pattern', ARTICLE], dir);
    expect(r.stdout).toBe('');
    const s = run(['parse', DOSSIER, ARTICLE, '--format', 'ndjson', '--ignore-pattern', 'dossier-*'], dir);
    expect(s.status).toBe(0);
    expect(lines(s.stdout).map((o) => o.file)).toEqual([ARTICLE]);
    expect(s.stderr).toContain(`ignored '${DOSSIER}': it matches an ignore pattern.`);
  });

  it('--config names a file (.mjs too); --no-config reads none', () => {
    const dir = project();
    writeFileSync(join(dir, 'shared.mjs'), "export default { ignorePatterns: ['dossier-*.txt'] };\n");
    writeFileSync(join(dir, 'pressdoc.config.json'), '{ not json');
    expect(lines(run(['parse', '.', '--format', 'ndjson', '--config', 'shared.mjs'], dir).stdout).map((o) => o.file)).toEqual([ARTICLE, `drafts/${ARTICLE}`]);
    expect(run(['parse', '.', '--format', 'ndjson', '--no-config'], dir).status).toBe(0);
    const missing = run(['text', ARTICLE, '--config', 'nope.json'], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("pressdoc: cannot read config file 'nope.json': no such file.\n");
  });

  it.each([
    ['a syntax error', 'pressdoc.config.json', '{ "rules": ', /config file '.*pressdoc\.config\.json' cannot be loaded: .*JSON/],
    ['an unknown key', 'pressdoc.config.json', '{ "rulez": {} }', /config file '.*pressdoc\.config\.json': unknown key "rulez"; expected rules, ignorePatterns, parse, plugins\./],
    ['a wrong type', '.pressdocrc.json', '{ "ignorePatterns": "drafts/**" }', /config file '.*\.pressdocrc\.json': "ignorePatterns" must be an array of globs, found string\./],
    ['an unknown rule', 'pressdoc.config.cjs', "module.exports = { rules: { 'page-crome': 'off' } };", /config file '.*pressdoc\.config\.cjs': "rules": .*unknown rule 'page-crome'\. Did you mean 'page-chrome'\?/],
    ['a parse option the library refuses', 'pressdoc.config.json', '{ "parse": { "bogus": 1 } }', /config file '.*pressdoc\.config\.json': "parse": pressdoc\.parse: unknown option "bogus"/],
  ])('%s is one message naming the file and the key, exit 2', (name, file, contents, message) => {
    const dir = project();
    writeFileSync(join(dir, file), contents);
    // parse has no rules: a rule's name is validate's to check.
    for (const command of name === 'an unknown rule' ? ['validate'] : ['validate', 'parse', 'text']) {
      const r = run([command, DOSSIER], dir);
      expect(r.status, `${command}: ${r.stderr}`).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('plugins from a .mjs config add rules, set by the config and by --rule', () => {
    const dir = project();
    // A plugin rule that reports every speaker turn.
    writeFileSync(
      join(dir, 'pressdoc.config.mjs'),
      `export default {
  plugins: [{ name: 'acme', rules: [{ id: 'short-turn', defaultSeverity: 'info', description: 'A speaker turn.',
    check({ tree }) {
      const out = [];
      const visit = (n) => { if (n.type === 'speakerTurn') out.push({ message: 'a turn', position: n.position }); (n.children ?? []).forEach(visit); };
      visit(tree);
      return out;
    } }] }],
  rules: { 'acme/short-turn': 'warning' },
};
`,
    );
    const rules = (args: string[]): string[] => {
      const r = run(['validate', KREMLIN, '--format', 'ndjson', ...args], dir);
      expect(r.stderr).toBe('');
      return r.stdout === '' ? [] : r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { rule: string }).rule);
    };
    const findings = run(['validate', KREMLIN, '--format', 'ndjson'], dir).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { rule: string; severity: string });
    const own = findings.filter((f) => f.rule === 'acme/short-turn');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((f) => f.severity === 'warning')).toBe(true);
    expect(rules(['--rule', 'acme/short-turn=off'])).not.toContain('acme/short-turn');
    const typo = run(['validate', KREMLIN, '--rule', 'acme/short-trun=error'], dir);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/acme\/short-trun/);
    expect(typo.stderr).toMatch(/acme\/short-turn/);
    // Without the config, the plugin's rule is unknown.
    expect(run(['validate', KREMLIN, '--no-config', '--rule', 'acme/short-turn=off'], dir).status).toBe(2);
  });

  it('forwards parse options to validate too: a user place gives an instant, so no unknown-time-zone finding', () => {
    const dir = project();
    writeFileSync(join(dir, 'visit.txt'), '1°/Visite – 24 mai 2024 à 17h15 à Tombouctou\nhttp://en.kremlin.ru/events/president/news/74102\n');
    const rules = (args: string[]): string[] =>
      run(['validate', 'visit.txt', '--format', 'ndjson', ...args], dir).stdout.trimEnd().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { rule: string }).rule);
    expect(rules(['--no-config'])).toContain('parse/unknown-time-zone');
    writeFileSync(join(dir, 'pressdoc.config.json'), JSON.stringify({ parse: { places: { Tombouctou: 'Africa/Bamako' } } }));
    expect(rules([])).not.toContain('parse/unknown-time-zone');
    expect(run(['parse', 'visit.txt', '--json'], dir).stdout).toContain('2024-05-24T17:15:00+00:00');
  });

  it('forwards parse options to the parser: people from the config reach the tree', () => {
    const dir = project();
    const plain = JSON.stringify(JSON.parse(run(['parse', DOSSIER, '--json', '--no-config'], dir).stdout));
    writeFileSync(
      join(dir, 'pressdoc.config.json'),
      JSON.stringify({ parse: { people: [{ id: 'vp-test', name: 'Vladimir Poutine', aliases: ['Poutine'] }] } }),
    );
    const r = run(['parse', DOSSIER, '--json'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('"vp-test"');
    expect(plain).not.toContain('"vp-test"');
  });
});
