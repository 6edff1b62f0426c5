#!/usr/bin/env node
// <steg-radar> against Chart.js's radar chart and ECharts' radar chart (SVG renderer), with the
// same data (8 areas × 3 series: baseline, latest, goal), in the same headless Chromium run:
//
//   first render: create the chart with its data, attach it, until it is drawn and laid out
//   update:       give the same chart new values for all three series, until redrawn and laid out
//
// Each sample is one performance.measure() in the page; the libraries take turns in rounds
// (Tachometer style) so that drift and noise hit all three alike; a frame passes between
// samples. Animations are off in Chart.js and ECharts (`animation: false`); <steg-radar> runs
// as shipped (its CSS transitions start on update and run on their own).
//
// Size: each entry bundled for production with esbuild (minified, every dependency inlined,
// Lit's production build), gzip -9.
//
//   node bench/radar.bench.mjs            # or: npm run bench -- radar
//   ROUNDS=5 FIRST=80 UPDATES=150 node bench/radar.bench.mjs
//   BEFORE=<commit> node bench/radar.bench.mjs   # also <steg-radar> as of that commit, interleaved
//                                                  (its src/ is extracted to bench/.tmp/before/)
//   BENCH_ENGINE=firefox|webkit node bench/radar.bench.mjs   # in that engine (bench/engines.mjs);
//     there the reduced-motion variant and the accessibility-tree breakdown (Chromium's CDP) are
//     left out, and in WebKit (one page at a time) each library's page is loaded again, with a
//     warm-up, before each of its batches.
/* global requestAnimationFrame, setTimeout */
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { production } from '../test/tools/production-build.mjs';
import { openBrowser } from './engines.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}bench/.tmp/radar/`;
mkdirSync(out, { recursive: true });

const ROUNDS = Number(process.env.ROUNDS ?? 4);
const FIRST = Number(process.env.FIRST ?? 60);
const UPDATES = Number(process.env.UPDATES ?? 120);

// ---------------------------------------------------------------------------------------------
// The same data for all three: livsomraden's 8 areas on its 1–10 scale.

const shared = `
export const areas = [
  ['work', 'Arbete och sysselsättning'], ['finances', 'Ekonomi'], ['housing', 'Boende'], ['physicalHealth', 'Fysisk hälsa'],
  ['mentalWellbeing', 'Psykiskt mående'], ['everydayLife', 'Vardag och rutiner'], ['relationships', 'Relationer och nätverk'],
  ['education', 'Utbildning och kunskaper'],
];
// Two data sets to alternate between on update; each is [baseline, latest, goal] × 8 areas.
export const dataSets = [0, 1].map((k) => [0, 1, 2].map((s) => areas.map((_, i) => 1 + ((i * 3 + s * 2 + k * 5) % 10))));
export const seriesNames = ['Start', 'Senaste', 'Mål'];
export function container() {
  const div = document.createElement('div');
  div.style.cssText = 'width:600px;height:600px;position:relative';
  document.body.append(div);
  return div;
}
`;

