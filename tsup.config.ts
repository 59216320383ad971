import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { BUILD_STAMP } from './src/cli/code-cache.js';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['plugins']>[number];

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source-map segment (base64 VLQ). */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = VLQ.indexOf(c);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

function encodeSegment(numbers: readonly number[]): string {
  let out = '';
  for (const n of numbers) {
    let value = n < 0 ? (-n << 1) | 1 : n << 1;
    do {
      let digit = value & 31;
      value >>>= 5;
      if (value > 0) digit |= 32;
      out += VLQ[digit];
    } while (value > 0);
  }
  return out;
}

/**
 * Writes every non-ASCII UTF-16 unit left in a chunk as `\\uXXXX`, and moves
 * the source map's columns to match. esbuild escapes strings and templates
 * but leaves regular-expression literals and comments as they are; one such
 * character makes Node decode the whole file as UTF-8 and V8 scan it as a
 * two-byte string, which a one-file `pressdoc parse` pays at every start
 * (measured: 3% of its instructions). `\\uXXXX` means the same character in a
 * string, a template's cooked value, a regular expression (with or without
 * the u flag: a pair of escaped surrogates is one code point) and an
 * identifier; a template's raw value would change, so a chunk using
 * String.raw with such a character fails the build instead.
 */
/**
 * Resolves commander's `require('node:child_process')` to
 * src/cli/child-process-on-demand.ts, which loads the real module on its
 * first call: commander needs it only for executable subcommands, which
 * pressdoc has none of, and loading it at every start cost a one-file
 * `pressdoc parse` 55M of its 1,016M instructions (valgrind).
 */
const childProcessOnDemand: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'child-process-on-demand',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: fileURLToPath(new URL('./src/cli/child-process-on-demand.ts', import.meta.url)) } : undefined,
    );
  },
};

/**
 * Ends dist/cli-main.cjs with a comment line `// pressdoc-build <hash>`, the
 * SHA-256 of the file before it (16 hex digits): the executable names its
 * code cache by it (src/cli/code-cache.ts). V8 checks only the length of
 * the source a cache was made for, and npm gives every installed file the
 * same modification time, so neither tells two builds apart.
 */
const buildStamp: Plugin = {
  name: 'pressdoc-build-stamp',
  renderChunk(code, info) {
    if (!info.path.endsWith('cli-main.cjs')) return undefined;
    return { code: `${code}\n${BUILD_STAMP}${createHash('sha256').update(code).digest('hex').slice(0, 16)}\n` };
  },
};

/**
 * Leaves src/cli/import-file.ts out of dist/cli-main.cjs: the command line
 * requires it from beside itself (dist/import-file.cjs, built with the
 * executable), so that its `import()` runs in code Node compiled.
 */
const importFileBeside: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'import-file-beside',
  setup(build) {
    build.onResolve({ filter: /[\\/]import-file\.js$/ }, () => ({ path: './import-file.cjs', external: true }));
  },
};

const asciiOnly: Plugin = {
  name: 'pressdoc-ascii-only',
  renderChunk(code, info) {
    if (!/\.c?js$/.test(info.path) || !/[^\0-\x7f]/.test(code)) return undefined;
    if (code.includes('String.raw')) throw new Error(`${info.path}: String.raw beside a non-ASCII character; escape it by hand`);
    const lines = code.split('\n');
    const map = typeof info.map === 'string' ? JSON.parse(info.map) : info.map;
    const mappings: string[] | undefined = map?.mappings.split(';');
    lines.forEach((line, l) => {
      if (!/[^\0-\x7f]/.test(line)) return;
      // Generated columns (UTF-16 units) of the escaped characters, in this line.
      const at: number[] = [];
      lines[l] = line.replace(/[^\0-\x7f]/g, (c, i: number) => {
        at.push(i);
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      });
      const segments = mappings?.[l];
      if (mappings === undefined || segments === undefined || segments === '') return;
      // A segment's first number is its column relative to the one before it in the line.
      let column = 0;
      let moved = 0;
      mappings[l] = segments
        .split(',')
        .map((segment) => {
          const numbers = decodeSegment(segment);
          column += numbers[0] as number;
          const shift = 5 * at.filter((i) => i < column).length;
          numbers[0] = column + shift - moved;
          moved = column + shift;
          return encodeSegment(numbers);
        })
        .join(',');
    });
    if (map && mappings) {
      map.mappings = mappings.join(';');
      info.map = typeof info.map === 'string' ? JSON.stringify(map) : map;
    }
    return { code: lines.join('\n') };
  },
};

/** What every file of the command line shares: Node 20, whitespace and syntax minified (stack traces keep function names; the source maps give the lines). */
const nodeFile = { platform: 'node', target: 'node20', minifyWhitespace: true, minifySyntax: true } satisfies Options;

export default defineConfig([
  {
    // The library: ESM + CommonJS + declarations for each.
    entry: { index: 'src/index.ts', schema: 'src/schema.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    // The core for browsers as one minified ES module, for <script type="module">
    // and the playground. test/browser.test.ts proves it needs nothing from Node.
    entry: { 'browser/pressdoc': 'src/index.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    treeshake: true,
    // One self-contained file: bundle dependencies too.
    noExternal: [/.*/],
  },
  {
    // The command line, Node only, as one CommonJS file that the executable
    // (below) runs with V8's code cache: Node 20 keeps no such cache for ES
    // modules, and an ES entry costs more to start than a CommonJS one.
    entry: { 'cli-main': 'src/cli.ts' },
    format: ['cjs'],
    ...nodeFile,
    sourcemap: true,
    // import.meta.url (the worker's file beside this one) as a file URL of __filename.
    shims: true,
    // The command line's own dependencies are bundled in, so that library
    // users do not install them (they are devDependencies); zod stays a
    // dependency of the library. What a command loads with import() (zod
    // for `pressdoc schema` and `validate`, tinyglobby for globs, the worker
    // pool, lilconfig for the configuration file) runs only when it is
    // imported: esbuild keeps each such module's top level in a function.
    noExternal: ['commander', 'tinyglobby', 'fdir', 'picomatch', 'lilconfig'],
    // The stamp last: it hashes the file as written.
    plugins: [asciiOnly, buildStamp],
    esbuildPlugins: [childProcessOnDemand, importFileBeside],
    // tsup's own resolver of `node:` imports would take commander's first
    // (marked external), and Node 20 reads `node:` itself.
    removeNodeProtocol: false,
  },
  {
    // The executable: finds the code cache and runs dist/cli-main.cjs with it.
    entry: { cli: 'src/bin.ts' },
    format: ['cjs'],
    ...nodeFile,
    shims: true,
    noExternal: ['env-paths', 'is-safe-filename'],
    plugins: [asciiOnly],
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The command line's door to import() (src/cli/import-file.ts), beside it.
    entry: { 'import-file': 'src/cli/import-file.ts' },
    format: ['cjs'],
    ...nodeFile,
  },
  {
    // The worker thread of `pressdoc validate`, which the command line loads
    // from beside itself (dist/validate-worker.js).
    entry: { 'validate-worker': 'src/cli/validate-worker.ts' },
    format: ['esm'],
    ...nodeFile,
    sourcemap: true,
    splitting: true,
    plugins: [asciiOnly],
    removeNodeProtocol: false,
    // Bundled CommonJS code requires Node's built-ins: an ES module has no
    // require of its own, so each file gets one.
    banner: { js: "import { createRequire as __pressdocRequire } from 'node:module';\nconst require = __pressdocRequire(import.meta.url);" },
  },
]);
