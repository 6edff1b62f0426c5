#!/usr/bin/env node
// A reproducible random sample of the mutation-testing scope, for a machine that cannot run all of
// it (about 3,300 mutants; tens of seconds each on two cores). Picks `lines` code lines at random
// (seeded) from the files of stryker.config.mjs's default scope and prints a MUTATE value that
// limits StrykerJS to them:
//   MUTATE="$(node test/mutation/sample.mjs 150 1)" npm run mutation
// Each picked line brings every mutant that lies on it; mutants spanning several lines (a whole
// block emptied) are not in a one-line range, so the sample leaves them out.
import { readFileSync, readdirSync } from 'node:fs';

const [lines = '150', seed = '1'] = process.argv.slice(2);
const dir = 'src/sdk/scoring';
const files = [
  ...readdirSync(dir)
    .filter((f) => /^cohort-.*\.ts$/.test(f) && f !== 'cohort-report-types.ts')
    .map((f) => `${dir}/${f}`),
  `${dir}/disclosure-audit.ts`,
  `${dir}/timeline.ts`,
  'src/sdk/model/fast-assessment.ts',
].sort();

// Lines that can hold a mutant: not blank, not a comment, not an import or a type declaration,
// not a lone bracket.
const pool = [];
for (const file of files) {
  let inComment = false;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const t = text.trim();
      if (inComment) {
        if (t.includes('*/')) inComment = false;
        return;
      }
      if (t.startsWith('/*')) {
        inComment = !t.includes('*/');
        return;
      }
      if (t === '' || t.startsWith('//') || t.startsWith('*') || /^[{}()[\];,]+$/.test(t)) return;
      if (/^(import|export (type|interface)|type |interface )/.test(t)) return;
      pool.push(`${file}:${i + 1}-${i + 1}`);
    });
}

// mulberry32: a small seeded generator, so a sample can be named by its seed.
let state = Number(seed) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [pool[i], pool[j]] = [pool[j], pool[i]];
}
console.error(`${Math.min(Number(lines), pool.length)} of ${pool.length} code lines in ${files.length} files`);
console.log(pool.slice(0, Number(lines)).join(','));
