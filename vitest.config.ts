import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    // The contract tests parse every prefix of the samples and validate each
    // tree; on a loaded 2-core machine that passes vitest's 5 s default.
    // Speed is measured by `npm run bench`, not by test timeouts.
    testTimeout: 60_000,
  },
});