const entries = {
  stegvis: `
    import '${root}src/components/radar/define.ts';
    import { livsomraden } from '${root}src/sdk/instruments/livsomraden.ts';
    import { areas, dataSets, seriesNames, container } from './shared.js';
    const kinds = ['baseline', 'latest', 'goal'];
    const series = (k) => dataSets[k].map((values, s) => ({ id: kinds[s], label: seriesNames[s], kind: kinds[s], values: Object.fromEntries(areas.map(([id], i) => [id, values[i]])) }));
    const prepared = [series(0), series(1)];
    let chart, box;
    window.bench = {
      async first() {
        box = container();
        performance.mark('first-start');
        chart = document.createElement('steg-radar');
        chart.lang = 'sv';
        chart.instrument = livsomraden;
        chart.series = prepared[0];
        box.append(chart);
        await chart.updateComplete;
        box.offsetHeight;
        performance.measure('first', 'first-start');
      },
      async update(k) {
        performance.mark('update-start');
        chart.series = prepared[k % 2];
        await chart.updateComplete;
        box.offsetHeight;
        performance.measure('update', 'update-start');
      },
      dispose() { box.remove(); },
      check: () => chart.shadowRoot.querySelectorAll('g.series').length,
    };`,
  chartjs: `
    import { Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip } from 'chart.js';
    import { areas, dataSets, seriesNames, container } from './shared.js';
    Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);
    const colours = ['#6b7680', '#0b5cad', '#a1410d'];
    let chart, box;
    window.bench = {
      async first() {
        box = container();
        performance.mark('first-start');
        const canvas = document.createElement('canvas');
        canvas.width = 600;
        canvas.height = 600;
        box.append(canvas);
        chart = new Chart(canvas, {
          type: 'radar',
          data: { labels: areas.map(([, label]) => label), datasets: dataSets[0].map((data, s) => ({ label: seriesNames[s], data: [...data], borderColor: colours[s], backgroundColor: colours[s] + '22', fill: s < 2, borderDash: s === 1 ? [] : [6, 4] })) },
          options: { animation: false, responsive: false, scales: { r: { min: 1, max: 10, ticks: { stepSize: 1 } } } },
        });
        box.offsetHeight;
        performance.measure('first', 'first-start');
      },
      async update(k) {
        performance.mark('update-start');
        chart.data.datasets.forEach((d, s) => (d.data = [...dataSets[k % 2][s]]));
        chart.update('none');
        box.offsetHeight;
        performance.measure('update', 'update-start');
      },
      dispose() { chart.destroy(); box.remove(); },
      check: () => chart.data.datasets.length,
    };`,
  echarts: `
    import * as echarts from 'echarts/core';
    import { RadarChart } from 'echarts/charts';
    import { LegendComponent, TooltipComponent } from 'echarts/components';
    import { SVGRenderer } from 'echarts/renderers';
    import { areas, dataSets, seriesNames, container } from './shared.js';
    echarts.use([RadarChart, LegendComponent, TooltipComponent, SVGRenderer]);
    const option = (k) => ({
      animation: false,
      legend: { data: seriesNames, bottom: 0 },
      tooltip: {},
      radar: { indicator: areas.map(([, name]) => ({ name, min: 1, max: 10 })), splitNumber: 9 },
      series: [{ type: 'radar', data: dataSets[k].map((value, s) => ({ name: seriesNames[s], value: [...value], areaStyle: s < 2 ? { opacity: 0.12 } : undefined, lineStyle: { type: s === 1 ? 'solid' : 'dashed' } })) }],
    });
    let chart, box;
    window.bench = {
      async first() {
        box = container();
        performance.mark('first-start');
        chart = echarts.init(box, null, { renderer: 'svg', width: 600, height: 600 });
        chart.setOption(option(0));
        box.offsetHeight;
        performance.measure('first', 'first-start');
      },
      async update(k) {
        performance.mark('update-start');
        chart.setOption({ series: [{ data: dataSets[k % 2].map((value, s) => ({ name: seriesNames[s], value: [...value] })) }] });
        box.offsetHeight;
        performance.measure('update', 'update-start');
      },
      dispose() { chart.dispose(); box.remove(); },
      check: () => box.querySelectorAll('path').length,
    };`,
};

// The radar as of another commit, in the same rounds: old and new code compared on one machine state.
const BEFORE = process.env.BEFORE;
if (BEFORE) {
  const { execSync } = await import('node:child_process');
  const dir = `${root}bench/.tmp/before/`;
  execSync(`rm -rf ${dir} && mkdir -p ${dir} && git -C ${root} archive ${BEFORE} src | tar -x -C ${dir}`);
  // Its own package.json: the root's "sideEffects" globs do not name this copy's define.ts.
  writeFileSync(`${dir}package.json`, '{ "type": "module", "sideEffects": true }');
  entries.stegvisBefore = entries.stegvis.replaceAll(`${root}src/`, `${dir}src/`);
}

