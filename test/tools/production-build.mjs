// The esbuild options for bundling "as an application ships to production", shared by the size
// budgets (test/tools/size-budget.mjs) and the benchmarks (bench/*.bench.mjs): every dependency
// inlined, minified, Lit's production build (the `production` export condition), paths from the
// repository root. Spread it and add the entry, output and any extras.
import { fileURLToPath } from 'node:url';

/** The repository root, as a path ending in a slash. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** esbuild options every production bundle here shares. */
export const production = Object.freeze({
  absWorkingDir: root,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'error',
});
