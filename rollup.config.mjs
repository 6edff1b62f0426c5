// Two builds:
//  1. dist/**: one ESM module per source module, with lit, zod and d3 left as imports so that
//     an application bundler can dedupe them. Types come from `tsc -p tsconfig.build.json`.
//  2. dist/cdn/loader.js + sdk.js + chunks/: minified ES module chunks for pages without a bundler;
//     the loader registers each element the first time its tag appears, so a page downloads only
//     the elements it uses.
//  3. dist/cdn/stegvis.js: one minified file with everything inlined, for pages that want a single
//     <script type="module" src=".../stegvis.js">. It registers every element.
import { existsSync, readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const components = readdirSync('src/components', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const input = [
  'src/index.ts',
  'src/define.ts',
  'src/sdk/index.ts',
  'src/sdk/cohort.ts',
  'src/sdk/interop/index.ts',
  'src/sdk/sample/index.ts',
  // Build-time only (test/tools/json-schema.mjs writes dist/schema/*.json from it); not in any entry.
  'src/sdk/interop/json-schema.ts',
  ...(existsSync('src/react/index.ts') ? ['src/react/index.ts'] : []),
  // Languages: the public API, and one module per shipped language (registered on import).
  ...readdirSync('src/translations').map((f) => `src/translations/${f}`),
  ...components.flatMap((c) => [`src/components/${c}/index.ts`, `src/components/${c}/define.ts`]),
].filter(existsSync);

const external = [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^zod(\/|$)/, /^react(\/|$)/, /^react-dom(\/|$)/];

// Third-party noise only: zod's own circular imports and its comment annotations.
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
  if (warning.code === 'INVALID_ANNOTATION' && /node_modules/.test(warning.id ?? '')) return;
  warn(warning);
};

// Whitespace and comments inside html`` and css`` templates are not code, so terser and a
// vendor's bundler keep them: minified here, in the per-module build and the CDN file alike.
// failOnError: a template the minifier cannot read fails the build rather than ship unminified.
// Whitespace is collapsed conservatively: a run of spaces and newlines becomes one character
// (a newline when the run had one), never nothing. The minifier sees each template on its own,
// so removing "edge" whitespace would eat the space that starts a nested template
// (html` (frivilligt)`) or ends one, and the built files would render "sömn?(frivilligt)". One
// space renders exactly as the run it replaces in every white-space mode the elements use.
// test/node/build-text.test.mjs compares the rendered text of dist/ with the sources.
const templates = () =>
  minifyHTML({
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, preserveLineBreaks: true } },
  });

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });

export default [
  {
    input,
    external,
    onwarn,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      entryFileNames: '[name].js',
    },
    plugins: [nodeResolve(), templates(), ts()],
  },
  {
    // dist/cdn/loader.js registers each element when its tag first appears; dist/cdn/sdk.js is the
    // SDK for such pages. Both share the chunks in dist/cdn/chunks/, so a page loads each module once.
    input: { loader: 'src/cdn-loader.ts', sdk: 'src/sdk/index.ts' },
    onwarn,
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      // Each element's chunk is named after it (chunks/radar-<hash>.js); what every element needs
      // (Lit and src/internal/) is one chunk, chunks/base-<hash>.js, not a request per small module.
      chunkFileNames: (chunk) => {
        const element = /components\/([^/]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '');
        return `chunks/${element ? element[1] : '[name]'}-[hash].js`;
      },
      manualChunks: (id) =>
        /[\\/]src[\\/]internal[\\/]|[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(
          id,
        )
          ? 'base'
          : undefined,
    },
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
      templates(),
      ts(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
  {
    input: 'src/cdn.ts',
    onwarn,
    output: { file: 'dist/cdn/stegvis.js', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
      templates(),
      ts(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
  // One file per shipped language for CDN pages: `<script type="module" src=".../translations/ar.js">`
  // after stegvis.js. The two share the registry through globalThis, so nothing is duplicated but
  // the few lines that register.
  ...readdirSync('src/translations')
    .filter((f) => f !== 'index.ts')
    .map((f) => ({
      input: `src/translations/${f}`,
      onwarn,
      output: { file: `dist/cdn/translations/${f.replace(/\.ts$/, '.js')}`, format: 'es', sourcemap: true },
      plugins: [ts(), terser({ ecma: 2022, module: true, format: { comments: false } })],
    })),
];
