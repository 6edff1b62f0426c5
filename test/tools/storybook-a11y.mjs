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
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { launchChromium, serveStatic, watchPage } from './browser.mjs';

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

const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
const stories = Object.values(index.entries)
  .filter((e) => e.type === 'story')
  .filter((e) => !filter || e.id.includes(filter))
  .map((e) => e.id);
const axeSource = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

// Installed before Storybook's own scripts: catches the channel as soon as the preview creates
// it, and records how each story's render ended (with the reports of the afterEach hooks,
// among them the a11y addon's own axe run).
function hookStorybookChannel() {
  window.__sweep = { finished: null, errors: [] };
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', (payload) => {
        window.__sweep.finished = payload;
      });
      for (const name of [
        'storyErrored',
        'storyThrewException',
        'playFunctionThrewException',
        'storyMissing',
        'unhandledErrorsWhilePlaying',
      ]) {
        value.on(name, (payload) => {
          window.__sweep.errors.push(
            `${name}: ${payload?.message ?? payload?.title ?? JSON.stringify(payload)?.slice(0, 300)}`,
          );
        });
      }
    },
  });
}

// Runs in the story's page after it finished rendering.
async function runAxe() {
  const story = window.__STORYBOOK_PREVIEW__?.currentRender?.story;
  const a11y = story?.parameters?.a11y ?? {};
  if (a11y.disable === true || a11y.test === 'off')
    return { skipped: `a11y ${a11y.disable ? 'disabled' : "test: 'off'"}` };
  const context = { include: document.body, exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'] };
  if (a11y.context) {
    if (typeof a11y.context === 'object' && ('include' in a11y.context || 'exclude' in a11y.context)) {
      if (a11y.context.include !== undefined) context.include = a11y.context.include;
      if (a11y.context.exclude !== undefined) context.exclude = context.exclude.concat(a11y.context.exclude);
    } else context.include = a11y.context;
  }
  const config = a11y.config ?? {};
  window.axe.reset();
  window.axe.configure({ ...config, rules: [{ id: 'region', enabled: false }, ...(config.rules ?? [])] });
  const result = await window.axe.run(context, a11y.options ?? {});
  return {
    mode: a11y.test === 'todo' ? 'todo' : 'error',
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      count: v.nodes.length,
    })),
  };
}

/**
 * A tab that renders one story after another: the first through a page load, the rest through
 * Storybook's own channel (`setCurrentStory`), which is how its manager switches stories and
 * avoids loading the preview again for each one.
 */
async function openStoryTab(browser, origin) {
  // Each tab in its own browser context (its own window): a background tab gets no animation
  // frames, and Storybook's render waits for them.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  const { log } = await watchPage(page);
  await page.evaluateOnNewDocument(hookStorybookChannel);
  let loaded = false;
  return {
    log,
    page,
    async show(id) {
      if (!loaded) {
        await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'load' });
        await page.addScriptTag({ content: axeSource });
        loaded = true;
      } else {
        await page.evaluate((storyId) => {
          window.__sweep = { finished: null, errors: [] };
          window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
        }, id);
      }
      await page.waitForFunction(
        (storyId) => window.__sweep.finished?.storyId === storyId || window.__sweep.errors.length > 0,
        { timeout: storyTimeout },
        id,
      );
    },
  };
}

async function check(tab, id) {
  const problems = [];
  let skipped;
  let todo = false;
  const logged = { errors: tab.log.consoleErrors.length, uncaught: tab.log.pageErrors.length };
  try {
    await tab.show(id);
    const { finished, errors } = await tab.page.evaluate(() => window.__sweep);
    problems.push(...errors);
    if (finished?.status === 'error') problems.push('the story ended with an error');
    for (const report of finished?.reporters ?? []) {
      if (report.type === 'a11y' && report.status === 'failed') {
        const ids = (report.result?.violations ?? []).map((v) => v.id).join(', ');
        problems.push(`the a11y addon reported violations: ${ids || report.result?.message || 'see Storybook'}`);
      }
    }
    const result = await tab.page.evaluate(runAxe);
    if (result.skipped) skipped = result.skipped;
    else {
      const messages = result.violations.map(
        (v) =>
          `axe ${v.id} (${v.impact}, ${v.count} node${v.count === 1 ? '' : 's'}): ${v.help} at ${v.targets.join(' | ')}`,
      );
      if (result.mode === 'todo') todo = messages.length > 0 ? messages : false;
      else problems.push(...messages);
    }
  } catch (error) {
    problems.push(`could not render: ${error.message}`);
  }
  // Storybook's preview logs nothing on a healthy render; elements never log.
  problems.push(
    ...tab.log.pageErrors.slice(logged.uncaught).map((e) => `uncaught: ${e}`),
    ...tab.log.consoleErrors.slice(logged.errors).map((e) => `console.error: ${e}`),
  );
  return { id, problems, skipped, todo };
}

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
    let tab = await openStoryTab(browser, server.origin);
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
        tab = await openStoryTab(browser, server.origin);
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
