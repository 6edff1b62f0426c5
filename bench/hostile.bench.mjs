#!/usr/bin/env node
// Hostile inputs against the SDK's parsers and scoring: how long each takes to be answered and how
// much memory the process needs, each case in a fresh Node process with a 4 GB heap and a 30 s
// time limit (a case that hangs or runs out of memory says so instead of a time).
// Run: npm run build && node bench/hostile.bench.mjs            (the built dist/sdk)
//      BEFORE=53a7bfc node bench/hostile.bench.mjs              (also the SDK of an earlier commit)
// The tests (test/sdk/hostile/bounds.test.ts) assert the refusals; timings live only here.
/* global structuredClone */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { bundleSdk } from './common.mjs';
import { cpus } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const self = fileURLToPath(import.meta.url);

/** The hostile cases: each builds its input, then calls the SDK once (the timed part). */
const cases = {
  'parseInstrument, a scale 0–1e8': (sdk) => {
    const instrument = structuredClone(sdk.livsomraden);
    const scale = Object.values(instrument.scales)[0];
    scale.min = 0;
    scale.max = 1e8;
    return () => sdk.parseInstrument(instrument);
  },
  'parseInstrument, scale max MAX_SAFE_INTEGER': (sdk) => {
    const instrument = structuredClone(sdk.livsomraden);
    Object.values(instrument.scales)[0].max = Number.MAX_SAFE_INTEGER;
    return () => sdk.parseInstrument(instrument);
  },
  'parseInstrument, version a 50 MB string': (sdk) => {
    const instrument = structuredClone(sdk.livsomraden);
    instrument.version = 'x'.repeat(50 * 1024 * 1024);
    return () => sdk.parseInstrument(instrument);
  },
  'parseAssessments, 8 MB list of bad entries (1 M numbers)': () => {
    const list = Array.from({ length: 1_000_000 }, () => 7);
    return (sdk) => sdk.parseAssessments(list);
  },
  'parseAssessments, 50 MB of small objects (1.9 M assessments with a wrong field)': () => {
    // About 27 bytes of JSON each: {"id":"a1","answers":null}
    const list = Array.from({ length: 1_900_000 }, (_, i) => ({ id: `a${i}`, answers: null }));
    return (sdk) => sdk.parseAssessments(list);
  },
  'parseCohortData, 50 MB of small objects in five lists': () => {
    const list = (n) => Array.from({ length: n }, (_, i) => ({ id: `x${i}`, n: i }));
    const data = {
      assessments: list(400_000),
      goals: list(400_000),
      cards: list(400_000),
      interventions: list(400_000),
      episodes: list(400_000),
    };
    return (sdk) => sdk.parseCohortData(data);
  },
  'parseAssessments, a sparse list of length 2³²−1': () => {
    const sparse = [];
    sparse.length = 2 ** 32 - 1;
    return (sdk) => sdk.parseAssessments(sparse);
  },
  'scoreAssessment, a mean area of 217 items': (sdk) => {
    const instrument = structuredClone(sdk.livsomraden);
    const area = instrument.areas[0];
    area.scoring = { method: 'mean' };
    area.items = Array.from({ length: 217 }, (_, n) => ({ ...area.items[0], linkId: `big.${n}` }));
    const assessment = {
      id: 'a1',
      instrument: { id: instrument.id, version: instrument.version },
      subjectId: 'p1',
      role: 'participant',
      occasion: 'baseline',
      authored: '2026-01-01T00:00:00Z',
      status: 'completed',
      answers: area.items.map((item, n) => ({ linkId: item.linkId, value: 1 + (n % 10) })),
    };
    return () => {
      try {
        return sdk.scoreAssessment(instrument, assessment);
      } catch (error) {
        return { threw: error.constructor.name };
      }
    };
  },
  'fromCsv, one 16 MB cell': (sdk) => {
    const csv = sdk.toCsv(sdk.livsomraden, []);
    const header = csv.split('\r\n')[0] || csv.split('\n')[0];
    const cells = header.split(',').map(() => '');
    cells[0] = `"${'y'.repeat(16 * 1024 * 1024)}"`;
    const text = `${header}\r\n${cells.join(',')}\r\n`;
    return () => sdk.fromCsv(sdk.livsomraden, text);
  },
};

const describe = (result) => {
  if (result && typeof result === 'object' && 'ok' in result) {
    if (result.ok) return 'accepted';
    const codes = [...new Set(result.issues.map((i) => i.code))];
    return `refused: ${result.issues.length} issue(s), ${codes.slice(0, 3).join(', ')}; longest message ${Math.max(...result.issues.map((i) => i.message.length))} chars`;
  }
  if (result && typeof result === 'object' && 'threw' in result) return `threw ${result.threw}`;
  return 'returned a score';
};

if (process.argv[2] === '--case') {
  // Child: one case against one bundle.
  const sdk = await import(pathToFileURL(process.argv[3]).href);
  const make = cases[process.argv[4]];
  let call = make(sdk);
  if (call.length === 1) {
    const inner = call;
    call = () => inner(sdk);
  }
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const t = performance.now();
  const result = call();
  const ms = performance.now() - t;
  const rss = process.memoryUsage().rss;
  console.log(
    JSON.stringify({
      ms,
      rssMB: Math.round(rss / 1e6),
      grewMB: Math.round((rss - rssBefore) / 1e6),
      what: describe(result),
    }),
  );
  process.exit(0);
}

const bundles = [];
const current = `${root}dist/sdk/index.js`;
if (!existsSync(current)) throw new Error('Run `npm run build` first: this bench reads dist/sdk.');
bundles.push(['this tree (dist)', current]);
const before = process.env.BEFORE;
if (before) {
  const outfile = await bundleSdk(before, `hostile-${before}`);
  bundles.unshift([before, outfile]);
}

console.log(`Hostile inputs, Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`);
console.log('| input | SDK | answered in | RSS after (growth) | what it said |');
console.log('|---|---|---:|---:|---|');
for (const name of Object.keys(cases)) {
  for (const [label, file] of bundles) {
    const t = performance.now();
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--max-old-space-size=4096', self, '--case', file, name],
      { encoding: 'utf8', timeout: 30_000 },
    );
    const wall = performance.now() - t;
    let cell;
    if (child.error?.code === 'ETIMEDOUT' || child.signal === 'SIGTERM') cell = ['> 30 s (stopped)', '–', 'no answer'];
    else if (child.status !== 0) {
      const oom = /heap out of memory|Allocation failed/i.test(child.stderr);
      const why = oom
        ? 'ran out of memory'
        : (child.stderr
            .trim()
            .split('\n')
            .find((l) => /Error/.test(l)) ?? 'crashed');
      cell = [`${(wall / 1000).toFixed(1)} s (process)`, '–', why.slice(0, 80)];
    } else {
      const out = JSON.parse(child.stdout.trim().split('\n').pop());
      cell = [
        out.ms < 1000 ? `${out.ms.toFixed(0)} ms` : `${(out.ms / 1000).toFixed(1)} s`,
        `${out.rssMB} MB (+${out.grewMB} MB)`,
        out.what,
      ];
    }
    console.log(`| ${name} | ${label} | ${cell[0]} | ${cell[1]} | ${cell[2]} |`);
  }
}
