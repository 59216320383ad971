import { defineConfig } from 'tsup';

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
    // The command line, Node only, and the worker thread of `pressdoc validate`,
    // which the command line loads from beside itself (dist/validate-worker.js).
    entry: { cli: 'src/cli.ts', 'validate-worker': 'src/cli/validate-worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    // The command line's own dependencies are bundled in, so that library
    // users do not install them (they are devDependencies); zod stays a
    // dependency of the library. Dynamic import()s become chunks loaded
    // only by the commands that need them (tinyglobby for globs, the worker
    // pool for threads, zod for `pressdoc schema`, lilconfig for the
    // configuration file).
    noExternal: ['commander', 'tinyglobby', 'fdir', 'picomatch', 'lilconfig'],
    splitting: true,
    // commander and picomatch are CommonJS and require Node's built-ins:
    // an ES module has no require of its own, so each file gets one.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __pressdocRequire } from 'node:module';\nconst require = __pressdocRequire(import.meta.url);" },
  },
]);
