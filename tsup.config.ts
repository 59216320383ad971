import { existsSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// The command line, Node only. Built only once src/cli.ts exists, so the
// library builds on its own (tsup exits non-zero on a missing entry).
const cli: Options = {
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  banner: { js: '#!/usr/bin/env node' },
};

export default defineConfig([
  {
    // The library: ESM + CommonJS + declarations for each.
    entry: { index: 'src/index.ts', schema: 'src/schema.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  ...(existsSync('src/cli.ts') ? [cli] : []),
]);
