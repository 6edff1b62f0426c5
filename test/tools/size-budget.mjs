#!/usr/bin/env node
// Size budgets: what a vendor's page pays for each entry point, minified and gzipped (-9).
// Every entry is bundled from the built package (dist/, what npm ships: templates already
// minified by the build) the way an application bundler would ship it to production: esbuild,
// all dependencies inlined, `production` export condition (Lit's production build), minified.
// The CDN bundle is measured as the file that ships (dist/cdn/stegvis.js, built by rollup).
// Run `npm run build` first. Exits 1 when any entry is over its budget, or when one is missing.
//
//   node test/tools/size-budget.mjs              # check, print a table
//   node test/tools/size-budget.mjs --markdown   # the same table as Markdown (for bench/RESULTS.md)
//   node test/tools/size-budget.mjs --parts      # also: what single imports from dist/sdk cost, tree-shaken
//
// 1 kB = 1000 bytes, as size-limit counts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { production, root } from './production-build.mjs';

const kB = 1000;

/**
 * Budgets in bytes (gzipped), enforced: each sits about 2 % above what the entry measured on
 * 2026-12-02 (bench/RESULTS.md, "Sizes"), so that growth is a decision, not an accident.
 * Decided since: the SDK and the CDN file +1.9 kB (2026-12-02, second session) for the faster
 * cohortReport (column reads, the one-pass path for data in participant order; issue #3).
 * Issue #17 (items 3 and 6, 2026-12-04): the SDK +1.5 kB (livsomraden's case-manager and joint
 * wording, the `byRole` schema, `scaleForRole`, `withLanguage`), interop +0.6 kB (one role's
 * Questionnaire, item control, option prefixes), sample +0.8 kB (it carries livsomraden), the
 * rating form +0.9 kB (the translation registry every element shares, ~0.4 kB, the role's wording
 * and the case manager's hints). Arabic itself is in no figure: it ships as its own modules
 * (stegvis/translations/ar.js 4.3 kB, ar-instruments.js 6.9 kB, gzipped as CDN files).
 * Reset on 2026-12-04 to 2 % above what every entry measured after issues #13, #16 and #17
 * landed together (a decision, with the cost named): the SDK 48.2 → 57.8 kB (fail-closed options,
 * input limits and value-free messages, the personal-identity-number check, the whole-report
 * disclosure audit, needsReport, the translation hooks); stegvis/sdk/cohort 13.8 → 30.2 kB (it now
 * holds needsReport and the audit, and parses its input with limits); the cohort summary
 * 30.6 → 38.9 kB (headline, charts with numbers, the intervention comparison, the needs view);
 * the progression card 40.2 → 44.6 kB and the rating form 37.2 → 41.1 kB (the shared error state
 * for people, emphasis and the form's new states, the role's wording); the radar 46.6 → 48.6 kB
 * (the dot plot for phones, the shared error state). Issue #18's size targets are further away
 * than before; `targets` below reports the gap on every run.
 * Issue #16.5 (2026-12-04, a decision): `toSVG()`/`toPNG()` on the cohort summary, +4.0 kB
 * (39.1 → 43.1 kB; the standalone SVG drawing of the headline and chart, and its model), so the
 * summary, define.js, the CDN file and the CDN loader page with the summary get +4 kB each. They
 * are synchronous as on the radar, so they cannot be a lazy chunk without changing that API.
 * Issue #16.4 (2026-12-04, a decision): the disclosure audit of `needsReport` (needs-audit.ts: member
 * bitsets and the pair/triple search over its counts), +1.3 kB (sdk/cohort 30.2 → 31.5 kB, sdk
 * 57.9 → 59.3 kB): the two budgets are 2 % above that. Privacy is not traded for bytes.
 * Issue #15 (2026-12-04, a decision): the tally as small named functions over an explicit state, the
 * order-independent duplicate count and the audit's sequential member log made sdk/cohort a little
 * larger (31.9 → just over 32.1 kB); its budget is 32.4 kB. Readable code over a few hundred bytes.
 * Issue #16 (2026-12-04, a decision): the needs analysis counted in cohortReport's own pass
 * (`{ needs }`, needs-tally.ts shared with needsReport) took sdk/cohort from 32.1 to 32.4 kB and the
 * CDN file from 123.8 to 124.3 kB; budgets 32.6 and 124.6 kB. One pass instead of two for the
 * members' report (needs adds ~10 % instead of ~80 % of cohortReport's time) is worth 0.3 kB.
 * Lower one when an entry shrinks. Lit (~5.8 kB) and the zod/mini model are in every element's
 * figure: the elements share them when more than one is on a page.
 */
