#!/usr/bin/env node
// Runs every benchmark in bench/*.bench.mjs in turn (or only those named on the command line:
// `npm run bench -- radar sdk`). Benchmarks are never part of `npm test`: speed and size are
// measured here and recorded in bench/RESULTS.md, not asserted in tests.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n### ${file}`);
  // --expose-gc lets memory benchmarks collect before they measure.
  const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', `${dir}${file}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failed += 1;
    console.log(`${file} exited with ${result.status}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
