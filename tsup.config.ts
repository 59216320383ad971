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
    banner: { js: '#!/usr/bin/env node' },
  },
]);
