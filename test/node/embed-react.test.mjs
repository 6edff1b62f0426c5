// The React 19 example (examples/react), built with Vite against the built package: the
// `stegvis/react` wrappers render the elements, take typed props, and deliver typed events.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, watchPage } from '../tools/browser.mjs';
import { answerRatingForm, alertsOf, whenRendered } from '../tools/drive-elements.mjs';
import { buildAndServeExample } from '../tools/example-app.mjs';

let server;
let browser;
let page;
let log;

before(async () => {
  server = await buildAndServeExample('react');
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  ({ log } = await watchPage(page));
  await page.goto(`${server.origin}/`, { waitUntil: 'load' });
  await whenRendered(page, 'steg-rating-form');
  await whenRendered(page, 'steg-radar');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('renders the rating form with the props React passed (instrument, role, subject)', async () => {
  const state = await page.evaluate(() => {
    const form = document.querySelector('steg-rating-form');
    return {
      items: form.shadowRoot.querySelectorAll('[part~="item"]').length,
      subjectId: form.subjectId,
      occasion: form.occasion,
      instrumentIsObject: typeof form.instrument === 'object' && form.instrument !== null,
      role: form.getAttribute('respondent-role') ?? form.respondentRole,
    };
  });
  assert.ok(state.items >= 5, `items shown: ${state.items}`);
  assert.equal(state.instrumentIsObject, true, 'instrument set as a property, not an attribute');
  assert.equal(state.occasion, 'followUp');
  assert.equal(state.role, 'participant');
  assert.match(state.subjectId, /\S/);
  assert.deepEqual(await alertsOf(page, 'steg-rating-form'), []);
});

test('answering the form and sending it reaches the onStegSubmit handler with the assessment', async () => {
  const before = await page.$eval('#count', (el) => el.textContent);
  await answerRatingForm(page, 'steg-rating-form');
  await page.waitForFunction(() => /Tack!/.test(document.querySelector('#status').textContent), { timeout: 10_000 });
  const status = await page.$eval('#status', (el) => el.textContent);
  assert.match(status, /Tack! \d+ svar skickades\./);
  const after = await page.$eval('#count', (el) => el.textContent);
  assert.equal(Number.parseInt(after, 10), Number.parseInt(before, 10) + 1, `${before} → ${after}`);
  // The new list flowed on to the radar as a property, and it drew it without complaint.
  await page.waitForFunction(
    (n) => document.querySelector('steg-radar').assessments?.length === n,
    { timeout: 5_000 },
    Number.parseInt(after, 10),
  );
  assert.deepEqual(await alertsOf(page, 'steg-radar'), []);
});

test('logs no errors and no warnings (production build of Lit and React)', () => {
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.consoleWarnings, []);
  assert.deepEqual(log.failedRequests, []);
});
