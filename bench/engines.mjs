// The browser engines the benches run in, behind one small page interface:
//   const browser = await openBrowser(engine);   // 'chromium' | 'firefox' | 'webkit'
//   const page = await browser.newPage({ width, height });
//   await page.goto(url); await page.evaluate(fn, ...args); await page.waitForFunction(fn);
//   await page.bringToFront(); await page.close(); await browser.version(); await browser.close();
// Chromium and Firefox (firefox-esr over WebDriver BiDi) are driven by puppeteer-core, each page in
// a window of its own (a background tab gets no animation frames). WebKit (WebKitGTK's MiniBrowser,
// Debian's webkit2gtk-driver, under xvfb-run) has no puppeteer driver: it is driven over classic
// WebDriver, spoken here with fetch, in the session's one window (so one page at a time).
/* global fetch, setTimeout */
import puppeteer from 'puppeteer-core';
import { chromiumLaunch } from './common.mjs';
import { miniBrowser, startWebKitDriver } from '../test/tools/webkit-launcher.mjs';

export const engineNames = ['chromium', 'firefox', 'webkit'];

export async function openBrowser(engine) {
  if (!engineNames.includes(engine)) throw new Error(`BENCH_ENGINE: one of ${engineNames.join(', ')}, not ${engine}`);
  if (engine === 'webkit') return openWebKit();
  const browser =
    engine === 'firefox'
      ? await puppeteer.launch({
          browser: 'firefox',
          executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
          headless: true,
        })
      : await puppeteer.launch(chromiumLaunch);
  return {
    engine,
    async newPage({ width, height }) {
      const page = engine === 'firefox' ? await browser.newPage({ type: 'window' }) : await browser.newPage();
      await page.setViewport({ width, height });
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
      return {
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        waitForFunction: (fn) => page.waitForFunction(fn),
        bringToFront: () => page.bringToFront(),
        close: () => page.close(),
        /** Chromium only; false where the engine has no media emulation here. */
        async reduceMotion() {
          if (engine !== 'chromium') return false;
          await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
          return true;
        },
        puppeteer: page,
      };
    },
    version: () => browser.version(),
    close: () => browser.close(),
  };
}

async function openWebKit() {
  if (!miniBrowser) throw new Error('No MiniBrowser found: install webkit2gtk-driver (or set WEBKIT_MINIBROWSER).');
  const driver = await startWebKitDriver();
  const base = `http://127.0.0.1:${driver.port}`;
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.message ?? response.status}`);
    return value;
  };
  const session = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    },
  });
  const s = `/session/${session.sessionId}`;
  await call('POST', `${s}/timeouts`, { script: 600_000, pageLoad: 120_000 });
  const first = await call('GET', `${s}/window`);
  let current = first;
  let open = false;
  const switchTo = async (handle) => {
    if (current !== handle) await call('POST', `${s}/window`, { handle });
    current = handle;
  };
  // Runs `fn` (its source) in the page with `args`, awaiting what it returns.
  const run = async (handle, fn, args) => {
    await switchTo(handle);
    const out = await call('POST', `${s}/execute/async`, {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve()
          .then(() => (0, eval)('(' + arguments[0] + ')').apply(null, arguments[1]))
          .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String((e && e.stack) || e) }));`,
      args: [fn.toString(), args],
    });
    if (out?.error) throw new Error(`in WebKit: ${out.error}`);
    return out?.ok;
  };
  return {
    engine: 'webkit',
    async newPage({ width, height }) {
      // WebKitWebDriver opens no second window for MiniBrowser: one page at a time, in the
      // session's window (a page closed frees it; it is not closed, which would end the session).
      if (open) throw new Error('WebKit here: one page at a time (close the last one first)');
      open = true;
      const handle = first;
      await switchTo(handle);
      await call('POST', `${s}/window/rect`, { width, height });
      return {
        goto: async (url) => {
          await switchTo(handle);
          await call('POST', `${s}/url`, { url });
        },
        evaluate: (fn, ...args) => run(handle, fn, args),
        waitForFunction: async (fn) => {
          for (let i = 0; i < 600; i++) {
            if (await run(handle, fn, [])) return;
            await new Promise((r) => setTimeout(r, 100));
          }
          throw new Error('waitForFunction: timed out after 60 s');
        },
        bringToFront: () => switchTo(handle),
        close: async () => {
          await switchTo(handle);
          await call('POST', `${s}/url`, { url: 'about:blank' });
          open = false;
        },
        async reduceMotion() {
          return false;
        },
      };
    },
    version: async () => `WebKitGTK MiniBrowser ${session.capabilities?.browserVersion ?? ''}`.trim(),
    close: async () => {
      try {
        await call('DELETE', s);
      } finally {
        driver.stop();
      }
    },
  };
}
