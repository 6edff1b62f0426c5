// Browser tests for the SDK and the components, in Debian's Chromium (no browser downloads here).
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryFileReporter } from './test/tools/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

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
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      // Each test file gets its own browser context (its own window): pages opened side by side
      // as tabs of one window are hidden, get no animation frames and never resize.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
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
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  reporters: [defaultReporter(), summaryFileReporter('test/.out/wtr-summary.json')],
};