const budgets = {
  'stegvis/sdk': 60.5 * kB,
  'stegvis/sdk core (parse*, validate, score, compare, progression)': 23.1 * kB,
  'stegvis/sdk/cohort': 32.6 * kB,
  'stegvis/sdk/interop': 25 * kB,
  'stegvis/sdk/sample': 10.5 * kB,
  'all four elements (stegvis/define.js)': 93.2 * kB,
  'cdn loader.js alone': 0.6 * kB,
  'cdn loader page with steg-radar': 52.8 * kB,
  'cdn loader page with steg-rating-form': 44.5 * kB,
  'cdn loader page with steg-progression-card': 49.3 * kB,
  'cdn loader page with steg-cohort-summary': 54.2 * kB,
  'stegvis/cdn/stegvis.js (all four elements + SDK)': 124.6 * kB,
  'steg-radar': 49.6 * kB,
  'steg-rating-form': 42 * kB,
  'steg-progression-card': 45.5 * kB,
  'steg-cohort-summary': 43.7 * kB,
};

/**
 * The goals of issue #18 (lean where vendors feel it), reported beside every run and never
 * hidden; they do not fail the build, the budgets above do. Lit (~5.8 kB) and the zod/mini model
 * with its bilingual messages (~14 kB) are in every element's figure.
 */
const targets = {
  'stegvis/sdk core (parse*, validate, score, compare, progression)': 20 * kB,
  'steg-radar': 30 * kB,
  'steg-rating-form': 30 * kB,
  'all four elements (stegvis/define.js)': 60 * kB,
};

const elementNames = {
  radar: 'steg-radar',
  'rating-form': 'steg-rating-form',
  'progression-card': 'steg-progression-card',
  'cohort-summary': 'steg-cohort-summary',
};

/** Bundles a module given as source text (resolved from the repository root); returns its bytes. */
async function bundleSource(contents, extra = {}) {
  const result = await build({ ...production, ...extra, write: false, stdin: { contents, resolveDir: root } });
  return result.outputFiles[0].contents;
}

/**
 * Bundles one built entry: code behind a dynamic `import()` goes to a separate chunk loaded only
 * when needed. Returns the bytes a page loads up front (the entry and the chunks it imports
 * statically) and, apart, the lazy chunks.
 */
async function bundle(entry) {
  const result = await build({
    ...production,
    entryPoints: [entry],
    write: false,
    splitting: true,
    outdir: 'bench/.tmp/size',
    metafile: true,
  });
  const files = new Map(result.outputFiles.map((f) => [f.path.slice(root.length), f.contents]));
  const outputs = result.metafile.outputs;
  const entryFile = Object.keys(outputs).find((name) => outputs[name].entryPoint);
  const upFront = new Set();
  const visit = (name) => {
    if (upFront.has(name)) return;
    upFront.add(name);
    for (const imported of outputs[name]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entryFile);
  const concat = (names) =>
    Buffer.concat(names.filter((n) => files.has(n) && n.endsWith('.js')).map((n) => files.get(n)));
  const lazy = Object.keys(outputs).filter((n) => !upFront.has(n) && n.endsWith('.js'));
  return { initial: concat([...upFront]), lazy: concat(lazy) };
}

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

const rows = [];
async function measure(name, load) {
  const loaded = await load();
  const { initial, lazy } =
    Buffer.isBuffer(loaded) || loaded instanceof Uint8Array ? { initial: loaded, lazy: undefined } : loaded;
  rows.push({
    name,
    min: initial.length,
    gzip: gz(initial),
    lazy: lazy?.length ? gz(lazy) : 0,
    budget: budgets[name],
    target: targets[name],
  });
}

await measure('stegvis/sdk', () => bundle('dist/sdk/index.js'));
// The SDK's core, as an application that only parses, validates and scores imports it (#18).
await measure('stegvis/sdk core (parse*, validate, score, compare, progression)', async () => ({
  initial: await bundleSource(`export {
    parseInstrument, parseAssessment, parseAssessments, parseAssessmentFor, parseGoals,
    parseProgressionCards, parseInterventions, parseEpisodes, validateAssessment,
    scoreAssessment, compareAssessments, progression,
  } from './dist/sdk/index.js';`),
}));
for (const entry of ['cohort', 'interop', 'sample']) {
  const file = existsSync(`${root}dist/sdk/${entry}.js`) ? `dist/sdk/${entry}.js` : `dist/sdk/${entry}/index.js`;
  await measure(`stegvis/sdk/${entry}`, () => bundle(file));
}

const componentDirs = existsSync(`${root}dist/components`)
  ? readdirSync(`${root}dist/components`, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`${root}dist/components/${d.name}/define.js`))
      .map((d) => d.name)
      .sort()
  : [];
