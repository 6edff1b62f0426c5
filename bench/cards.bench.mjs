#!/usr/bin/env node
// <steg-progression-card> and <steg-cohort-summary> in headless Chromium:
//   1. a case list: 500 compact progression cards, each given the instrument and one sample
//      participant's assessments and goals (the element parses, validates and runs progression()
//      and goalAttainment() itself), and the same with an already computed `.progression`;
//   2. the cohort summary of a cohortReport() over 2,000 sample participants (the report is
//      computed once, before timing: the element only displays it), everyone and by gender;
//   3. size: min+gzip (-9) of each define entry bundled for production with every dependency inlined.
// Each time runs from just before the elements are created to a forced layout after every
// element's updateComplete; a DOM check confirms what rendered. Median (interquartile range).
// Goals (issue #6): 500 compact cards under 200 ms, the cohort summary under 50 ms (medians).
//
//   node bench/cards.bench.mjs            # print the results as Markdown
//   node bench/cards.bench.mjs --write    # also replace the issue #6 section of bench/RESULTS.md
import { build } from 'esbuild';
import { production } from '../test/tools/production-build.mjs';
import puppeteer from 'puppeteer-core';
import { chromiumLaunch } from './common.mjs';
import http from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const tmp = `${root}bench/.tmp/cards/`;
mkdirSync(tmp, { recursive: true });

const WARMUP = 3;
const CARD_SAMPLES = 30;
const SUMMARY_SAMPLES = 60;
const COLD_LOADS = 5;
const CARDS = 500;
const COHORT = 2000;

// ---- sizes -------------------------------------------------------------------------------------
async function bundleBytes(entry) {
  const result = await build({ ...production, tsconfig: 'tsconfig.json', write: false, entryPoints: [entry] });
  return result.outputFiles[0].contents;
}
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const cardBytes = await bundleBytes('src/components/progression-card/define.ts');
const summaryBytes = await bundleBytes('src/components/cohort-summary/define.ts');

// ---- the page ----------------------------------------------------------------------------------
const pageEntry = `${tmp}page.ts`;
writeFileSync(
  pageEntry,
  `
import { StegProgressionCard } from '${root}src/components/progression-card/define.ts';
import { StegCohortSummary } from '${root}src/components/cohort-summary/define.ts';
import { cohortReport, generateSampleCohort, livsomraden, needsReport, progression } from '${root}src/sdk/index.ts';

const host = document.getElementById('host');
const settle = async () => { for (let i = 0; i < 4; i++) await Promise.resolve(); return document.body.offsetHeight; };

// Data is made before any timing: the elements are measured, not the generator or the report.
const cohort = generateSampleCohort({ seed: 3, participants: ${CARDS} });
const bySubject = new Map();
for (const a of cohort.assessments) (bySubject.get(a.subjectId) ?? bySubject.set(a.subjectId, []).get(a.subjectId)).push(a);
const goalsBySubject = new Map();
for (const g of cohort.goals) (goalsBySubject.get(g.subjectId) ?? goalsBySubject.set(g.subjectId, []).get(g.subjectId)).push(g);
const subjects = [...bySubject.keys()];
const empty = [];
const computed = subjects.map((s) => progression(livsomraden, bySubject.get(s), { role: 'participant', subjectId: s }));
let reportMs = performance.now();
const summaryCohort = generateSampleCohort({ seed: 5, participants: ${COHORT} });
const report = cohortReport(livsomraden, summaryCohort);
// The summary shows the needs view and the full headline when given a needs report (issue #16).
const needs = needsReport(livsomraden, summaryCohort);
reportMs = performance.now() - reportMs;

window.bench = {
  defined: [StegProgressionCard.name, StegCohortSummary.name].join(),
  subjects: subjects.length,
  assessmentsPerCard: cohort.assessments.length / subjects.length,
  reportMs,
  async clear() {
    host.replaceChildren();
    await settle();
    await new Promise((resolve) => setTimeout(resolve));
  },
  // mode: 'fresh' — new arrays each time (as data just fetched: every card parses its input);
  // 'same' — the arrays of the last render again (a list re-rendered or virtualised: the
  // elements remember what they parsed); 'precomputed' — a computed progression per card.
  async cards(name, mode) {
    const fresh = mode === 'fresh';
    performance.mark(name + ':start');
    const list = document.createElement('ul');
    const cards = subjects.map((s, i) => {
      const card = document.createElement('steg-progression-card');
      card.setAttribute('variant', 'compact');
      card.instrument = livsomraden;
      if (mode === 'precomputed') card.progression = computed[i];
      else card.assessments = fresh ? bySubject.get(s).slice() : bySubject.get(s);
      card.goals = fresh ? (goalsBySubject.get(s) ?? []).slice() : (goalsBySubject.get(s) ?? empty);
      const li = document.createElement('li');
      li.append(card);
      list.append(li);
      return card;
    });
    host.append(list);
    await Promise.all(cards.map((c) => c.updateComplete));
    await settle();
    performance.measure(name, name + ':start');
    // Check: every row rendered, none in the error state.
    return cards.filter((c) => c.shadowRoot.querySelector('.row .spark') && !c.shadowRoot.querySelector('[role=alert]')).length;
  },
  async summary(name, breakdown) {
    performance.mark(name + ':start');
    const el = document.createElement('steg-cohort-summary');
    el.setAttribute('breakdown', breakdown);
    el.report = report;
    el.needs = needs;
    el.instrument = livsomraden;
    host.append(el);
    await el.updateComplete;
    await settle();
    performance.measure(name, name + ':start');
    return el.shadowRoot.querySelectorAll('.chart-row').length;
  },
  nodesPerCard() {
    const card = document.querySelector('steg-progression-card');
    return card ? card.shadowRoot.querySelectorAll('*').length : 0;
  },
  durations(name) {
    return performance.getEntriesByName(name, 'measure').map((e) => e.duration);
  },
};
`,
);
await build({ ...production, tsconfig: `${root}tsconfig.json`, entryPoints: [pageEntry], outfile: `${tmp}page.js` });
writeFileSync(
  `${tmp}index.html`,
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body{margin:16px;font-family:system-ui} ul{list-style:none;margin:0;padding:0}</style></head>
<body><div id="host"></div><script type="module" src="page.js"></script></body></html>`,
);

const types = { '.html': 'text/html', '.js': 'text/javascript' };
const server = http.createServer((req, res) => {
  const name = new URL(req.url, 'http://x').pathname.slice(1) || 'index.html';
  try {
    const body = readFileSync(`${tmp}${name}`);
    res.writeHead(200, { 'content-type': types[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/index.html`;

const browser = await puppeteer.launch(chromiumLaunch);
const version = await browser.version();

async function openPage() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench?.defined, { polling: 100, timeout: 120000 });
  page.cdp = await page.createCDPSession();
  await page.cdp.send('Performance.enable');
  return page;
}

