import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/ci-seed.ts'],
    // A hang guard, not a speed limit: the property suites and the sample
    // sweeps run hundreds of parses per test, which the 5 s default does not
    // allow on a loaded 2-core machine. Times belong in `npm run bench`.
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    // The command line's code cache (src/bin.ts) goes to a folder of the
    // tests, not the user's home; test/cli-startup.test.ts checks the default.
    env: { PRESSDOC_COMPILE_CACHE: join(tmpdir(), 'pressdoc-test-code-cache') },
  },
});
