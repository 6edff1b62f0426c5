// Maps the package's public entry points to its build output (dist/), following package.json
// "exports": the examples import `stegvis/react`, `stegvis/define.js` and `stegvis/sdk` exactly
// as an application that installed stegvis from npm would.
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Vite `resolve.alias` entries for stegvis's entry points. */
export const stegvisAliases = [
  { find: /^stegvis$/, replacement: `${dist}index.js` },
  { find: /^stegvis\/define\.js$/, replacement: `${dist}define.js` },
  { find: /^stegvis\/sdk$/, replacement: `${dist}sdk/index.js` },
  { find: /^stegvis\/react$/, replacement: `${dist}react/index.js` },
  { find: /^stegvis\/components\/([^/]+)\/define\.js$/, replacement: `${dist}components/$1/define.js` },
  { find: /^stegvis\/components\/([^/]+)$/, replacement: `${dist}components/$1/index.js` },
];
