import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Browser and store tests start real processes; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The default output, and a last line with the count of tests run on PostgreSQL.
    reporters: ['default', './test/reporters/postgres-count.ts'],
  },
});
