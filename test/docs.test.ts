// The guide in docs/guide/ says what the code does: its generated parts are
// fresh (node reference, timestamp tables, command help), every node type has
// a real example from the samples, its TypeScript examples type-check against
// the real API, the outline it shows is the CLI's, and typedoc builds every page.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commandNames, guidePages, helpText } from '../scripts/docs-guide.js';
import { parse } from '../src/index.js';
import { formatOutline } from '../src/outline.js';
import { fixture } from './helpers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const SLOW = 60_000;

/** The 22 node types of the tree. */
const NODE_TYPES = [
  'root', 'header', 'toc', 'tocEntry', 'section', 'subsection', 'heading', 'dateline', 'tag', 'paragraph', 'list',
  'listItem', 'participants', 'participant', 'speakerTurn', 'speakerLabel', 'photoCounter', 'caption', 'sourceLink',
  'elision', 'boilerplate', 'title',
];

/** The fenced code blocks of a markdown page with the given language. */
function codeBlocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(/^```(\S*)\n([\s\S]*?)^```$/gm)].filter((m) => m[1] === language).map((m) => m[2]!);
}

describe('docs/guide', { timeout: SLOW }, () => {
  const pages = guidePages();

  it.each([...pages.keys()])('%s is fresh', (path) => {
    const message = `${path} is stale: run \`npm run docs:guide\` (part of \`npm run docs\`) and commit it`;
    expect(read(path) === pages.get(path), message).toBe(true);
  });

  it('the README has no relative link, which would break on the registry page (no repository to resolve it against)', () => {
    const relative = [...read('README.md').matchAll(/\]\((?!https?:|#|mailto:)([^)]+)\)/g)].map((m) => m[1]);
    expect(relative).toEqual([]);
  });

  it("getting-started names exactly the package's runtime dependencies", () => {
    const pkg = JSON.parse(read('package.json')) as { dependencies?: Record<string, string> };
    const sentence = /Runtime dependencies: ([^.]*)\./.exec(read('docs/guide/getting-started.md'))?.[1] ?? '';
    const named = [...sentence.matchAll(/`([^`]+)`/g)].map((m) => m[1]).filter((n) => !n!.startsWith('pressdoc'));
    expect(named.sort()).toEqual(Object.keys(pkg.dependencies ?? {}).sort());
  });

  it('the node reference has every node type, each with a real example from a sample', () => {
    const nodes = read('docs/guide/nodes.md');
    const sections = nodes.split(/^## /m).slice(1);
    expect(sections.map((s) => s.split('\n')[0])).toEqual(NODE_TYPES);
    for (const section of sections) {
      const type = section.split('\n')[0]!;
      expect(section, type).toMatch(/^Example from `fixtures\/[a-z0-9-]+\.txt`, lines? \d+/m);
      const [source] = codeBlocks(section, 'text');
      const [json] = codeBlocks(section, 'jsonc');
      expect(json, type).toContain(`"type": "${type}"`);
      // The source shown is the sample's own text.
      const file = /^Example from `fixtures\/([^`]+)`/m.exec(section)![1]!;
      const firstLine = source!.split('\n')[0]!.replace(/…$/, '');
      expect(fixture(file), `${type}: ${firstLine}`).toContain(firstLine);
    }
    expect(nodes).not.toContain('None of the samples has one');
  });

  it('the TypeScript examples of the getting-started page type-check against the real API', () => {
    const blocks = codeBlocks(read('docs/guide/getting-started.md'), 'ts');
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    const dir = mkdtempSync(join(tmpdir(), 'pressdoc-docs-'));
    try {
      blocks.forEach((code, i) => writeFileSync(join(dir, `block-${i + 1}.ts`), code));
      const tsconfig = {
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          lib: ['ES2022'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          types: ['node'],
          typeRoots: [join(root, 'node_modules', '@types')],
          skipLibCheck: true,
          paths: { pressdoc: [join(root, 'src', 'index.ts')], 'pressdoc/schema': [join(root, 'src', 'schema.ts')] },
        },
        include: ['*.ts'],
      };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
      const r = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8', timeout: SLOW });
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the outline shown on the command-line page is what pressdoc parse prints', () => {
    const [shown] = codeBlocks(read('docs/guide/cli.md'), 'text');
    const real = formatOutline(parse(fixture('dossier-6125-minsk-2024.txt')).tree).split('\n');
    const lines = shown!.split('\n').filter((l) => l.trim() !== '…' && l !== 'no diagnostics' && l !== '');
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(real, line).toContain(line);
    expect(parse(fixture('dossier-6125-minsk-2024.txt')).diagnostics).toEqual([]);
  });

  it('the command-line page shows the help of every command', () => {
    const cli = read('docs/guide/cli.md');
    expect(commandNames()).toEqual(expect.arrayContaining(['parse', 'schema']));
    for (const name of commandNames()) expect(cli).toContain(helpText(name).trimEnd());
  });

  it('the command-line page quotes the help that the built pressdoc prints, command by command', () => {
    // The user-level check: the page against `pressdoc … --help` run as a
    // child process (no terminal, so 80 columns), not against the in-process
    // program that generated the page.
    const cli = read('docs/guide/cli.md');
    const live = (args: string[]) => {
      const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.cjs'), ...args, '--help'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout.trimEnd();
    };
    const blocks = codeBlocks(cli, 'console');
    expect(blocks[0]).toBe(`$ pressdoc --help\n${live([])}\n`);
    for (const name of commandNames()) expect(blocks, name).toContain(`$ pressdoc ${name} --help\n${live([name])}\n`);
  });

  it('the command table names every command and the exit status is the one the help states', () => {
    const cli = read('docs/guide/cli.md');
    const table = cli.slice(cli.indexOf('<!-- generated:commands -->'), cli.indexOf('<!-- /generated:commands -->'));
    const listed = [...table.matchAll(/^\| `pressdoc (\S+)/gm)].map((m) => m[1]);
    expect(listed).toEqual(commandNames());
    expect(listed).toEqual(expect.arrayContaining(['parse', 'validate', 'schema', 'text', 'turns']));
    const stated = helpText().split('\n').find((l) => l.startsWith('Exit status:'))!;
    expect(stated).toMatch(/1 when validate finds errors/);
    const section = cli.slice(cli.indexOf('## Exit status'), cli.indexOf('## Help'));
    expect(section).toContain(`> ${stated}`);
    // The old, wrong sentence (exit 1 only for internal errors) is gone.
    expect(section).not.toMatch(/\| `1` \| an internal error/);
  });

  it('typedoc builds every page of the guide', () => {
    const typedoc = JSON.parse(read('typedoc.json')) as { projectDocuments: string[]; treatWarningsAsErrors: boolean };
    const guide = readdirSync(join(root, 'docs', 'guide')).filter((f) => f.endsWith('.md'));
    const inGuide = typedoc.projectDocuments.filter((p) => p.startsWith('docs/guide/'));
    expect(inGuide.map((p) => p.replace('docs/guide/', '')).sort()).toEqual(guide.sort());
    // The other pages (people, rules) are built too, and exist.
    for (const page of typedoc.projectDocuments) expect(existsSync(join(root, page)), page).toBe(true);
    expect(typedoc.treatWarningsAsErrors).toBe(true);
  });
});
