// A @web/test-runner plugin: the suites that check what a vendor embeds (test/embed/**: the host
// page, the CSS properties, hostile input) import the built package (dist/) instead of the
// TypeScript sources. Their `../../src/x.js` imports are served from `../../dist/x.js`, the
// modules npm ships, templates minified; run `npm run build` first.
//
// test/embed/built/** goes one step further: each of its files imports a suite written for the
// sources (the keyboard suites, the component suites with their axe checks) and runs it a second
// time on dist/. The plugin marks every relative module such a file imports, directly or through
// helpers and fixtures, with `?built`; a module served with that mark has its src/ imports
// served from dist/ too (and passes the mark on). The same file without the mark, in its own
// test page, still runs on the sources. Nothing but a test page under test/embed/ gets the mark.
/* global URLSearchParams */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Test files whose imports of src/ come from dist/: paths from the served root. */
export const builtSuites = [/^\/test\/embed\//];

/** The query that marks a module imported by a built suite. */
export const builtMark = 'built';

/**
 * Modules of src/ that the suites use for their own expectations, not as the thing under test,
 * and that dist/ does not ship as such: the radar's geometry (dist keeps only the functions the
 * element uses) and a sample instrument that is story data only. They stay on the sources; they
 * import nothing but data.
 */
export const sourceOnly = ['components/radar/geometry.js', 'sdk/sample/problem-instrument.js'];

const marked = (url) => new URLSearchParams(url.split('?')[1] ?? '').has(builtMark);

export function builtPackagePlugin() {
  return {
    name: 'stegvis-built-package',
    serverStart() {
      if (!existsSync(`${root}dist/index.js`)) {
        throw new Error('dist/ is missing: the embedding suites test the built package; run `npm run build` first.');
      }
    },
    resolveImport({ source, context }) {
      const inBuiltSuite = builtSuites.some((re) => re.test(context.path)) || marked(context.url);
      if (!inBuiltSuite || !source.startsWith('.')) return undefined;
      const toSrc = /^((?:\.\.\/)+)src\/(.+)$/.exec(source);
      if (toSrc && sourceOnly.includes(toSrc[2])) return undefined;
      if (toSrc && !context.path.startsWith('/src/')) return `${toSrc[1]}dist/${toSrc[2]}`;
      // Any other relative module of the tests (helpers, fixtures, the suite itself, stories):
      // the .ts file behind a .js import, marked so that its own imports come from dist/ too.
      if (context.path.startsWith('/dist/') || source.includes('?')) return undefined;
      let target = source;
      if (source.endsWith('.js')) {
        const ts = `${source.slice(0, -3)}.ts`;
        if (existsSync(join(root, dirname(context.path), ts))) target = ts;
      }
      return `${target}?${builtMark}`;
    },
  };
}
