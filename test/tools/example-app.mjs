// Builds one of the framework examples (examples/<name>/) with Vite from the repository's own
// node_modules, against the built package in dist/, and serves its output for a browser check.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serveStatic } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Builds examples/<name> into examples/<name>/dist and serves it; resolves to `{ origin, close }`. */
export async function buildAndServeExample(name) {
  if (!existsSync(`${root}dist/index.js`)) throw new Error('dist/ is missing: run `npm run build` first.');
  await build({ configFile: `${root}examples/${name}/vite.config.mjs`, logLevel: 'error' });
  return serveStatic({ root: `${root}examples/${name}/dist` });
}
