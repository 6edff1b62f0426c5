// The test runner's page commands (set-viewport, send-keys, emulate-media from
// @web/test-runner-commands) for the engines its own plugins do not drive:
// - WebKit through WebKitWebDriver (a "webdriver" launcher): keys as WebDriver key actions on the
//   session, the viewport by resizing the window until the page's innerWidth/innerHeight are the
//   size asked for.
// - Firefox through puppeteer over WebDriver BiDi: puppeteer's keyboard and setViewport work there
//   (keys go through puppeteer here, naming the space bar " " as BiDi wants); media emulation needs CDP, so emulate-media sets the
//   overrides Firefox keeps on the tab's browsing context (the ones its developer tools use),
//   from the browser's privileged scope (Firefox runs with --remote-allow-system-access).
// Chromium falls through to the built-in plugins. A command an engine cannot honour throws:
// WebKitWebDriver has no media emulation, so emulate-media passes there only when the page
// already matches what is asked.

/** WebDriver's code points for the key names the tests (and puppeteer) use. */
const webDriverKeys = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  ' ': '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/** A key name ("Enter", "Space", "a") as the value of a WebDriver key action. */
export function webDriverKey(name) {
  if (Object.hasOwn(webDriverKeys, name)) return webDriverKeys[name];
  if ([...name].length === 1) return name;
  throw new Error(`send-keys: no WebDriver key for "${name}"`);
}

/** The key actions for one send-keys payload ({ press | down | up | type }). */
export function keyActions(payload) {
  const down = (k) => ({ type: 'keyDown', value: webDriverKey(k) });
  const up = (k) => ({ type: 'keyUp', value: webDriverKey(k) });
  if (typeof payload.type === 'string') return [...payload.type].flatMap((c) => [down(c), up(c)]);
  if (typeof payload.press === 'string') {
    // "Shift+Tab" holds the modifiers while the last key is pressed.
    const keys = payload.press.length > 1 && payload.press.includes('+') ? payload.press.split('+') : [payload.press];
    return [...keys.map(down), ...keys.reverse().map(up)];
  }
  if (typeof payload.down === 'string') return [down(payload.down)];
  if (typeof payload.up === 'string') return [up(payload.up)];
  throw new Error('send-keys: give one of press, down, up or type');
}

async function webDriverCommand(driver, command, payload) {
  if (command === 'send-keys') {
    await driver.performActions([{ type: 'key', id: 'keyboard', actions: keyActions(payload) }]);
    // Keys held with "down" stay down until "up": release only after a press or type.
    if (payload.press || payload.type) await driver.releaseActions();
    return true;
  }
  if (command === 'set-viewport') {
    const { width, height } = payload;
    // The window's frame (and MiniBrowser's toolbar) is outside the viewport: resize, measure, correct.
    let rect = { width, height };
    for (let i = 0; i < 4; i += 1) {
      await driver.setWindowRect(null, null, rect.width, rect.height);
      const inner = await driver.execute(() => [window.innerWidth, window.innerHeight]);
      if (inner[0] === width && inner[1] === height) return true;
      const outer = await driver.getWindowRect();
      rect = { width: outer.width + width - inner[0], height: outer.height + height - inner[1] };
    }
    const inner = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    throw new Error(`set-viewport: asked for ${width}×${height}, the page has ${inner[0]}×${inner[1]}`);
  }
  if (command === 'emulate-media') {
    // WebKitWebDriver cannot emulate media. A request for what the page already has (a test's
    // reset to screen, light, no forced colours) is checked against the page and passes; any other
    // request fails, naming the media query WebKit cannot switch on.
    const queries = [];
    if (payload.media != null) queries.push(payload.media);
    if (payload.colorScheme != null) queries.push(`(prefers-color-scheme: ${payload.colorScheme})`);
    if (payload.forcedColors != null) queries.push(`(forced-colors: ${payload.forcedColors})`);
    if (payload.reducedMotion != null) queries.push(`(prefers-reduced-motion: ${payload.reducedMotion})`);
    const unmet = await driver.execute((qs) => qs.filter((q) => !window.matchMedia(q).matches), queries);
    if (unmet.length) throw new Error(`emulate-media: WebKitWebDriver cannot emulate ${unmet.join(', ')}`);
    return true;
  }
  return undefined;
}

