// Browser tests for the SDK and the components, in three engines from Debian's packages (no
// browser downloads here): Chromium (chromium), Firefox (firefox-esr, driven by puppeteer-core
// over WebDriver BiDi) and WebKit (webkit2gtk-driver: WebKitWebDriver with MiniBrowser, under
// xvfb-run). STEGVIS_ENGINES=chromium,firefox,webkit picks the engines; the default here is
// Chromium alone, for quick runs of a file; `npm test` and CI default to all three
// (test/run-all.mjs; the README's "Browser support" says what WebKit skips and why).
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { webkitLauncher } from './test/tools/webkit-launcher.mjs';
import { builtPackagePlugin } from './test/tools/built-package-plugin.mjs';
import { summaryFileReporter } from './test/tools/summary-reporter.mjs';
import { engineCommandsPlugin, putFirst } from './test/tools/engine-commands.mjs';
import { defaultReporter } from '@web/test-runner';

const engines = (process.env.STEGVIS_ENGINES ?? 'chromium').split(',').map((e) => e.trim());
for (const e of engines) {
  if (!['chromium', 'firefox', 'webkit'].includes(e)) throw new Error(`STEGVIS_ENGINES: unknown engine ${e}`);
}
const firefoxPath = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);

// set-viewport, send-keys and emulate-media for WebKit and Firefox (the runner's own plugins drive
// Chromium); each launcher below puts it ahead of the runner's plugins when it starts.
const engineCommands = engineCommandsPlugin();
const answeringFirst = (launcher) => {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config, ...rest) => {
    putFirst(config, engineCommands);
    return initialize(config, ...rest);
  };
  return launcher;
};

// One test file at a time: only one Firefox window is active, and key presses and focus reach
// that one alone (two files side by side lose each other's focus).
const oneFileAtATime = (launcher) => {
  launcher.concurrency = 1;
  return launcher;
};

// Puppeteer gives a page 30 s to load before it fails the whole test file. On a fresh CI machine
// Firefox once took longer than that to load one file's page late in the run (112 tests lost to a
// "Navigation timeout of 30000 ms exceeded", no test failing); the same file loads in about 2 s
// here. Loading is not what the tests check, so a page gets 3 minutes; a test's own limit is below.
const patientPage = (page) => {
  page.setDefaultNavigationTimeout(180000);
  return page;
};

const executablePath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

export default {
  files: ['test/sdk/**/*.test.ts', 'test/components/**/*.test.ts', 'test/embed/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  // The esbuild plugin reads a tsconfig only when given its path, and ignores "extends":
  // tsconfig.json is self-contained so Lit's decorator flags reach the test build.
  plugins: [
    engineCommands,
    // test/embed/** imports the built package (dist/), not the sources.
    builtPackagePlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    engines.includes('chromium') &&
      chromeLauncher({
        // Each test file gets its own browser context (its own window): pages opened side by side
        // as tabs of one window are hidden, get no animation frames and never resize.
        createPage: async ({ browser }) => patientPage(await (await browser.createBrowserContext()).newPage()),
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      }),
    // The same puppeteer launcher drives Firefox over WebDriver BiDi.
    // --remote-allow-system-access lets emulate-media set the tab's media overrides.
    engines.includes('firefox') &&
      oneFileAtATime(
        answeringFirst(
          chromeLauncher({
            puppeteer,
            // Each test file in a window of its own, as in Chromium: a file in a background tab
            // gets no animation frames, no resize observations and no key presses.
            createPage: async ({ browser }) => patientPage(await browser.newPage({ type: 'window' })),
            launchOptions: {
              browser: 'firefox',
              executablePath: firefoxPath,
              headless: true,
              args: ['--remote-allow-system-access'],
            },
          }),
        ),
      ),
    engines.includes('webkit') && answeringFirst(webkitLauncher()),
  ].filter(Boolean),
  // Mocha's per-test limit: WebKit under xvfb renders the largest fixtures several times slower.
  testFramework: { config: { timeout: engines.some((e) => e !== 'chromium') ? 30000 : 10000 } },
  testsFinishTimeout: 600000,
  // Firefox and WebKit start slower than Chromium, above all on a busy machine.
  browserStartTimeout: 120000,
  reporters: [defaultReporter(), summaryFileReporter('test/.out/wtr-summary.json')],
};
