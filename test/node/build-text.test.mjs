// The built files render the same text as the sources. Every story of stories/*.stories.ts (its
// args, and its play function) is rendered three times, each on its own page: from the sources
// (src/), from the per-module build (dist/), and from the single CDN file (dist/cdn/stegvis.js).
// For every shadow tree of every stegvis element on the page the visible text is compared,
// spaces included: the text as laid out (innerText, which collapses white space the way the
// page renders it) and every text node's characters with runs of white space made one space.
// A template minifier that drops the space at the edge of a nested template ("sömn?(frivilligt)")
// or between two words fails here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchBrowser, serveStatic } from '../tools/browser.mjs';
import { root } from '../tools/production-build.mjs';

const storyFiles = readdirSync(join(root, 'stories')).filter((f) => f.endsWith('.stories.ts'));
const out = mkdtempSync(join(tmpdir(), 'stegvis-build-text-'));

/** Bundles every story module into one page script; `variant` says where `../src/**` comes from. */
async function bundle(variant) {
  const entry = [
    // The stories' own Lit renders them, as in Storybook.
    "import { render } from 'lit'; window.__lit = { render };",
    ...storyFiles.map((f, i) => `import * as s${i} from './stories/${f}';`),
  ].join('\n');
  const names = storyFiles.map((f, i) => `${JSON.stringify(f)}: s${i}`).join(', ');
  const redirect = {
    name: 'built-files',
    setup(b) {
      if (variant === 'src') return;
      b.onResolve({ filter: /\/src\// }, (args) => {
        if (!args.importer.includes('/stories/')) return undefined;
        const path = join(args.resolveDir, args.path).replace(`${root}src/`, `${root}dist/`);
        // A story's own sample data that the package does not ship (no module in dist/) comes
        // from src/ in every variant: it is data for the story, not code under test.
        if (!existsSync(path.replace(/\.ts$/, '.js'))) return undefined;
        if (variant === 'cdn') {
          // A shipped language is a CDN file of its own beside stegvis.js.
          const language = /\/src\/translations\/([\w-]+)\.(?:js|ts)$/.exec(join(args.resolveDir, args.path));
          if (language) return { path: `/dist/cdn/translations/${language[1]}.js`, external: true };
          return { path: '/dist/cdn/stegvis.js', external: true };
        }
        return { path };
      });
    },
  };
  const file = join(out, `${variant}.js`);
  await build({
    stdin: { contents: `${entry}\nwindow.__stories = { ${names} };`, resolveDir: root, loader: 'js' },
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(root, 'tsconfig.json'),
    outfile: file,
    logLevel: 'error',
    plugins: [redirect],
  });
  writeFileSync(
    join(out, `${variant}.html`),
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${variant}</title></head>` +
      `<body><div id="canvas"></div><script type="module" src="/out/${variant}.js"></script></body></html>`,
  );
}

/* global requestAnimationFrame, setTimeout, NodeFilter */
// Runs in the page: renders one story and returns the text of every stegvis shadow tree.
async function renderStory(file, name) {
  const module = window.__stories[file];
  const meta = module.default;
  const story = module[name];
  const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
  const renderFn = story.render ?? meta.render;
  const { render } = window.__lit;
  // A fresh container per story: nothing of the previous one (or its Lit markers) is left.
  const canvas = document.createElement('div');
  document.getElementById('canvas').replaceChildren(canvas);
  render(renderFn(args, { args }), canvas);
  const settle = async () => {
    for (let i = 0; i < 3; i += 1) {
      for (const el of canvas.querySelectorAll('*')) if (el.localName.startsWith('steg-')) await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    }
  };
  await settle();
  if (story.play) {
    await story.play({ canvasElement: canvas, args });
    await settle();
  }
  const trees = [];
  const visit = (node, path) => {
    for (const el of node.querySelectorAll('*')) {
      if (!el.shadowRoot || !el.localName.startsWith('steg-')) continue;
      const where = `${path} > ${el.localName}`;
      const laidOut = [...el.shadowRoot.children]
        .map((c) => (typeof c.innerText === 'string' ? c.innerText : ''))
        .join('\n');
      const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
      let characters = '';
      while (walker.nextNode()) {
        if (walker.currentNode.parentElement?.localName === 'style') continue;
        characters += walker.currentNode.nodeValue;
      }
      trees.push({ where, laidOut, characters: characters.replace(/\s+/g, ' ') });
      visit(el.shadowRoot, where);
    }
  };
  visit(canvas, '');
  return trees;
}

/** Where two texts first differ, with some context, or '' when they are the same. */
function firstDifference(actual, expected) {
  if (actual === expected) return '';
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i += 1;
  const around = (t) => JSON.stringify(t.slice(Math.max(0, i - 40), i + 40));
  return `at character ${i}: built ${around(actual)}, sources ${around(expected)}`;
}

let server;
let browser;
const variants = ['src', 'dist', 'cdn'];
const pages = {};

before(async () => {
  assert.ok(existsSync(`${root}dist/index.js`), 'dist/ is missing: run `npm run build` first');
  assert.ok(existsSync(`${root}dist/cdn/stegvis.js`), 'dist/cdn/stegvis.js is missing: run `npm run build` first');
  for (const v of variants) await bundle(v);
  server = await serveStatic({ root, mounts: { '/out/': `${out}/` } });
  browser = await launchBrowser();
  for (const v of variants) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 800 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e?.message ?? e)));
    await page.goto(`${server.origin}/out/${v}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__stories && window.__lit, { timeout: 30_000 });
    assert.deepEqual(errors, [], `${v}: the page threw`);
    pages[v] = page;
  }
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

const storyNames = await (async () => {
  // The exported names of each story module, read without running it: `export const Name`.
  const { readFileSync } = await import('node:fs');
  return storyFiles.flatMap((file) =>
    [...readFileSync(join(root, 'stories', file), 'utf8').matchAll(/^export const (\S+): Story/gmu)].map((m) => [
      file,
      m[1],
    ]),
  );
})();

test('every story module has stories to compare', () => {
  assert.ok(storyNames.length >= 40, `only ${storyNames.length} stories found`);
});

for (const [file, name] of storyNames) {
  test(
    `${file} ${name}: dist/ and dist/cdn/stegvis.js render the same text as src/`,
    { timeout: 120_000 },
    async () => {
      const results = {};
      for (const v of variants) {
        // Only the tab in front gets animation frames, and the elements lay out in them.
        await pages[v].bringToFront();
        results[v] = await pages[v].evaluate(renderStory, file, name);
      }
      assert.ok(results.src.length > 0, 'the story rendered no stegvis element');
      assert.ok(
        results.src.some((t) => t.laidOut.trim().length > 0),
        'the sources rendered no visible text',
      );
      for (const v of ['dist', 'cdn']) {
        const label = v === 'cdn' ? 'dist/cdn/stegvis.js' : 'dist/';
        assert.deepEqual(
          results[v].map((t) => t.where),
          results.src.map((t) => t.where),
          `${label} renders other elements than src/`,
        );
        results.src.forEach((tree, i) => {
          for (const key of ['laidOut', 'characters']) {
            const difference = firstDifference(results[v][i][key], tree[key]);
            if (difference) assert.fail(`${label}${tree.where} (${key}) differs from src/: ${difference}`);
          }
        });
      }
    },
  );
}
