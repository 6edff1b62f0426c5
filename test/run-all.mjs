#!/usr/bin/env node
// Runs every test runner of the project and ends with one line: "N passed, N failed".
//   1. @web/test-runner in Chromium: SDK unit and property tests, component tests.
//   2. node --test: the built SDK (dist/sdk) imported in Node with no DOM globals.
// The build runs first (skip it with --no-build), because step 2 tests what ships.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
let passed = 0;
let failed = 0;

if (!process.argv.includes('--browser-only')) {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      console.log('build failed');
      failed += 1;
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
const wtr = spawnSync('npx', ['wtr', ...process.argv.slice(2).filter((a) => !a.startsWith('--browser-only') && a !== '--no-build')], {
  cwd: root,
  stdio: 'inherit',
});
if (existsSync(summaryFile)) {
  const totals = JSON.parse(readFileSync(summaryFile, 'utf8'));
  passed += totals.passed;
  failed += totals.failed;
  if (wtr.status !== 0 && totals.failed === 0) failed += 1;
} else {
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
