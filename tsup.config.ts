import { existsSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const library: Options = {
  // The library: ESM + CommonJS + declarations for each.
  entry: { index: 'src/index.ts', schema: 'src/schema.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
};

const cli: Options = {
  // The command line, Node only.
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  banner: { js: '#!/usr/bin/env node' },
};

// The command line is built where its source exists: a branch cut before
// src/cli.ts was committed still builds (tsup fails on a missing entry).
export default defineConfig(existsSync('src/cli.ts') ? [library, cli] : [library]);
