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
    // The command line, Node only.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