// The machine is shared: besides wall-clock time, each sample records the CPU time of the
// page's main thread (Chromium's ThreadTime metric), which other processes do not inflate.
const threadTime = async (page) =>
  (await page.cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
const cpu = { cards: [], same: [], precomputed: [], summary: [], gender: [] };
async function sample(page, fn, args, cpuList) {
  await page.evaluate(() => window.bench.clear());
  const before = await threadTime(page);
  const result = await page.evaluate(fn, ...args);
  if (cpuList) cpuList.push((await threadTime(page)) - before);
  return result;
}

// Cold: the first render after a page load (the instrument parsed for the first time, templates
// and styles prepared, code paths not yet optimised).
const cold = { cards: [], summary: [] };
for (let load = 0; load < COLD_LOADS; load++) {
  const page = await openPage();
  await sample(page, () => window.bench.cards('cold:cards', 'fresh'), []);
  await sample(page, () => window.bench.summary('cold:summary', 'all'), []);
  cold.cards.push(...(await page.evaluate(() => window.bench.durations('cold:cards'))));
  cold.summary.push(...(await page.evaluate(() => window.bench.durations('cold:summary'))));
  await page.close();
}

// Warm: repeated renders in one page.
const page = await openPage();
const subjects = await page.evaluate(() => window.bench.subjects);
const assessmentsPerCard = await page.evaluate(() => window.bench.assessmentsPerCard);
const reportMs = await page.evaluate(() => window.bench.reportMs);
const rendered = { cards: 0, same: 0, precomputed: 0, summaryRows: 0, genderRows: 0 };
for (let i = 0; i < WARMUP + CARD_SAMPLES; i++) {
  const warmup = i < WARMUP;
  rendered.cards = await sample(
    page,
    (n) => window.bench.cards(n, 'fresh'),
    [warmup ? 'warmup' : 'cards'],
    warmup ? null : cpu.cards,
  );
  rendered.same = await sample(
    page,
    (n) => window.bench.cards(n, 'same'),
    [warmup ? 'warmup' : 'same'],
    warmup ? null : cpu.same,
  );
  rendered.precomputed = await sample(
    page,
    (n) => window.bench.cards(n, 'precomputed'),
    [warmup ? 'warmup' : 'precomputed'],
    warmup ? null : cpu.precomputed,
  );
}
const nodesPerCard = await page.evaluate(() => window.bench.nodesPerCard());
for (let i = 0; i < WARMUP + SUMMARY_SAMPLES; i++) {
  const warm = i < WARMUP;
  rendered.summaryRows = await sample(
    page,
    (n) => window.bench.summary(n, 'all'),
    [warm ? 'warmup' : 'summary'],
    warm ? null : cpu.summary,
  );
  rendered.genderRows = await sample(
    page,
    (n) => window.bench.summary(n, 'gender'),
    [warm ? 'warmup' : 'gender'],
    warm ? null : cpu.gender,
  );
}
const warm = await page.evaluate(() => ({
  cards: window.bench.durations('cards'),
  same: window.bench.durations('same'),
  precomputed: window.bench.durations('precomputed'),
  summary: window.bench.durations('summary'),
  gender: window.bench.durations('gender'),
}));
await browser.close();
server.close();

// ---- report ------------------------------------------------------------------------------------
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  return sorted[lo] + (sorted[Math.ceil(pos)] - sorted[lo]) * (pos - lo);
};
const ms = (v) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
const stat = (v) => `${ms(quantile(v, 0.5))} (${ms(quantile(v, 0.25))}–${ms(quantile(v, 0.75))})`;
const verdict = (v, goal) => (quantile(v, 0.5) < goal ? `met (< ${goal} ms)` : `**missed** (goal < ${goal} ms)`);
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const today = new Date().toISOString().slice(0, 10);
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ');
const markdown = `## Progression card and cohort summary (issue #6)

\`node bench/cards.bench.mjs\` (also run by \`npm run bench -- cards\`), ${today}, ${version}, headless, 1000 × 900 viewport,
load average (1 / 5 / 15 min) ${load} at the end, on 2 cores. Pages bundled with esbuild for production (Lit's production build).
Each time runs from just before the elements are created to a forced layout after every element's \`updateComplete\`;
median (interquartile range). Data is generated before timing; the cohort report (${COHORT.toLocaleString('en')} participants,
\`cohortReport\` took ${ms(reportMs)} in the page) is computed once: the summary only displays it.
Checks: ${rendered.cards}/${subjects} compact cards rendered a row from new assessment arrays, ${rendered.same}/${subjects} from the same arrays again, ${rendered.precomputed}/${subjects} from a computed progression, none in the error state;
the summary drew ${rendered.summaryRows} rows (everyone) and ${rendered.genderRows} rows (by gender). A compact card's shadow root holds ${nodesPerCard} elements.

| | wall clock, median (IQR) | main-thread CPU, median (IQR) | goal (on wall clock) |
|---|---|---|---|
| ${CARDS} compact cards from new \`.assessments\` arrays (each card parses and validates its data, runs \`progression\` and \`goalAttainment\`), ${CARD_SAMPLES} samples | ${stat(warm.cards)} | ${stat(cpu.cards)} | ${verdict(warm.cards, 200)} |
| the same, first render after page load (${COLD_LOADS} loads) | ${stat(cold.cards)} | – | – |
| ${CARDS} compact cards from the same \`.assessments\` arrays again (parse remembered per input object; validation, \`progression\` and rendering run), ${CARD_SAMPLES} samples | ${stat(warm.same)} | ${stat(cpu.same)} | ${verdict(warm.same, 200)} |
| ${CARDS} compact cards from an already computed \`.progression\`, warm, ${CARD_SAMPLES} samples | ${stat(warm.precomputed)} | ${stat(cpu.precomputed)} | – |
| cohort summary, ${COHORT.toLocaleString('en')} participants, everyone (${rendered.summaryRows} rows + table), warm, ${SUMMARY_SAMPLES} samples | ${stat(warm.summary)} | ${stat(cpu.summary)} | ${verdict(warm.summary, 50)} |
| cohort summary, by gender (${rendered.genderRows} rows + table), warm, ${SUMMARY_SAMPLES} samples | ${stat(warm.gender)} | ${stat(cpu.gender)} | – |
| cohort summary, everyone, first render after page load (${COLD_LOADS} loads) | ${stat(cold.summary)} | – | – |

${
  quantile(warm.cards, 0.5) < 200
    ? 'The 500-card goal is met on wall clock in this run.'
    : `The 500-card goal is stated on wall clock and is **not met in this run** (${ms(quantile(warm.cards, 0.5))}). The main thread's own CPU time for the same work is ${ms(quantile(cpu.cards, 0.5))}: most of the gap is waiting for a core on the shared machine, but nothing here proves the goal is met on an idle one. Most of the CPU time with new data is the SDK parsing and validating about ${Math.round(assessmentsPerCard * subjects)} assessments (zod), which every card does for its own input.`
}

