// A @web/test-runner plugin: the suites that check what a vendor embeds (test/embed/**: the host
// page, the CSS properties, hostile input) import the built package (dist/) instead of the
// TypeScript sources. Their `../../src/x.js` imports are served from `../../dist/x.js`, the
// modules npm ships, templates minified; run `npm run build` first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Test files whose imports of src/ come from dist/: paths from the served root. */
export const builtSuites = [/^\/test\/embed\//];

export function builtPackagePlugin() {
  return {
    name: 'stegvis-built-package',
    serverStart() {
      if (!existsSync(`${root}dist/index.js`)) {
        throw new Error('dist/ is missing: the embedding suites test the built package; run `npm run build` first.');
      }
    },
    resolveImport({ source, context }) {
      if (!builtSuites.some((re) => re.test(context.path))) return undefined;
      const match = /^((?:\.\.\/)+)src\/(.+)$/.exec(source);
      if (!match) return undefined;
      return `${match[1]}dist/${match[2]}`;
    },
  };
}
