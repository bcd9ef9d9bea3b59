import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          exclude: ['tests/unit/**/*.slow.test.ts'],
        },
      },
      {
        // Corpus-wide and huge-page tests (sweep, fuzz, labelled pages, page size): tens of seconds
        // each, so `npm run test:unit` stays quick; `npm test` runs them.
        test: {
          name: 'slow',
          environment: 'node',
          include: ['tests/unit/**/*.slow.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
