#!/usr/bin/env node
// <steg-rating-form> against SurveyJS (survey-core + survey-js-ui) in one headless Chromium run:
//   1. render: the form for `livsomraden` (8 areas, 1–10 with labels, "Vet inte"/"Vill inte svara",
//      comment toggles) vs SurveyJS rendering 8 rating questions 1–10 with the same titles and help;
//   2. answer: from a click on a step until the DOM and layout are up to date;
//   3. size: min+gzip (-9) of src/components/rating-form/define.ts bundled for production with
//      every dependency inlined, vs SurveyJS's JavaScript bundled the same way.
// Each timing is a performance.measure from just before the work to a forced layout after the
// microtasks in which both libraries finish rendering; a check of the DOM confirms the update. Samples alternate
// between the libraries; the median and the interquartile range are reported.
//
//   node bench/rating-form.bench.mjs            # print the results as Markdown
//   node bench/rating-form.bench.mjs --write    # also replace the "Rating form (issue #5)" section of bench/RESULTS.md
import { build } from 'esbuild';
import { production } from '../test/tools/production-build.mjs';
import { openBrowser } from './engines.mjs';
import http from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const tmp = `${root}bench/.tmp/rating-form/`;
mkdirSync(tmp, { recursive: true });

const WARMUP = 5;
const RENDER_SAMPLES = Number(process.env.RENDER_SAMPLES ?? 60);
const ANSWER_SAMPLES = Number(process.env.ANSWER_SAMPLES ?? 200);
const COLD_LOADS = Number(process.env.COLD_LOADS ?? 10);

// ---- sizes -------------------------------------------------------------------------------------
async function bundleBytes(options) {
  const result = await build({ ...production, tsconfig: 'tsconfig.json', write: false, ...options });
  return result.outputFiles[0].contents;
}
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const ours = await bundleBytes({ entryPoints: ['src/components/rating-form/define.ts'] });
const surveyEntry = `${tmp}survey-entry.js`;
writeFileSync(surveyEntry, "export { Model } from 'survey-core';\nexport { renderSurvey } from 'survey-js-ui';\n");
const survey = await bundleBytes({ entryPoints: [surveyEntry] });
// What every element pays before its own code: Lit, the base element with its tokens, and the
// zod/mini parsers the form uses.
const floorEntry = `${tmp}floor-entry.ts`;
writeFileSync(
  floorEntry,
  `import { parseInstrument, parseAssessmentFor, parseGoal, parseProgressionCard } from '${root}src/sdk/model/parse.ts';
import { StegElement } from '${root}src/internal/steg-element.ts';
import { html } from 'lit';
class Floor extends StegElement { render() { return html\`\${[parseInstrument, parseAssessmentFor, parseGoal, parseProgressionCard].map(String)}\`; } }
customElements.define('steg-floor', Floor);
`,
);
const floor = await bundleBytes({ entryPoints: [floorEntry] });
const surveyPrebuilt = Buffer.concat([
  readFileSync(`${root}node_modules/survey-core/survey.core.min.js`),
  readFileSync(`${root}node_modules/survey-js-ui/survey-js-ui.min.js`),
]);
const surveyCss = readFileSync(`${root}node_modules/survey-core/survey-core.min.css`);
const surveyVersion = JSON.parse(readFileSync(`${root}node_modules/survey-core/package.json`, 'utf8')).version;