for (const dir of componentDirs) {
  await measure(elementNames[dir] ?? `steg-${dir}`, () => bundle(`dist/components/${dir}/define.js`));
}

await measure('all four elements (stegvis/define.js)', () => bundle('dist/define.js'));

const cdnName = 'stegvis/cdn/stegvis.js (all four elements + SDK)';
const cdnFile = `${root}dist/cdn/stegvis.js`;
if (existsSync(cdnFile)) await measure(cdnName, async () => readFileSync(cdnFile));

/**
 * What a page that uses the CDN loader downloads for one element: dist/cdn/loader.js, the
 * element's chunk and every chunk those import statically (lazy chunks, such as the card's radar,
 * apart). Read from the files rollup wrote, as a browser would fetch them.
 */
function cdnClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(`${root}dist/cdn/${file}`, 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const [, spec] of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.[^"']+)["']/g)) {
    const target = new URL(spec, `file:///${dir}`).pathname.slice(1);
    cdnClosure(target, seen);
  }
  return seen;
}
const lazyChunks = (files) =>
  [...files].flatMap((file) =>
    [...readFileSync(`${root}dist/cdn/${file}`, 'utf8').matchAll(/import\(["'](\.[^"']+)["']\)/g)].map(([, spec]) => {
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      return new URL(spec, `file:///${dir}`).pathname.slice(1);
    }),
  );
if (existsSync(`${root}dist/cdn/loader.js`)) {
  await measure('cdn loader.js alone', async () => readFileSync(`${root}dist/cdn/loader.js`));
  for (const chunk of lazyChunks(['loader.js'])) {
    const element = /chunks\/(.+)-[\w-]{8}\.js$/.exec(chunk)?.[1] ?? chunk;
    await measure(`cdn loader page with ${elementNames[element] ?? element}`, async () => {
      const files = cdnClosure(chunk, new Set(['loader.js']));
      const lazy = new Set(lazyChunks([...files].filter((f) => f !== 'loader.js')).filter((f) => !files.has(f)));
      for (const f of [...lazy]) cdnClosure(f, lazy);
      const read = (names) => Buffer.concat([...names].map((n) => readFileSync(`${root}dist/cdn/${n}`)));
      return { initial: read(files), lazy: lazy.size ? read([...lazy].filter((f) => !files.has(f))) : undefined };
    });
  }
}

if (existsSync(`${root}dist/react/index.js`)) {
  // Reported, not budgeted: React and @lit/react are the application's own dependencies.
  const bytes = await bundleSource("export * from './dist/react/index.js';", { external: ['react', 'react-dom'] });
  rows.push({ name: 'stegvis/react (without React)', min: bytes.length, gzip: gz(bytes), lazy: 0 });
}

