// The core runs in browsers: src/index.ts and everything it imports use
// nothing from Node. Three proofs: esbuild bundles it for the browser platform
// and finds no Node import; the bundle runs in a bare JavaScript realm (no
// process, Buffer, require; only the web's URL added) and gives the same trees
// as in Node; and the core type-checks without Node's types. The shipped
// browser build (dist/browser/pressdoc.js) is checked to be one file with no
// imports; the playground's end-to-end test runs it in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { fixture, SAMPLES } from './helpers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SLOW = 60_000;

const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * Bundles `entry` for the browser and returns the bundle, every module it
 * pulled in, and every import of a Node built-in that it met (which esbuild
 * would otherwise leave as an error or, with `external`, a bare import).
 */
async function bundleForBrowser(entry: string, format: 'esm' | 'iife' = 'esm') {
  const nodeImports: string[] = [];
  const recordNode: Plugin = {
    name: 'record-node-imports',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.path.startsWith('node:') || nodeBuiltins.has(args.path)) {
          nodeImports.push(`${relative(root, args.importer)} imports ${args.path}`);
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'browser',
    format,
    globalName: format === 'iife' ? 'pressdoc' : undefined,
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
    plugins: [recordNode],
  });
  return {
    code: result.outputFiles[0]!.text,
    inputs: Object.keys(result.metafile.inputs),
    nodeImports,
  };
}

describe('the core in a browser', { timeout: SLOW }, () => {
  it('the check sees a Node import when there is one', async () => {
    // A control: a module that reads a file must be caught, or the next tests prove nothing.
    const dir = mkdtempSync(join(tmpdir(), 'pressdoc-browser-'));
    try {
      const entry = join(dir, 'entry.ts');
      writeFileSync(entry, "import { readFileSync } from 'node:fs';\nimport path from 'path';\nexport const f = () => readFileSync(path.join('a', 'b'));\n");
      const { nodeImports } = await bundleForBrowser(entry);
      expect(nodeImports.map((s) => s.split(' imports ')[1])).toEqual(['node:fs', 'path']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('src/index.ts bundles for the browser with no Node import, from src/ only', async () => {
    const { inputs, nodeImports } = await bundleForBrowser(join(root, 'src/index.ts'));
    expect(nodeImports).toEqual([]);
    expect(inputs.length).toBeGreaterThan(10);
    // No dependency at all: every module of the core is pressdoc's own.
    expect(inputs.filter((p) => !p.startsWith('src/'))).toEqual([]);
    expect(inputs).toContain('src/parse.ts');
    expect(inputs).toContain('src/generated/grammar.js');
  });

  it('src/schema.ts (with zod) bundles for the browser with no Node import', async () => {
    const { inputs, nodeImports } = await bundleForBrowser(join(root, 'src/schema.ts'));
    expect(nodeImports).toEqual([]);
    expect(inputs.some((p) => p.includes('node_modules/zod/'))).toBe(true);
  });

  it('the bundle runs without Node globals and gives the same trees as in Node', async () => {
    const { code } = await bundleForBrowser(join(root, 'src/index.ts'), 'iife');
    // A fresh realm holds the ECMAScript globals (and Intl) only; add what every
    // browser has and the core uses: URL.
    const realm = vm.createContext({ URL });
    vm.runInContext(code, realm, { filename: 'pressdoc-browser.js' });
    expect(vm.runInContext('typeof process + typeof Buffer + typeof require', realm)).toBe('undefinedundefinedundefined');
    const browserParse = vm.runInContext('pressdoc.parse', realm) as typeof parse;
    for (const name of SAMPLES) {
      const text = fixture(name);
      const there = browserParse(text);
      expect(there.tree.children.length).toBeGreaterThan(3);
      expect(JSON.stringify(there)).toBe(JSON.stringify(parse(text)));
    }
  });

  it('the core type-checks without Node types (tsconfig.browser.json)', () => {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.browser.json'), '--noEmit'], {
      cwd: root,
      encoding: 'utf8',
      timeout: SLOW,
    });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('dist/browser/pressdoc.js', { timeout: SLOW }, () => {
  const file = join(root, 'dist', 'browser', 'pressdoc.js');

  it('is one minified ES module that imports nothing and exports what the main entry exports', async () => {
    expect(existsSync(file), `${file} is missing: run \`npm run build\` (\`npm test\` does)`).toBe(true);
    const text = readFileSync(file, 'utf8');
    // Minified: no doc comments left, and long lines (template strings of rule
    // examples keep their own line breaks, so the line count is no measure).
    expect(text).not.toContain('/**');
    expect(text.length / text.split('\n').length).toBeGreaterThan(500);
    const result = await build({ entryPoints: [file], bundle: true, write: false, format: 'esm', metafile: true, logLevel: 'silent' });
    const inputs = Object.values(result.metafile.inputs);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.imports).toEqual([]);
    const main = Object.keys(await import('../src/index.js')).sort();
    expect(Object.values(result.metafile.outputs)[0]!.exports.sort()).toEqual(main);
    expect(main).toEqual(expect.arrayContaining(['LineIndex', 'parse', 'validate', 'resolvePeople']));
  });
});

describe('the browser build is a package entry', () => {
  it("`pressdoc/browser` names dist/browser/pressdoc.js with the main entry's types (the same API)", () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, { import: { types: string; default: string } }> };
    expect(pkg.exports['./browser']?.import).toEqual({ types: './dist/index.d.ts', default: './dist/browser/pressdoc.js' });
    expect(pkg.exports['./browser']?.import.types).toBe(pkg.exports['.']?.import.types);
  });
});