// ---- the page ----------------------------------------------------------------------------------
const pageEntry = `${tmp}page.ts`;
writeFileSync(
  pageEntry,
  `
import { StegRatingForm } from '${root}src/components/rating-form/define.ts';
import { livsomraden } from '${root}src/sdk/instruments/index.ts';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

// Both libraries finish an update in microtasks (Lit's update, Preact's debounced render);
// a macrotask would let the browser slip a whole frame into some samples.
const settle = async () => { for (let i = 0; i < 8; i++) await Promise.resolve(); return document.body.offsetHeight; };
const host = document.getElementById('host');

// The same eight questions for SurveyJS: title, help, 1–10 with the end labels.
const scale = livsomraden.scales.ladder10;
const surveyJson = {
  elements: livsomraden.areas.map((area) => ({
    type: 'rating', name: area.id, title: area.items[0].text.sv, description: area.items[0].help.sv,
    displayMode: 'buttons', rateMin: 1, rateMax: 10, minRateDescription: scale.steps[0].label.sv, maxRateDescription: scale.steps[9].label.sv,
  })),
};

let steg, surveyModel, surveyHost;
window.bench = {
  defined: StegRatingForm.name,
  async renderSteg(name) {
    host.replaceChildren();
    await settle();
    await new Promise((resolve) => setTimeout(resolve));
    performance.mark(name + ':start');
    steg = document.createElement('steg-rating-form');
    steg.setAttribute('lang', 'sv');
    steg.setAttribute('layout', 'all');
    steg.instrument = livsomraden;
    host.append(steg);
    await steg.updateComplete;
    await settle();
    performance.measure(name, name + ':start');
    return steg.shadowRoot.querySelectorAll('input[type=radio]').length;
  },
  async renderSurvey(name) {
    host.replaceChildren();
    await settle();
    await new Promise((resolve) => setTimeout(resolve));
    performance.mark(name + ':start');
    surveyModel = new Model(surveyJson);
    surveyHost = document.createElement('div');
    host.append(surveyHost);
    renderSurvey(surveyModel, surveyHost);
    await settle();
    performance.measure(name, name + ':start');
    return surveyHost.querySelectorAll('input[type=radio]').length;
  },
  async answerSteg(name, i) {
    const area = livsomraden.areas[i % 8].id;
    const value = (i % 10) + 1;
    const input = steg.shadowRoot.querySelector('input[data-link-id="' + area + '"][value="v:' + value + '"]');
    performance.mark(name + ':start');
    input.closest('label').click();
    await steg.updateComplete;
    await settle();
    performance.measure(name, name + ':start');
    return input.closest('label').classList.contains('checked') && steg.value.answers.find((a) => a.linkId === area)?.value === value;
  },
  async answerSurvey(name, i) {
    const area = livsomraden.areas[i % 8].id;
    const value = (i % 10) + 1;
    const input = surveyHost.querySelector('input[name^="' + area + '_"][value="' + value + '"]');
    performance.mark(name + ':start');
    input.closest('label').click();
    await settle();
    performance.measure(name, name + ':start');
    return input.closest('label').classList.contains('sd-rating__item--selected') && surveyModel.data[area] === value;
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
<link rel="stylesheet" href="survey-core.min.css"><style>body{margin:16px;font-family:system-ui}</style></head>
<body><div id="host"></div><script type="module" src="page.js"></script></body></html>`,
);
writeFileSync(`${tmp}survey-core.min.css`, surveyCss);

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
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

// BENCH_ENGINE=firefox or webkit runs the same pages in that engine (bench/engines.mjs: Firefox over
// WebDriver BiDi, WebKit over classic WebDriver under xvfb-run).
const engine = process.env.BENCH_ENGINE ?? 'chromium';
const browser = await openBrowser(engine);
const version = await browser.version();

async function openPage() {
  const page = await browser.newPage({ width: 1000, height: 900 });
  await page.goto(url);
  await page.waitForFunction(() => window.bench?.defined);
  return page;
}

// Cold: the first render after a page load (templates, styles and code paths used for the first time).
const cold = { steg: [], survey: [] };
for (let load = 0; load < COLD_LOADS; load++) {
  const page = await openPage();
  const order = load % 2 === 0 ? ['steg', 'survey'] : ['survey', 'steg'];
  for (const lib of order) {
    await page.evaluate((fn) => window.bench[fn]('cold'), lib === 'steg' ? 'renderSteg' : 'renderSurvey');
    cold[lib].push(...(await page.evaluate(() => window.bench.durations('cold'))).slice(-1));
    await page.evaluate(() => performance.clearMeasures('cold'));
  }
  await page.close();
}

