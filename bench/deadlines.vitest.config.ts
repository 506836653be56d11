/** Runs bench/deadlines-scale.bench.ts with the integration tests' database setup (not part of `npm test`). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/deadlines-scale.bench.ts'],
    globalSetup: ['apps/server/test/support/global-setup.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
