import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [WxtVitest(), svelte()],
  test: {
    // VITEST_INCLUDE (comma-separated globs) narrows the suite, e.g. for a mutation run of one folder (stryker.config.mjs).
    include: process.env.VITEST_INCLUDE?.split(',') ?? ['lib/**/*.test.ts', 'components/**/*.test.ts', 'e2e/mock-llm/**/*.test.ts'],
    // VITEST_EXCLUDE (comma-separated globs) leaves test files out, e.g. the corpus-wide ones from a mutation run.
    exclude: [...configDefaults.exclude, ...(process.env.VITEST_EXCLUDE?.split(',') ?? [])],
    setupFiles: ['./vitest.setup.ts'],
    // Real HTTP against the loopback model server: some tests wait for retries.
    testTimeout: 20_000,
    restoreMocks: true,
  },
  resolve: process.env.VITEST
    ? {
        conditions: ['browser'],
        // WXT's `wxt/browser` mock imports the whole `wxt/testing` barrel, which loads esbuild; esbuild refuses to
        // load under jsdom (its TextEncoder check fails). The fake browser is all the mock needs.
        alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }],
      }
    : undefined,
});
