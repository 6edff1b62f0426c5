// What the Node-side browser checks share: Debian's Chromium through puppeteer-core, and a tiny
// static file server that can send any response headers (a Content-Security-Policy above all,
// which a page served by @web/test-runner cannot carry).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import puppeteer from 'puppeteer-core';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The Chromium to drive: CHROME_PATH, else Debian's. */
export const chromiumPath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

/** Launches headless Chromium with the flags every check here uses. */
export function launchChromium() {
  if (!chromiumPath) throw new Error('No Chromium found: install it or set CHROME_PATH.');
  return puppeteer.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Several tabs work at once here: none may be paused or throttled as a background tab
      // (no animation frames, slowed timers), or a check in it would just wait.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}

/** Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no download). */
export const firefoxPath = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);

/**
 * The engine the Node-side browser checks run in: STEGVIS_ENGINE=chromium (the default) or
 * firefox. Both come through puppeteer-core, so a check written for one runs in the other.
 */
export const engine = process.env.STEGVIS_ENGINE ?? 'chromium';

/** Launches the engine named by STEGVIS_ENGINE (see `engine`). */
export function launchBrowser() {
  if (engine === 'chromium') return launchChromium();
  if (engine === 'firefox') {
    if (!firefoxPath) throw new Error('No Firefox found: install firefox-esr or set FIREFOX_PATH.');
    return puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  }
  throw new Error(`STEGVIS_ENGINE=${engine}: the Node-side checks run in chromium or firefox.`);
}

/**
 * Serves files under `root` on 127.0.0.1 (a free port). `headers` are added to every HTML
 * response (or to every response with `allResponses`). `mounts` maps URL prefixes to other
 * directories, for example `{ '/dist/': '/repo/dist/' }`. Resolves to `{ origin, close() }`.
 */
export function serveStatic({ root, mounts = {}, headers = {}, allResponses = false }) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    let base = root;
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (pathname.startsWith(prefix)) {
        base = dir;
        pathname = pathname.slice(prefix.length - 1);
        break;
      }
    }
    if (pathname === '/favicon.ico' && !existsSync(join(base, pathname))) {
      // Browsers ask for it on every page; a 404 would be logged as a console error.
      res.writeHead(204).end();
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = normalize(join(base, pathname));
    if (!file.startsWith(normalize(base + sep)) && file !== normalize(base)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      ...(allResponses || type.startsWith('text/html') ? headers : {}),
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * Records what a page reports: console errors and warnings, uncaught exceptions, and every
 * `securitypolicyviolation` event (collected in the page from its very first script on).
 */
export async function watchPage(page) {
  const log = { consoleErrors: [], consoleWarnings: [], pageErrors: [], failedRequests: [] };
  page.on('response', (response) => {
    if (response.status() >= 400) log.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
    if (message.type() === 'warn' || message.type() === 'warning') log.consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error?.message ?? error)));
  page.on('requestfailed', (request) =>
    log.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        // Name the element and the component it sits in, so a report says who to fix.
        const target = e.composedPath()[0];
        const host = target?.getRootNode?.()?.host;
        const where = target?.localName
          ? ` at <${target.localName}${target.className ? `.${String(target.className).split(' ')[0]}` : ''}>${host ? ` in <${host.localName}>` : ''}`
          : '';
        window.__violations.push(
          `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}${where} ${e.sample || ''}`.trim(),
        );
      },
      true,
    );
  });
  return {
    log,
    violations: () => page.evaluate(() => window.__violations ?? []),
  };
}
