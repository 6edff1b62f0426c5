#!/usr/bin/env node
// Runs every test runner of the project and ends with one line: "N passed, N failed".
//   1. @web/test-runner in Chromium, Firefox and WebKit: SDK unit and property tests, component
//      tests (every engine's results count in the closing line).
//   2. node --test: the built SDK (dist/sdk) imported in Node with no DOM globals, the embed
//      examples (plain page under strict CSP, React, Vue) and the size budgets' inputs.
//   3. every story of the built Storybook, rendered in Chromium and checked with axe.
// The library and Storybook are built first (skip with --no-build), because 2 and 3 test what ships.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

// npm test (and so CI) runs the browser suite in Chromium, Firefox and WebKit unless STEGVIS_ENGINES
// says otherwise (`STEGVIS_ENGINES=chromium npm test` for Chromium alone); `npx wtr <file>` stays Chromium alone.
process.env.STEGVIS_ENGINES ??= 'chromium,firefox,webkit';
const root = new URL('..', import.meta.url);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
let passed = 0;
let failed = 0;
let engines = '';
let failures = [];

if (!process.argv.includes('--browser-only')) {
  if (!process.argv.includes('--no-build')) {
    for (const script of ['build', 'build-storybook']) {
      const build = spawnSync('npm', ['run', script, '--silent'], { cwd: root, stdio: 'inherit' });
      if (build.status !== 0) {
        console.log(`npm run ${script} failed`);
        failed += 1;
      }
    }
  }
  const node = run(process.execPath, ['--test', '--test-reporter=tap', 'test/node/']);
  process.stdout.write(node.stdout);
  const pass = /^# pass (\d+)/m.exec(node.stdout);
  const fail = /^# fail (\d+)/m.exec(node.stdout);
  passed += pass ? Number(pass[1]) : 0;
  failed += fail ? Number(fail[1]) : node.status === 0 ? 0 : 1;
}

const summaryFile = new URL('test/.out/wtr-summary.json', root);
rmSync(summaryFile, { force: true });
const wtr = spawnSync(
  'npx',
  ['wtr', ...process.argv.slice(2).filter((a) => !a.startsWith('--browser-only') && a !== '--no-build')],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (existsSync(summaryFile)) {
  const totals = JSON.parse(readFileSync(summaryFile, 'utf8'));
  passed += totals.passed;
  failed += totals.failed;
  engines = Object.entries(totals.byEngine ?? {})
    .map(([name, t]) => `${name} ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`)
    .join('; ');
  failures = totals.failures ?? [];
  if (wtr.status !== 0 && totals.failed === 0) failed += 1;
} else {
  failed += 1;
}

if (!process.argv.includes('--browser-only')) {
  if (existsSync(new URL('storybook-static/index.json', root))) {
    const stories = run(process.execPath, ['test/tools/storybook-a11y.mjs']);
    process.stdout.write(stories.stdout);
    const pass = /^# pass (\d+)/m.exec(stories.stdout);
    const fail = /^# fail (\d+)/m.exec(stories.stdout);
    passed += pass ? Number(pass[1]) : 0;
    failed += fail ? Number(fail[1]) : stories.status === 0 ? 0 : 1;
  } else {
    console.log(
      'storybook-static/ is missing: run `npm run build-storybook` (the story accessibility sweep did not run)',
    );
    failed += 1;
  }
}

if (failures.length > 0) {
  // Repeated here, at the end, because a long log may be kept only in part.
  console.log(`\nfailed in the browser suite (${failures.length}):`);
  for (const f of failures.slice(0, 20)) {
    console.log(`- ${f.where} :: ${f.test}${f.ms ? ` (${f.ms} ms)` : ''}\n    ${f.error.replace(/\n/g, '\n    ')}`);
  }
}
if (engines) console.log(`\nbrowser suite by engine: ${engines}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
