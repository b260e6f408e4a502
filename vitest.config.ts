import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Two cores: two workers keep the suite fast without oversubscribing.
    maxWorkers: 2,
    reporters: ['default', './test/helpers/plain-summary-reporter.ts'],
  },
});
