// The package as its users get it: `npm pack` makes the tarball, which is
// installed into a fresh ES module TypeScript project and a fresh CommonJS
// TypeScript project. Each type-checks a program with `strict`, compiles it
// with tsc and runs it on a sample; the test reads what it printed. The
// installed `pressdoc` command is run too.
//
// Speed and no network flakiness: TypeScript and @types/node are linked from
// this project's node_modules (file: dependencies), and zod and commander come
// from the npm cache that this project's own install filled (--prefer-offline).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const sample = join(root, 'fixtures', 'dossier-6125-minsk-2024.txt');
/** npm install and tsc in two projects: a minute is plenty, even on a loaded machine. */
const SLOW = 180_000;

/** The environment for child processes, without the settings npm gives to scripts (they would leak into the nested npm). */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(package|lifecycle|config)_/i.test(key) && key.toLowerCase() !== 'npm_config_cache') continue;
    env[key] = value;
  }
  env.NO_COLOR = '1';
  return env;
}

/** Runs a command; throws with its output when it fails, so the test log says why. */
function run(command: string, args: string[], cwd: string, input?: string): SpawnSyncReturns<string> {
  const r = spawnSync(command, args, { cwd, env: childEnv(), encoding: 'utf8', input, timeout: SLOW });
  if (r.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` in ${cwd} failed (status ${r.status}, ${r.error ?? r.signal ?? ''}):\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

const tsc = (cwd: string) => run(process.execPath, [join(cwd, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], cwd);

/** The program both projects run: every import users make, typed strictly. */
const program = (imports: string) => `${imports}

const text = readFileSync(process.argv[2]!, 'utf8');
const result: ParseResult = parse(text);
const { tree, diagnostics } = result;

// Node types narrow on \`type\`.
const sections: Section[] = tree.children.filter((n): n is Section => n.type === 'section');
const first: Section | undefined = sections[0];
const counters = [] as PhotoCounter[];
const visit = (node: Node): void => {
  if (node.type === 'photoCounter') counters.push(node);
  if ('children' in node) for (const child of node.children) visit(child);
};
visit(tree);

// A tree is what the zod schema describes. (Not the other way round under
// exactOptionalPropertyTypes: zod's optional fields also admit undefined.)
const inferred: z.infer<typeof rootSchema> = tree;

// validateTree on a stored copy gives the typed tree back.
const check: TreeValidation = validateTree(JSON.parse(JSON.stringify(inferred)));
const back: Root | undefined = check.ok ? check.tree : undefined;
const broken = validateTree({ ...tree, kind: 'book' });

// Types are real, not any: this line must be an error.
// @ts-expect-error a RootContent is not always a Section
const notASection: Section = tree.children[0];
void notASection;

const severities: Severity[] = diagnostics.map((d: Diagnostic) => d.severity);
const start = new LineIndex(text).point(first?.position.start.offset ?? 0);

console.log(JSON.stringify({
  kind: tree.kind,
  sections: sections.map((s) => [s.number, s.title, s.when?.instant ?? null]),
  counters: counters.length,
  severities,
  valid: check.ok && back?.kind === tree.kind,
  brokenPointer: broken.ok ? null : broken.issues[0]?.pointer,
  firstSectionLine: start.line,
  schemaTitle: treeSchema.title,
}));
`;

const tsconfigBase = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  resolveJsonModule: true,
  target: 'ES2022',
  lib: ['ES2022'],
  types: ['node'],
  outDir: 'out',
  rootDir: 'src',
};

let work: string;
let tarball: string;
/** The paths in the tarball. */
let packedFiles: string[];

/** Creates a project in `dir` that depends on the tarball, and installs it. */
function project(dir: string, manifest: object, tsconfig: object, source: Record<string, string>): void {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: tsconfig, include: ['src'] }, null, 2));
  for (const [file, text] of Object.entries(source)) writeFileSync(join(dir, 'src', file), text);
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error'], dir);
}

function dependencies() {
  return {
    pressdoc: `file:${tarball}`,
    zod: '^4.0.0',
    // Linked, not downloaded: the project's own copies.
    typescript: `file:${join(root, 'node_modules', 'typescript')}`,
    '@types/node': `file:${join(root, 'node_modules', '@types', 'node')}`,
  };
}

/** What the program prints for the Minsk dossier. */
function expectMinskReport(stdout: string): void {
  const report = JSON.parse(stdout) as Record<string, unknown>;
  expect(report.kind).toBe('dossier');
  expect(report.sections).toEqual([
    [1, 'Vladimir Poutine arrive à Minsk', '2024-05-23T23:30:00+03:00'],
    [2, expect.any(String), expect.any(String)],
    [3, expect.any(String), expect.any(String)],
    [4, 'Pourparlers Russie-Biélorussie', expect.stringMatching(/^2024-05-24T/)],
  ]);
  expect(report.counters).toBeGreaterThan(5);
  expect(report.severities).toEqual([]);
  expect(report.valid).toBe(true);
  expect(report.brokenPointer).toBe('/kind');
  expect(report.firstSectionLine).toBeGreaterThan(3);
  expect(report.schemaTitle).toBe('pressdoc tree');
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pressdoc-consumer-'));
  // `npm test` has built dist/; pack exactly what `npm publish` would.
  const packed = run('npm', ['pack', '--json', '--pack-destination', work, '--loglevel=error'], root);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(work, info!.filename);
  const files = info!.files.map((f) => f.path);
  packedFiles = files;
  for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/schema.d.cts', 'dist/cli.cjs', 'schema/tree.schema.json']) {
    if (!files.includes(f)) throw new Error(`the tarball lacks ${f}: run \`npm run build\` first (\`npm test\` does)`);
  }
}, SLOW);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe(`the packed tarball (pressdoc ${pkg.version})`, { timeout: SLOW }, () => {
  it('works in a fresh ES module TypeScript project (module NodeNext)', () => {
    const dir = join(work, 'esm');
    project(
      dir,
      { name: 'consumer-esm', private: true, type: 'module', dependencies: dependencies() },
      // Declarations checked too (skipLibCheck off): pressdoc's .d.ts must compile under strict.
      // It is most of this test's time (zod's declarations are large), so only here.
      { ...tsconfigBase, module: 'NodeNext', moduleResolution: 'NodeNext', verbatimModuleSyntax: true, skipLibCheck: false },
      {
        'main.ts': program(
          [
            "import { readFileSync } from 'node:fs';",
            "import { parse, LineIndex, type Diagnostic, type Node, type ParseResult, type PhotoCounter, type Root, type Section, type Severity } from 'pressdoc';",
            "import { rootSchema, validateTree, type TreeValidation } from 'pressdoc/schema';",
            "import treeSchema from 'pressdoc/schema/tree.schema.json' with { type: 'json' };",
            "import type { z } from 'zod';",
          ].join('\n'),
        ),
      },
    );
    tsc(dir);
    // The compiled program is an ES module importing the ESM build.
    expect(readFileSync(join(dir, 'out', 'main.js'), 'utf8')).toMatch(/^import \{ parse, LineIndex \} from 'pressdoc';$/m);
    expectMinskReport(run(process.execPath, ['out/main.js', sample], dir).stdout);
  });

  it('works in a fresh CommonJS TypeScript project (module Node16, require)', () => {
    const dir = join(work, 'cjs');
    project(
      dir,
      { name: 'consumer-cjs', private: true, type: 'commonjs', dependencies: dependencies() },
      { ...tsconfigBase, module: 'Node16', moduleResolution: 'Node16', skipLibCheck: true },
      {
        'main.ts': program(
          [
            "import { readFileSync } from 'node:fs';",
            "import { parse, LineIndex, type Diagnostic, type Node, type ParseResult, type PhotoCounter, type Root, type Section, type Severity } from 'pressdoc';",
            "import { rootSchema, validateTree, type TreeValidation } from 'pressdoc/schema';",
            "import treeSchema = require('pressdoc/schema/tree.schema.json');",
            "import type { z } from 'zod';",
          ].join('\n'),
        ),
      },
    );
    tsc(dir);
    // The compiled program requires the CommonJS build.
    const compiled = readFileSync(join(dir, 'out', 'main.js'), 'utf8');
    expect(compiled).toContain('require("pressdoc")');
    expect(compiled).toContain('require("pressdoc/schema")');
    expectMinskReport(run(process.execPath, ['out/main.js', sample], dir).stdout);
    // And from plain JavaScript, no TypeScript at all.
    const plain = run(process.execPath, ['-e', "const { parse } = require('pressdoc'); process.stdout.write(parse('1/8').tree.children[0].type)"], dir);
    expect(plain.stdout).toBe('photoCounter');
  });

  it('installs the pressdoc command', () => {
    const dir = join(work, 'esm');
    const bin = join(dir, 'node_modules', '.bin', 'pressdoc');
    expect(run(bin, ['--version'], dir).stdout.trim()).toBe(pkg.version);
    const parsed = JSON.parse(run(bin, ['parse', '-', '--json'], dir, readFileSync(sample, 'utf8')).stdout) as { tree: { kind: string } };
    expect(parsed.tree.kind).toBe('dossier');
    const schema = JSON.parse(run(bin, ['schema'], dir).stdout) as { title: string };
    expect(schema).toEqual(JSON.parse(readFileSync(join(dir, 'node_modules', 'pressdoc', 'schema', 'tree.schema.json'), 'utf8')));
  });

  it('gives the text back: toText, mainText and pressdoc text', () => {
    const dir = join(work, 'cjs');
    const script = [
      "const { readFileSync } = require('node:fs');",
      "const { parse, toText, mainText } = require('pressdoc');",
      'const text = readFileSync(process.argv[1], "utf8");',
      'const { tree } = parse(text);',
      'process.stdout.write(JSON.stringify([toText(text, tree) === text, mainText(text, tree).split("\\n\\n")[0]]));',
    ].join('\n');
    expect(JSON.parse(run(process.execPath, ['-e', script, sample], dir).stdout)).toEqual([true, '1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk']);
    const bin = join(work, 'esm', 'node_modules', '.bin', 'pressdoc');
    const printed = run(bin, ['text', '-'], dir, readFileSync(sample, 'utf8')).stdout;
    expect(printed.startsWith('1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk\n\nVladimir Poutine est arrivé à Minsk')).toBe(true);
  });

  it("runs the README's Use snippet as pasted", () => {
    // The first `js` block under `## Use`, saved as its text says, run on the sample.
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const use = readme.slice(readme.indexOf('\n## Use\n'));
    const snippet = /```js\n([\s\S]*?)```/.exec(use)?.[1];
    expect(snippet, 'a js block under ## Use').toBeDefined();
    const dir = join(work, 'esm');
    writeFileSync(join(dir, 'example.mjs'), snippet as string);
    const lines = run(process.execPath, ['example.mjs', sample], dir).stdout.split('\n');
    expect(lines[0]).toBe('1 Vladimir Poutine arrive à Minsk 2024-05-23T23:30:00+03:00');
    expect(lines.filter((l) => /^\d+ \S/.test(l) && !/^\d+:/.test(l))).toHaveLength(
      parse(readFileSync(sample, 'utf8')).tree.children.filter((c) => c.type === 'section').length,
    );
    expect(lines).toContain('stored tree is valid');
  });

  it('ships every page of docs/ that the installed command\'s help names', () => {
    const bin = join(work, 'esm', 'node_modules', '.bin', 'pressdoc');
    const help = ['--help', 'parse --help', 'validate --help', 'schema --help', 'text --help', 'turns --help']
      .map((args) => spawnSync(bin, args.split(' '), { env: childEnv(), encoding: 'utf8' }).stdout)
      .join('\n');
    const named = [...new Set(help.match(/docs\/[\w./-]+\.md/g) ?? [])];
    expect(named).toContain('docs/rules.md');
    for (const page of named) expect(packedFiles).toContain(page);
  });

  it('ships the MIT LICENSE', () => {
    expect(packedFiles).toContain('LICENSE');
    const license = readFileSync(join(work, 'esm', 'node_modules', 'pressdoc', 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 pressdoc contributors\n/);
  });
});
