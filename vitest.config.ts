import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that need the built site; the `site` project builds it once per run (tests/support/build-sites.ts). */
const SITE_TESTS = ['tests/site/site.test.ts', 'tests/e2e/**/*.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SITE_TESTS],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: SITE_TESTS,
          // Runs only when a site test is selected: builds `/` and `/nn-course/` once and provides their dist paths.
          globalSetup: ['tests/support/build-sites.ts'],
          // One Chromium at a time: the machines have two shared cores.
          fileParallelism: false,
          // axe over a long KaTeX page takes 10-40 s on an idle 2-core machine, several times that on a busy one.
          testTimeout: 600_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