Compact rows use \`content-visibility: auto\`: rows below the fold get no style or layout until scrolled to, which is
part of why the list is cheap (measured with a trace: layout of 500 rows fell from about 220 ms to under 10 ms).

Size, esbuild, minified, production conditions, every dependency inlined (Lit, zod/mini, the SDK parts used), gzip -9:

| entry | min | min+gzip |
|---|---|---|
| \`src/components/progression-card/define.ts\` (includes \`<steg-radar>\`, imported on demand for \`show-radar\`: a bundler that splits code loads it only then) | ${kB(cardBytes.length)} | ${kB(gz(cardBytes))} |
| \`src/components/cohort-summary/define.ts\` | ${kB(summaryBytes.length)} | ${kB(gz(summaryBytes))} |
`;
console.log(markdown);

if (process.argv.includes('--write')) {
  const file = `${root}bench/RESULTS.md`;
  const current = readFileSync(file, 'utf8');
  const heading = '## Progression card and cohort summary (issue #6)';
  const start = current.indexOf(heading);
  let next;
  if (start >= 0) {
    const after = current.indexOf('\n## ', start + heading.length);
    next = current.slice(0, start) + markdown + (after >= 0 ? '\n' + current.slice(after + 1) : '');
  } else next = `${current.trimEnd()}\n\n${markdown}`;
  writeFileSync(file, next);
  console.log('Wrote bench/RESULTS.md');
}
