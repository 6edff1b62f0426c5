// WebKit for @web/test-runner: WebKitGTK's WebDriver (Debian's webkit2gtk-driver) driving its
// MiniBrowser, under a virtual X display (xvfb-run) because MiniBrowser has no headless mode.
// The driver is started here on a free port and stopped with the test run.
/* global fetch, setTimeout, clearTimeout, clearInterval */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { webdriverLauncher } from '@web/test-runner-webdriver';

export const miniBrowser =
  process.env.WEBKIT_MINIBROWSER ??
  [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ].find(existsSync);

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts WebKitWebDriver under xvfb-run on a free port; resolves to `{ port, stop() }`. */
export async function startWebKitDriver() {
  const port = await freePort();
  const child = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.once('exit', stop);
  // A run stopped by a signal (CI's time limit, Ctrl-C) stops the driver and its X server too,
  // then ends as the signal would have ended it.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop();
      process.kill(process.pid, signal);
    });
  }
  for (let i = 0; i < 100; i += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return { port, stop };
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`WebKitWebDriver did not start (install webkit2gtk-driver and xvfb): ${stderr}`);
}

/** A test-runner launcher for WebKit; it starts its own driver. */
export function webkitLauncher() {
  if (!miniBrowser) throw new Error('No MiniBrowser found: install webkit2gtk-driver (or set WEBKIT_MINIBROWSER).');
  let driver;
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // webdriverio asks for WebDriver BiDi by default; WebKitWebDriver speaks classic WebDriver.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    },
  });
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  // One test file at a time, in the top-level page (not side by side in iframes of one page):
  // keys go to the focused frame and the window's size is the page's viewport.
  launcher.concurrency = 1;
  launcher.initialize = async (config, ...rest) => {
    driver = await startWebKitDriver();
    launcher.options.port = driver.port;
    await initialize({ ...config, concurrency: 1 }, ...rest);
    launcher.name = 'WebKit';
  };
  // After a file's tests have reported, the runner reads the page's coverage and sends the window
  // to about:blank. Once in a long run (1 of 71 files in a run on 5 December 2026), WebKitWebDriver
  // never answered that navigation: all of that file's tests had passed, then the run waited
  // 300 s for the HTTP answer and failed the file. Leaving a page is not what a test checks, so
  // if it takes over a minute, this driver (with its X server and MiniBrowser) is stopped and a
  // new one serves the next file; the log says so, naming the file.
  const stopSession = launcher.stopSession.bind(launcher);
  const leaveMs = Number(process.env.STEGVIS_WEBKIT_LEAVE_MS ?? 60_000);
  launcher.stopSession = async (id) => {
    let timer;
    const late = Symbol('late');
    const url = launcher.driverManager?.urlMap.get(id) ?? id;
    const stopping = stopSession(id);
    const outcome = await Promise.race([
      stopping,
      new Promise((resolve) => (timer = setTimeout(() => resolve(late), leaveMs))),
    ]).finally(() => clearTimeout(timer));
    if (outcome !== late) return outcome;
    stopping.catch(() => {}); // it fails once its driver is gone
    console.warn(`WebKit did not leave ${url} within ${leaveMs / 1000} s; starting a new WebKit for the next file.`);
    clearInterval(launcher.pendingHeartbeat);
    driver?.stop();
    driver = await startWebKitDriver();
    launcher.options.port = driver.port;
    launcher.driver = undefined;
    launcher.driverManager = undefined;
    return { testCoverage: undefined };
  };
  launcher.stop = async () => {
    try {
      await stop();
    } finally {
      driver?.stop();
    }
  };
  return launcher;
}
