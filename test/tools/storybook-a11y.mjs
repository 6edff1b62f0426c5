#!/usr/bin/env node
// Renders every story of the built Storybook (storybook-static/, from `npm run build-storybook`)
// in headless Chromium and checks it with axe-core, the way the a11y addon does in the browser:
// the whole story body minus Storybook's own wrappers, every rule but `region`, and the story's
// own `parameters.a11y` (config, options, context; `test: 'off'` or `disable` skips, `'todo'`
// reports without failing). A story also fails when it throws, when its play function fails,
// when the addon's own run inside the story reported violations, or when it logs an error.
//
// Prints TAP ("ok N - <story id>"), then "# pass N" / "# fail N" and a last line
// "N passed, N failed"; exits 1 when any story failed.
//
//   node test/tools/storybook-a11y.mjs [--dir storybook-static] [--filter radar] [--concurrency 2] [--verbose]
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { launchChromium, serveStatic } from './browser.mjs';
import { checkStory as check, openStoryTab, storyIds } from './storybook-sweep.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const dir = resolve(root, arg('--dir') ?? 'storybook-static');
const filter = arg('--filter');
const concurrency = Number(arg('--concurrency') ?? 2);
const verbose = process.argv.includes('--verbose');
// Generous: the first story of a tab also loads the preview, and the addon runs axe in it first.
const storyTimeout = 120_000;

if (!existsSync(`${dir}/index.json`)) {
  console.log(`not ok 1 - ${dir}/index.json is missing: run \`npm run build-storybook\` first`);
  console.log('# pass 0\n# fail 1\n\n0 passed, 1 failed');
  process.exit(1);
}

const stories = storyIds(dir, filter);

const server = await serveStatic({ root: dir });
const browser = await launchChromium();
console.log('TAP version 13');
let passed = 0;
let failed = 0;
let n = 0;
const queue = [...stories];
const results = new Map();
let next = 0;
const report = () => {
  while (results.has(stories[next])) {
    const r = results.get(stories[next]);
    n += 1;
    next += 1;
    if (r.skipped) {
      console.log(`ok ${n} - ${r.id} # SKIP ${r.skipped}`);
    } else if (r.problems.length === 0) {
      passed += 1;
      console.log(`ok ${n} - ${r.id}${r.todo ? ' # TODO a11y.test is "todo"' : ''}`);
      if (verbose) console.log(`  # ${(r.ms / 1000).toFixed(1)} s`);
      for (const t of r.todo || []) console.log(`  # ${t}`);
    } else {
      failed += 1;
      console.log(`not ok ${n} - ${r.id}`);
      console.log('  ---');
      for (const p of r.problems) console.log(`  - ${JSON.stringify(p)}`);
      console.log('  ...');
    }
  }
};
await Promise.all(
  Array.from({ length: Math.max(1, concurrency) }, async () => {
    let tab = await openStoryTab(browser, server.origin, { storyTimeout });
    while (queue.length > 0) {
      const id = queue.shift();
      const started = Date.now();
      const result = await check(tab, id);
      result.ms = Date.now() - started;
      results.set(id, result);
      report();
      // After a story that broke, start the next one on a fresh tab.
      if (result.problems.length > 0) {
        await tab.page.browserContext().close();
        tab = await openStoryTab(browser, server.origin, { storyTimeout });
      }
    }
    await tab.page.browserContext().close();
  }),
);
await browser.close();
await server.close();
console.log(`1..${n}`);
console.log(`# pass ${passed}`);
console.log(`# fail ${failed}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
