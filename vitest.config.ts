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
  },
});