/** Firefox's per-tab overrides, set in the browser's privileged scope over BiDi. */
async function firefoxEmulateMedia(page, payload) {
  const connection = page.browser().connection ?? page.browser()._connection;
  if (!connection) throw new Error('emulate-media: no BiDi connection on this Firefox page');
  const overrides = {};
  if (payload.media != null) overrides.mediumOverride = payload.media === 'screen' ? '' : payload.media;
  if (payload.colorScheme != null)
    overrides.prefersColorSchemeOverride = payload.colorScheme === 'no-preference' ? 'none' : payload.colorScheme;
  if (payload.forcedColors != null) overrides.forcedColorsOverride = payload.forcedColors;
  if (payload.reducedMotion != null)
    overrides.prefersReducedMotionOverride = payload.reducedMotion === 'no-preference' ? 'none' : payload.reducedMotion;
  // puppeteer's BiDi connection resolves to the whole response message: { id, type, result }.
  const {
    result: { contexts },
  } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  if (!contexts.length) throw new Error('emulate-media: Firefox gave no privileged context');
  const url = page.url();
  const fn = `(url, overrides) => {
    for (const win of Services.wm.getEnumerator('navigator:browser')) {
      for (const browser of win.gBrowser.browsers) {
        if (browser.currentURI.spec !== url) continue;
        const bc = browser.browsingContext;
        for (const [key, value] of Object.entries(JSON.parse(overrides))) {
          if (!(key in bc)) return 'unsupported ' + key;
          bc[key] = value;
        }
        return 'ok';
      }
    }
    return 'no tab for ' + url;
  }`;
  const {
    result: { result },
  } = await connection.send('script.callFunction', {
    functionDeclaration: fn,
    awaitPromise: false,
    target: { context: contexts[0].context },
    arguments: [
      { type: 'string', value: url },
      { type: 'string', value: JSON.stringify(overrides) },
    ],
  });
  if (result?.value !== 'ok') throw new Error(`emulate-media in Firefox: ${result?.value ?? 'failed'}`);
  return true;
}

/**
 * Key presses in Firefox through puppeteer's keyboard, as the runner's own plugin does, except that
 * puppeteer over BiDi knows the space bar only as " ", not by the name "Space" that CDP accepts.
 */
async function firefoxSendKeys(page, payload) {
  const key = (k) => (k === 'Space' ? ' ' : k);
  if (typeof payload.type === 'string') await page.keyboard.type(payload.type);
  else if (typeof payload.press === 'string') {
    const keys = payload.press.length > 1 && payload.press.includes('+') ? payload.press.split('+') : [payload.press];
    for (const k of keys) await page.keyboard.down(key(k));
    for (const k of keys.reverse()) await page.keyboard.up(key(k));
  } else if (typeof payload.down === 'string') await page.keyboard.down(key(payload.down));
  else if (typeof payload.up === 'string') await page.keyboard.up(key(payload.up));
  else throw new Error('send-keys: give one of press, down, up or type');
  return true;
}

export function engineCommandsPlugin() {
  return {
    name: 'stegvis-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (!['send-keys', 'set-viewport', 'emulate-media'].includes(command)) return undefined;
      const launcher = session.browser;
      if (launcher.type === 'webdriver') return webDriverCommand(launcher.driver, command, payload);
      if (launcher.type === 'puppeteer' && launcher.launchOptions?.browser === 'firefox') {
        if (command === 'emulate-media') return firefoxEmulateMedia(launcher.getPage(session.id), payload);
        if (command === 'send-keys') return firefoxSendKeys(launcher.getPage(session.id), payload);
      }
      return undefined;
    },
  };
}

/**
 * The runner puts its own command plugins before the config's: move `plugin` to the front of the
 * runner's plugin list so that it answers first (it passes on what it does not handle).
 */
export function putFirst(config, plugin) {
  const i = config.plugins.indexOf(plugin);
  if (i > 0) {
    config.plugins.splice(i, 1);
    config.plugins.unshift(plugin);
  }
}
