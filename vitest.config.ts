import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
    // Integration tests share one Redis and one ClickHouse; files still run in parallel because
    // each uses its own keys, stream names and database.
    pool: 'forks',
  },
});
