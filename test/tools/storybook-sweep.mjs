// What the checks over the built Storybook (storybook-static/, from `npm run build-storybook`)
// share: the list of stories, a tab that renders one story after another through Storybook's
// own channel, and an axe run configured the way the a11y addon runs it (the story's own
// `parameters.a11y`, every rule but `region`). Used by test/tools/storybook-a11y.mjs (the
// sweep in the default mode) and test/node/storybook-modes.test.mjs (the same in each user
// setting: forced colours, dark, reduced motion, 200 % zoom, phone widths).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { watchPage } from './browser.mjs';

/** The ids of every story in a built Storybook, in index order (optionally those containing `filter`). */
export function storyIds(dir, filter) {
  const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
  return Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .filter((e) => !filter || e.id.includes(filter))
    .map((e) => e.id);
}

export const axeSource = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

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
export async function runAxe() {
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
export async function openStoryTab(
  browser,
  origin,
  { viewport = { width: 1024, height: 768 }, storyTimeout = 120_000, addonAxe = true } = {},
) {
  // Each tab in its own browser context (its own window): a background tab gets no animation
  // frames, and Storybook's render waits for them.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const { log } = await watchPage(page);
  await page.evaluateOnNewDocument(hookStorybookChannel);
  let loaded = false;
  let current;
  return {
    log,
    page,
    async show(id) {
      // The same story again (Storybook would not render it anew): a fresh page load.
      if (!loaded || id === current) {
        await page.goto(
          `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story${addonAxe ? '' : '&globals=a11y.manual:!true'}`,
          { waitUntil: 'load' },
        );
        await page.addScriptTag({ content: axeSource });
        loaded = true;
        current = id;
      } else {
        current = id;
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

/**
 * Renders story `id` in `tab` and collects what is wrong with it: errors of the render or the
 * play function, violations the addon's own run reported, axe's violations (the story's
 * `a11y.test: 'todo'` reports them as `todo`), anything logged as an error, and whatever the
 * optional `more(tab)` check returns (a list of problems, run after axe).
 */
export async function checkStory(tab, id, more) {
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
    if (more) problems.push(...(await more(tab)));
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
