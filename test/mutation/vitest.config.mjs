// Vitest runs the DOM-free SDK tests in Node, only for mutation testing (StrykerJS, see
// stryker.config.mjs and the README's "Mutation testing"). The suite of record is @web/test-runner.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('../..'),
  resolve: { alias: { '@open-wc/testing': here('./open-wc-testing.ts') } },
  test: {
    include: ['test/sdk/**/*.test.ts'],
    // LHC-Forms needs a browser page; the JSON Schema test reads dist/.
    exclude: ['test/sdk/interop/lforms-filler.test.ts'],
    setupFiles: [here('./mocha-globals.ts')],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'threads',
  },
});
