import { defineConfig } from 'vitest/config';

// End-to-end tests in a real browser (`npm run test:e2e`), kept out of `npm test`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    // One browser at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
