// Pieces the benches share: the SDK of any commit bundled for Node, the bench's shuffle, and
// how Chromium is started.
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const tmp = `${root}bench/.tmp/`;

/**
 * The SDK (src/sdk/index.ts) of `commit` — or of this working tree when `commit` is null —
 * bundled for Node as an application would (production conditions) to bench/.tmp/<name>.mjs;
 * returns that file. A commit's src/ is extracted to bench/.tmp/<name>-src/ first.
 */
export async function bundleSdk(commit, name) {
  let from = root;
  if (commit) {
    from = `${tmp}${name}-src/`;
    rmSync(from, { recursive: true, force: true });
    mkdirSync(from, { recursive: true });
    execSync(`git archive ${commit} src | tar -x -C ${from}`, { cwd: root });
  }
  const outfile = `${tmp}${name}.mjs`;
  await build({
    entryPoints: [`${from}src/sdk/index.ts`],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    conditions: ['production'],
    // A commit's sources lie outside the project: resolve its packages from here.
    nodePaths: [`${root}node_modules`],
  });
  return outfile;
}

/** A copy of `list` in a fixed pseudo-random order (the same for the same seed). */
export function shuffle(list, seed) {
  const out = list.slice();
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The cohort with every list shuffled, each with its own seed. */
export const shuffledCohort = (cohort) =>
  Object.fromEntries(Object.entries(cohort).map(([name, list], k) => [name, shuffle(list, 17 + k)]));

/** puppeteer.launch options for Debian's Chromium, headless. */
export const chromiumLaunch = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
