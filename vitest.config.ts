import { defineConfig } from 'vitest/config';

// Two projects so that `npm test` can report unit and integration separately and
// `npm run test:pg` can re-run only the database-backed suite on PostgreSQL.
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/web/src/**/*.test.{ts,tsx}',
            'apps/web/build/**/*.test.ts',
            'apps/server/src/**/*.unit.test.ts',
            'scripts/**/*.unit.test.ts',
          ],
          // Web code reads its texts through i18next; tests see them in English.
          setupFiles: ['apps/web/src/test/setup-i18n.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/server/src/**/*.test.ts'],
          exclude: ['apps/server/src/**/*.unit.test.ts'],
          // Limits bound a failing wait; on a busy machine a passing test may take many times
          // what it takes alone, and tests that start processes set a larger budget of their own.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file builds its own app on its own database; parallel files keep the suite quick.
          fileParallelism: true,
        },
      },
    ],
  },
});