writeFileSync(`${out}shared.js`, shared);
for (const [name, source] of Object.entries(entries)) {
  writeFileSync(`${out}${name}.entry.js`, source);
  await build({
    ...production,
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'silent',
    entryPoints: [`${out}${name}.entry.js`],
    outfile: `${out}${name}.js`,
  });
  writeFileSync(
    `${out}${name}.html`,
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${name}</title></head><body><script type="module" src="${name}.js"></script></body></html>`,
  );
}

// ---------------------------------------------------------------------------------------------
// Sizes: what each chart costs a page, and what the radar adds on top of what every stegvis
// element shares (Lit, the zod/mini model and parsers, the base element and tokens).

async function gzipped(contents, resolveDir = out) {
  const result = await build({
    ...production,
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'silent',
    stdin: { contents, resolveDir, loader: 'ts' },
    write: false,
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}
const sizes = {
  'stegvis/components/radar/define.js': await gzipped(`import '${root}src/components/radar/define.ts';`),
  'Chart.js 4 radar (tree-shaken)': await gzipped(
    `import { Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip } from 'chart.js'; Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip); export { Chart };`,
  ),
  'ECharts 6 radar, SVG renderer (tree-shaken)': await gzipped(
    `import * as echarts from 'echarts/core'; import { RadarChart } from 'echarts/charts'; import { LegendComponent, TooltipComponent } from 'echarts/components'; import { SVGRenderer } from 'echarts/renderers'; echarts.use([RadarChart, LegendComponent, TooltipComponent, SVGRenderer]); export { echarts };`,
  ),
  'shared base of every element (Lit, StegElement, tokens, zod/mini model, parsers)': await gzipped(
    `export { StegElement } from '${root}src/internal/steg-element.ts'; export { parseInstrument, parseAssessments, parseGoals } from '${root}src/sdk/model/parse.ts'; export { validateAssessment, validateGoal } from '${root}src/sdk/model/validate.ts'; export { html, svg } from 'lit';`,
  ),
  'd3-shape (line, curveLinear, curveLinearClosed)': await gzipped(
    `export { line, curveLinear, curveLinearClosed } from 'd3-shape';`,
  ),
};

// ---------------------------------------------------------------------------------------------
// Timing

const server = createServer((req, res) => {
  const file = new URL(req.url, 'http://x').pathname.slice(1) || 'stegvis.html';
  try {
    const body = readFileSync(`${out}${file}`);
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html' : 'text/javascript' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const engine = process.env.BENCH_ENGINE ?? 'chromium';
const browser = await openBrowser(engine);
// <steg-radar> once more under prefers-reduced-motion: the same work without its transitions
// (Chromium only: the other engines have no media emulation here).
const variants = {
  stegvis: 'stegvis',
  ...(BEFORE ? { stegvisBefore: 'stegvisBefore' } : {}),
  ...(engine === 'chromium' ? { stegvisStill: 'stegvis' } : {}),
  chartjs: 'chartjs',
  echarts: 'echarts',
};
const onePage = engine === 'webkit';
async function loadVariant(name, page) {
  if (name === 'stegvisStill') await page.reduceMotion();
  await page.goto(`${base}${variants[name]}.html`);
  await page.waitForFunction(() => window.bench !== undefined);
}
const pages = {};
if (onePage) pages.shared = await browser.newPage({ width: 900, height: 900 });
else {
  for (const name of Object.keys(variants)) {
    const page = await browser.newPage({ width: 900, height: 900 });
    await loadVariant(name, page);
    pages[name] = page;
  }
}
/** The page of a library, ready to measure (in WebKit: loaded again and warmed up). */
async function pageFor(name) {
  if (!onePage) return pages[name];
  await loadVariant(name, pages.shared);
  await batch(pages.shared, 10, 20);
  return pages.shared;
}

/** Runs `first` first-render samples and `updates` update samples in a page; returns the durations. */
async function batch(page, first, updates) {
  // Only the tab in front gets animation frames.
  await page.bringToFront();
  return page.evaluate(
    async (first, updates) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      performance.clearMeasures();
      for (let i = 0; i < first; i++) {
        await window.bench.first();
        if (!window.bench.check()) throw new Error('nothing drawn');
        window.bench.dispose();
        await frame();
      }
      await window.bench.first();
      await frame();
      for (let i = 0; i < updates; i++) {
        await window.bench.update(i + 1);
        await frame();
      }
      window.bench.dispose();
      const of = (name) => performance.getEntriesByName(name).map((e) => e.duration);
      return { first: of('first'), update: of('update') };
    },
    first,
    updates,
  );
}

const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, { first: [], update: [] }]));
// A warm-up round (JIT, caches, fonts) that is not counted.
if (!onePage) for (const page of Object.values(pages)) await batch(page, 10, 20);
for (let round = 0; round < ROUNDS; round++) {
  for (const name of Object.keys(variants)) {
    const result = await batch(await pageFor(name), FIRST, UPDATES);
    samples[name].first.push(...result.first);
    samples[name].update.push(...result.update);
  }
}
// Where an update's time goes: the same updates with one extra stylesheet in the radar's shadow
// root. Experiments, not shipped options; each also counts the data table's cells that Chromium
// still exposes to assistive technology (the table is how a screen reader reads the numbers).
const BREAKDOWN_UPDATES = 300;
const experiments = [
  ['as shipped', ''],
  ['reduced motion (no animations)', '', true],
  ['data table display: none', '.table-wrap{display:none}'],
  ['table display: none and reduced motion', '.table-wrap{display:none}', true],
  [
    'table with table-layout: fixed while hidden',
    '@media screen{.table-wrap:not(.shown) table{table-layout:fixed;width:40em}}',
  ],
  [
    'table off-screen with content-visibility: auto',
    '@media screen{.table-wrap:not(.shown){content-visibility:auto;contain-intrinsic-size:1px 1px;left:-10000px;clip:auto;width:600px;height:auto}}',
  ],
  ['table with content-visibility: hidden', '@media screen{.table-wrap:not(.shown){content-visibility:hidden}}'],
];
const breakdown = [];
for (const [label, css, reduced] of engine === 'chromium' ? experiments : []) {
  const page = await browser.newPage({ width: 900, height: 900 });
  if (reduced) await page.reduceMotion();
  await page.goto(`${base}stegvis.html`);
  await page.waitForFunction(() => window.bench !== undefined);
  const times = await page.evaluate(
    async (css, count) => {
      await window.bench.first();
      const root = document.querySelector('steg-radar').shadowRoot;
      const sheet = new window.CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      performance.clearMeasures();
      for (let i = 0; i < count + 50; i++) {
        await window.bench.update(i + 1);
        await frame();
      }
      return performance
        .getEntriesByName('update')
        .map((e) => e.duration)
        .slice(50);
    },
    css,
    BREAKDOWN_UPDATES,
  );
  const cdp = await page.puppeteer.createCDPSession();
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const cells = nodes.filter((n) => !n.ignored && ['cell', 'rowheader', 'columnheader'].includes(n.role?.value)).length;
  breakdown.push({ label, times, cells });
  await page.close();
}

const version = await browser.version();
await browser.close();
server.close();

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
};
const ms = (v) => `${v.toFixed(2)} ms`;
const kB = (v) => `${(v / 1000).toFixed(1)} kB`;
const labels = {
  stegvis: '<steg-radar> (as shipped: transitions on update)',
  stegvisBefore: `<steg-radar> as of ${BEFORE} (same run)`,
  stegvisStill: '<steg-radar> under prefers-reduced-motion (no transitions)',
  chartjs: 'Chart.js radar (canvas, animation off)',
  echarts: 'ECharts radar (SVG renderer, animation off)',
};

const load = (await import('node:os'))
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
console.log(
  `\n${version}, ${ROUNDS} rounds × (${FIRST} first renders + ${UPDATES} updates) per library, after a warm-up round; load average at the end ${load}\n`,
);
console.log(
  '| chart | first render median | first render p95 | update median | update p95 | samples (first / update) |',
);
console.log('|---|---|---|---|---|---|');
for (const [name, s] of Object.entries(samples)) {
  console.log(
    `| ${labels[name]} | ${ms(quantile(s.first, 0.5))} | ${ms(quantile(s.first, 0.95))} | ${ms(quantile(s.update, 0.5))} | ${ms(quantile(s.update, 0.95))} | ${s.first.length} / ${s.update.length} |`,
  );
}
console.log('\n| bundle | min | min+gzip -9 |');
console.log('|---|---|---|');
for (const [name, s] of Object.entries(sizes)) console.log(`| ${name} | ${kB(s.min)} | ${kB(s.gz)} |`);

if (breakdown.length) {
  console.log(
    `\nWhere an update goes (${BREAKDOWN_UPDATES} updates each, in a fresh tab; table cells = cells of the data table in Chromium's accessibility tree):\n`,
  );
  console.log('| variant | update median | table cells exposed |');
  console.log('|---|---|---|');
  for (const b of breakdown) console.log(`| ${b.label} | ${ms(quantile(b.times, 0.5))} | ${b.cells} |`);
}

const stegvis = samples.stegvis;
const ratio = (kind) => quantile(stegvis[kind], 0.5) / quantile(samples.chartjs[kind], 0.5);
console.log(
  `\nRatios to Chart.js in this run (medians): first render ${ratio('first').toFixed(2)}×, update ${ratio('update').toFixed(2)}×`,
);
if (BEFORE) {
  const before = (kind) => quantile(samples.stegvisBefore[kind], 0.5) / quantile(samples.chartjs[kind], 0.5);
  console.log(`As of ${BEFORE}: first render ${before('first').toFixed(2)}×, update ${before('update').toFixed(2)}×`);
}
// Issue #18: first render ≤ 0.7× Chart.js's, update ≤ 0.5× Chart.js's (same run), ≤ 30 kB gzipped.
const goals = [
  ['first render ≤ 0.7× Chart.js (median, same run)', ratio('first') <= 0.7],
  ['update ≤ 0.5× Chart.js (median, same run)', ratio('update') <= 0.5],
  ['size ≤ 30 kB gzipped with lit and d3', sizes['stegvis/components/radar/define.js'].gz <= 30_000],
];
console.log('\nGoals:');
for (const [goal, met] of goals) console.log(`- ${met ? 'met' : 'MISSED'}: ${goal}`);