// Warm: renders and answers in one page, alternating.
const page = await openPage();
const radios = {};
for (let i = 0; i < WARMUP + RENDER_SAMPLES; i++) {
  const name = i < WARMUP ? 'warmup' : 'render';
  radios.steg = await page.evaluate((n) => window.bench.renderSteg(`${n}:steg`), name);
  radios.survey = await page.evaluate((n) => window.bench.renderSurvey(`${n}:survey`), name);
}
await page.evaluate(() => window.bench.renderSteg('setup:steg'));
// Both forms stay on the page for the answer samples.
await page.evaluate(async () => {
  const keep = document.querySelector('steg-rating-form');
  await window.bench.renderSurvey('setup:survey');
  document.getElementById('host').prepend(keep);
});
let answered = { steg: 0, survey: 0 };
for (let i = 0; i < WARMUP + ANSWER_SAMPLES; i++) {
  const name = i < WARMUP ? 'warmup' : 'answer';
  if (await page.evaluate((n, k) => window.bench.answerSteg(`${n}:steg`, k), name, i)) answered.steg++;
  if (await page.evaluate((n, k) => window.bench.answerSurvey(`${n}:survey`, k), name, i)) answered.survey++;
}
const warm = await page.evaluate(() => ({
  render: { steg: window.bench.durations('render:steg'), survey: window.bench.durations('render:survey') },
  answer: { steg: window.bench.durations('answer:steg'), survey: window.bench.durations('answer:survey') },
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
const row = (label, s, v) => {
  const ratio = quantile(v, 0.5) / quantile(s, 0.5);
  return `| ${label} | ${ms(quantile(s, 0.5))} (${ms(quantile(s, 0.25))}–${ms(quantile(s, 0.75))}) | ${ms(quantile(v, 0.5))} (${ms(quantile(v, 0.25))}–${ms(quantile(v, 0.75))}) | ${ratio.toFixed(1)}× ${ratio > 1 ? 'faster' : 'SLOWER'} |`;
};
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const today = new Date().toISOString().slice(0, 10);
const load = loadavg()[0].toFixed(1);
const markdown = `## Rating form (issue #5)

\`node bench/rating-form.bench.mjs\` (also run by \`npm run bench -- rating-form\`), ${today}, ${version}, ${engine === 'webkit' ? 'under xvfb-run' : 'headless'}, 1000 × 900 viewport, load average ${load} on 2 cores.
SurveyJS ${surveyVersion} (\`survey-core\` + \`survey-js-ui\`, default theme CSS) renders the same eight questions as
\`livsomraden\`: title, help text, a 1–10 rating with the end labels (\`displayMode: 'buttons'\`: its \`auto\` mode turns a
row of ten with end labels into a dropdown at this width). Ours renders more per question (a label on every step, the
description panel, "Vet inte" / "Vill inte svara", a comment toggle): ${radios.steg} radios against SurveyJS's ${radios.survey}.
Each time runs from just before the work to a forced layout once both libraries' microtask renders are done; median (interquartile range).
Answers showed in the DOM (${answered.steg}/${WARMUP + ANSWER_SAMPLES} ours, ${answered.survey}/${WARMUP + ANSWER_SAMPLES} SurveyJS).

| | stegvis | SurveyJS | stegvis is |
|---|---|---|---|
${row(`render, first after page load (${COLD_LOADS} loads)`, cold.steg, cold.survey)}
${row(`render, warm (${RENDER_SAMPLES} samples each)`, warm.render.steg, warm.render.survey)}
${row(`respond to an answer (${ANSWER_SAMPLES} clicks each)`, warm.answer.steg, warm.answer.survey)}

Size, esbuild, minified, production conditions, every dependency inlined, gzip -9:

| | min | min+gzip |
|---|---|---|
| \`src/components/rating-form/define.ts\` (Lit, zod/mini model, the element) | ${kB(ours.length)} | **${kB(gz(ours))}** |
| of which shared with every element: Lit, \`StegElement\` and tokens, the zod/mini parsers | ${kB(floor.length)} | ${kB(gz(floor))} |
| SurveyJS JS (\`Model\` + \`renderSurvey\`, bundled the same way) | ${kB(survey.length)} | ${kB(gz(survey))} |
| SurveyJS JS, the shipped \`survey.core.min.js\` + \`survey-js-ui.min.js\` | ${kB(surveyPrebuilt.length)} | ${kB(gz(surveyPrebuilt))} |
| SurveyJS theme CSS (\`survey-core.min.css\`, needed too; ours is inside the JS) | ${kB(surveyCss.length)} | ${kB(gz(surveyCss))} |

Ours is ${((gz(ours) / gz(survey)) * 100).toFixed(1)} % of SurveyJS's JavaScript (goal: under 25 %). Of it, the floor every
element shares is ${kB(gz(floor))}, the form's own code ${kB(gz(ours) - gz(floor))} (review page, validation, drafts,
instrument swap, goals and cards, two languages). This figure bundles \`src\`, whose templates are not minified;
\`npm run size\` measures the built package (about 1 kB smaller) and enforces its budget.
Timings move with the machine's load: compare the two libraries within one run, not runs with each other.
`;
console.log(markdown);

if (process.argv.includes('--write')) {
  const file = `${root}bench/RESULTS.md`;
  const current = readFileSync(file, 'utf8');
  const start = current.indexOf('## Rating form (issue #5)');
  let next;
  if (start >= 0) {
    const after = current.indexOf('\n## ', start + 1);
    next = current.slice(0, start) + markdown + (after >= 0 ? current.slice(after) : '');
  } else {
    next = `${current.trimEnd()}\n\n${markdown}`;
  }
  writeFileSync(file, next);
}
