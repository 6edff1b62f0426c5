// The plain page (examples/plain-html: a case-system page with a hostile stylesheet, loading only
// dist/cdn/stegvis.js and its own app.js) served with a strict Content-Security-Policy and
// Trusted Types enforced. Every element is used the way a person would (real clicks and keys);
// the page must not report a single CSP violation, console error or uncaught exception.
//
// The policy is the strictest one Lit can run under. It differs from "no Trusted Types policy at
// all" (`trusted-types 'none'`) in exactly one allowed name: Lit creates one policy, `lit-html`,
// which only ever wraps the library's own template strings (never data) before parsing them.
// With `trusted-types 'none'` Lit's first line throws and no Lit element can start; see the
// README's CSP section.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveStatic, watchPage } from '../tools/browser.mjs';
import { strictPolicy } from '../tools/csp.mjs';
import {
  activateFirstAreaByKeyboard,
  activateFirstCard,
  alertsOf,
  answerRatingForm,
  switchBreakdown,
  walkRadar,
  whenRendered,
} from '../tools/drive-elements.mjs';

export { strictPolicy };

const root = fileURLToPath(new URL('../../', import.meta.url));
const elements = ['#form', '#radar', '#card', '#summary'];

let server;
let browser;
let page;
let watch;
let response;

before(async () => {
  assert.ok(existsSync(`${root}dist/cdn/stegvis.js`), 'dist/cdn/stegvis.js is missing: run `npm run build` first');
  server = await serveStatic({
    root,
    headers: { 'content-security-policy': strictPolicy, 'x-content-type-options': 'nosniff' },
  });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  watch = await watchPage(page);
  response = await page.goto(`${server.origin}/examples/plain-html/`, { waitUntil: 'load' });
  for (const host of elements) await whenRendered(page, host);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page is served with the strict policy, and it is enforced', async () => {
  assert.equal(response.headers()['content-security-policy'], strictPolicy);
  // On a second tab of the same page: its own script cannot add inline script (Trusted Types
  // rejects the string), and the collector this test relies on sees that as a violation.
  const probe = await browser.newPage();
  const probeWatch = await watchPage(probe);
  await probe.goto(`${server.origin}/examples/plain-html/`, { waitUntil: 'load' });
  const blocked = await probe.evaluate(() => {
    try {
      document.createElement('script').textContent = 'window.inline = 1';
      return false;
    } catch {
      return true;
    }
  });
  assert.equal(blocked, true);
  assert.ok((await probeWatch.violations()).some((v) => v.startsWith('require-trusted-types-for')));
  await probe.close();
});

test('all four elements render their content, none an error state', async () => {
  for (const host of elements) {
    assert.deepEqual(await alertsOf(page, host), [], `${host} shows no alert`);
    const text = await page.$eval(host, (el) => el.shadowRoot.textContent.trim().length);
    assert.ok(text > 0, `${host} renders text`);
  }
});

test('the rating form: answer every area and send it', async () => {
  await answerRatingForm(page, '#form');
  await page.waitForFunction(() => document.getElementById('form-log').textContent.startsWith('Skickat'), {
    timeout: 10_000,
  });
  assert.match(await page.$eval('#form-log', (el) => el.textContent), /^Skickat: \d+ svar/);
});

test('the radar: focus the chart and walk it with the arrow keys', async () => {
  const readouts = await walkRadar(page, '#radar');
  assert.ok(
    readouts.every((r) => r.length > 0),
    `readouts: ${JSON.stringify(readouts)}`,
  );
  assert.ok(new Set(readouts).size >= 2, `the readout follows the keys: ${JSON.stringify(readouts)}`);
});

test('the progression card: open a next-step card with a click', async () => {
  await activateFirstCard(page, '#card');
  await page.waitForFunction(() => document.getElementById('card-log').textContent.startsWith('Öppnade kortet'), {
    timeout: 5_000,
  });
});

test('the progression card: open a life area from the keyboard', async () => {
  await activateFirstAreaByKeyboard(page, '#card');
  await page.waitForFunction(() => document.getElementById('card-log').textContent.startsWith('Valde området'), {
    timeout: 5_000,
  });
});

test('the cohort summary: switch the breakdown', async () => {
  const before = await page.$eval('#summary', (el) => el.shadowRoot.textContent);
  const value = await switchBreakdown(page, '#summary');
  await page.waitForFunction(
    (v) => document.getElementById('summary-log').textContent === `Uppdelning: ${v}`,
    { timeout: 5_000 },
    value,
  );
  const after = await page.$eval('#summary', (el) => el.shadowRoot.textContent);
  assert.notEqual(after, before, 'the summary shows the breakdown');
  assert.deepEqual(await alertsOf(page, '#summary'), []);
});

test('no CSP violation, console error, uncaught exception or failed request on the way', async () => {
  assert.deepEqual(await watch.violations(), []);
  assert.deepEqual(watch.log.consoleErrors, []);
  assert.deepEqual(watch.log.pageErrors, []);
  assert.deepEqual(watch.log.failedRequests, []);
});

test("why the policy names lit-html: under trusted-types 'none' Lit cannot start (README, Content Security Policy)", async () => {
  // If this ever fails, Lit runs without a policy of its own: tighten strictPolicy and the README.
  const none = strictPolicy.replace('trusted-types lit-html', "trusted-types 'none'");
  const strictest = await serveStatic({ root, headers: { 'content-security-policy': none } });
  const probe = await browser.newPage();
  const errors = [];
  probe.on('pageerror', (error) => errors.push(error.message));
  try {
    // Module scripts have run by the load event: Lit has tried (and failed) to start by then.
    await probe.goto(`${strictest.origin}/examples/plain-html/`, { waitUntil: 'load' });
    const started = await probe.evaluate(() => !!document.querySelector('steg-rating-form')?.shadowRoot);
    assert.equal(started, false);
    assert.ok(
      errors.some((m) => /lit-html/.test(m) && /disallowed/.test(m)),
      errors.join('\n'),
    );
  } finally {
    await probe.close();
    await strictest.close();
  }
});
