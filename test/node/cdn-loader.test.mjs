// The CDN loader (dist/cdn/loader.js) on a page under the strict Content-Security-Policy
// (examples/cdn-loader): the page has a radar up front and adds a progression card when a button
// is pressed. The loader must register the radar without fetching any other element's code,
// register the card when it is added later, and cause no CSP violation or console error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveStatic, watchPage } from '../tools/browser.mjs';
import { whenRendered } from '../tools/drive-elements.mjs';
import { strictPolicy } from '../tools/csp.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server;
let browser;
let page;
let watch;
const fetched = [];

before(async () => {
  assert.ok(existsSync(`${root}dist/cdn/loader.js`), 'dist/cdn/loader.js is missing: run `npm run build` first');
  server = await serveStatic({
    root,
    headers: { 'content-security-policy': strictPolicy, 'x-content-type-options': 'nosniff' },
  });
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  watch = await watchPage(page);
  await page.goto(`${server.origin}/examples/cdn-loader/`, { waitUntil: 'load' });
  await whenRendered(page, '#radar');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const chunksOf = (name) => fetched.filter((path) => new RegExp(`/dist/cdn/chunks/${name}-[\\w-]{8}\\.js$`).test(path));

test('a page with only a radar downloads the radar and none of the other elements', async () => {
  assert.equal(chunksOf('radar').length, 1, fetched.join('\n'));
  for (const other of ['rating-form', 'progression-card', 'cohort-summary']) {
    assert.deepEqual(chunksOf(other), [], `${other} was fetched`);
  }
  assert.ok(!fetched.some((path) => path.endsWith('/dist/cdn/stegvis.js')), 'the one-file bundle was fetched');
  const defined = await page.evaluate(() =>
    ['steg-radar', 'steg-rating-form', 'steg-progression-card', 'steg-cohort-summary'].map(
      (tag) => !!window.customElements.get(tag),
    ),
  );
  assert.deepEqual(defined, [true, false, false, false]);
  const drawn = await page.$eval('#radar', (el) => ({
    plot: !!el.shadowRoot.querySelector('[part~="plot"]'),
    alerts: el.shadowRoot.querySelectorAll('[role="alert"]').length,
  }));
  assert.deepEqual(drawn, { plot: true, alerts: 0 }, 'the radar drew its chart, with no error state');
});

test('an element added later is registered and renders with the data set before it was defined', async () => {
  await page.click('#show-card');
  await whenRendered(page, '#card');
  assert.equal(chunksOf('progression-card').length, 1);
  const text = await page.$eval('#card', (el) => el.shadowRoot.textContent ?? '');
  assert.ok(text.trim().length > 0, 'the card shows its content');
  const alerts = await page.$eval('#card', (el) => el.shadowRoot.querySelectorAll('[role="alert"]').length);
  assert.equal(alerts, 0, 'the card shows no error state');
});

test('no CSP violation, console error, failed request or uncaught exception', async () => {
  assert.deepEqual(await watch.violations(), []);
  assert.deepEqual(watch.log.consoleErrors, []);
  assert.deepEqual(watch.log.pageErrors, []);
  assert.deepEqual(watch.log.failedRequests, []);
});