const problems = [];
for (const name of Object.keys(budgets)) {
  if (!rows.some((r) => r.name === name)) {
    problems.push(
      name === cdnName
        ? `${name}: dist/cdn/stegvis.js is missing; run \`npm run build\` first`
        : `${name}: not found in dist/; run \`npm run build\` first`,
    );
  }
}
for (const row of rows) {
  if (row.budget !== undefined && row.gzip > row.budget) {
    problems.push(`${row.name}: ${fmt(row.gzip)} gzipped is over its budget of ${fmt(row.budget)}`);
  }
}

function fmt(bytes) {
  return `${(bytes / kB).toFixed(1)} kB`;
}

/** "15.0 kB: met", or how far over it is; empty when the entry has no issue target. */
const targetText = (r, strong = (t) => t) =>
  r.target === undefined
    ? ''
    : r.gzip <= r.target
      ? `${fmt(r.target)}: met`
      : `${fmt(r.target)}: ${strong('not met')} (${fmt(r.gzip - r.target)} over)`;

if (process.argv.includes('--markdown')) {
  console.log(
    '| entry | minified | min + gzip -9 (up front) | lazy chunks, gzip | budget (enforced) | verdict | issue target |',
  );
  console.log('|---|---:|---:|---:|---:|---|---|');
  for (const r of rows) {
    const verdict =
      r.budget === undefined ? '–' : r.gzip <= r.budget ? 'within' : `**over by ${fmt(r.gzip - r.budget)}**`;
    const target = targetText(r, (t) => `**${t}**`) || '–';
    console.log(
      `| \`${r.name}\` | ${fmt(r.min)} | ${fmt(r.gzip)} | ${r.lazy ? fmt(r.lazy) : '–'} | ${r.budget ? fmt(r.budget) : '–'} | ${verdict} | ${target} |`,
    );
  }
} else {
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const verdict =
      r.budget === undefined
        ? ''
        : r.gzip <= r.budget
          ? `ok   (budget ${fmt(r.budget)})`
          : `OVER (budget ${fmt(r.budget)})`;
    const lazy = r.lazy ? ` (+${fmt(r.lazy)} gz lazy)` : '';
    const target = targetText(r);
    console.log(
      `${r.name.padEnd(width)}  ${fmt(r.min).padStart(9)} min  ${fmt(r.gzip).padStart(8)} gz  ${verdict}${lazy}${target ? `; target ${target}` : ''}`,
    );
  }
}
if (process.argv.includes('--parts')) {
  // What a page pays for one part of the SDK when its bundler tree-shakes `stegvis/sdk`.
  const parts = {
    'Lit alone (`LitElement`, `html`, `svg`, `css`)': "export { LitElement, html, svg, css } from 'lit';",
    "zod/mini + the model's parsers (`parseAssessment`, `parseInstrument`, `parseGoal`, …)":
      "export { parseAssessment, parseInstrument, parseGoal, parseProgressionCard, parseIntervention } from './dist/sdk/index.js';",
    '`parseAssessment`, `parseInstrument`, `validateAssessment`, `scoreAssessment`, `compareAssessments`':
      "export { parseAssessment, parseInstrument, validateAssessment, scoreAssessment, compareAssessments } from './dist/sdk/index.js';",
    '`cohortReport` + `parseCohortData`': "export { cohortReport, parseCohortData } from './dist/sdk/index.js';",
    'FHIR + CSV (`toFhir*`, `fromFhirQuestionnaireResponse`, `toCsv`, `fromCsv`)':
      "export { toFhirQuestionnaire, toFhirQuestionnaireResponse, fromFhirQuestionnaireResponse, toCsv, fromCsv } from './dist/sdk/index.js';",
    '`livsomraden` + `arbetsnara` (instrument data only)':
      "export { livsomraden, arbetsnara } from './dist/sdk/index.js';",
  };
  console.log('\n| import | min | min + gzip -9 |\n|---|---:|---:|');
  for (const [name, contents] of Object.entries(parts)) {
    const bytes = await bundleSource(contents);
    console.log(`| ${name} | ${fmt(bytes.length)} | ${fmt(gz(bytes))} |`);
  }
}
// Every budgeted entry must exist (a missing one would pass unmeasured) and be within its budget.
for (const p of problems) console.log(`error: ${p}`);
process.exit(problems.length === 0 ? 0 : 1);
