import { defineConfig } from 'vitest/config';

// Projects: pure packages run fast and in parallel; the server project holds API and database tests,
// which share one migrated PGlite template per worker (see packages/server/test/db.ts).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', root: 'packages/domain', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
      { test: { name: 'solver', root: 'packages/solver', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'contract', root: 'packages/contract', include: ['src/**/*.test.ts'] } },
      { test: { name: 'tooling', root: '.', include: ['scripts/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'web', root: 'packages/web', include: ['src/**/*.test.ts'] } },
      { test: { name: 'cli', root: 'packages/cli', include: ['src/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'server',
          root: 'packages/server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
