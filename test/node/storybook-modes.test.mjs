// Every story of the built Storybook (storybook-static/, from `npm run build-storybook`) in the
// settings people really use, in one headless Chromium:
//
// - real forced colours (Windows contrast themes): CDP Emulation.setEmulatedMedia with
//   forced-colors: active, in the light and the dark system palette (prefers-color-scheme);
// - prefers-color-scheme: dark, on the page's `color-scheme: light dark` (the preview's default);
// - prefers-reduced-motion: reduce;
// - 200 % zoom of a 1280 × 800 window: a 640 × 400 CSS px viewport at device scale factor 2.
//   Browser zoom is exactly that to a page (the layout viewport shrinks to half the window's
//   width, every CSS px is two device px), so media queries, reflow and wrapping are those of
//   zoom. A device scale factor alone would only sharpen the pixels: it changes no layout;
// - phones 320 and 360 px wide (mobile viewport, touch, device scale factor 2).
//
// In every mode each story must have: no horizontal scroll of the page; every target (button,
// link, input, select, textarea, summary, anything focusable) at least 44 × 44 CSS px, its own
// box or a label that activates it (WCAG 2.5.5's exception for inline targets: a link inside a
// sentence, whose size the line of text sets); no visible text under 12 px computed font size;
// nothing clipped (an element with overflow hidden or clip whose content is wider or taller than
// its box, text cut off); no running animation under reduced motion; and axe passes as in the
// default sweep (test/tools/storybook-a11y.mjs, same code). In forced colours every run of text
// in a button, link, label, summary, legend or legend entry is photographed: it must stand out
// from its backdrop (pixels, not computed styles: the engine paints over what the styles say).
//
//   STEGVIS_MODES=phone-320,forced-dark   only these modes
//   STEGVIS_MODES_FILTER=radar            only stories whose id contains this
//   STEGVIS_MODES_SHOTS=dir               save a screenshot of every story in every mode there
//   STEGVIS_MODES_VERBOSE=1               print each failing story as it is found
//   STEGVIS_STORYBOOK_DIR=dir             another built Storybook than storybook-static/
/* global getComputedStyle, NodeFilter, requestAnimationFrame, matchMedia */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveStatic } from '../tools/browser.mjs';
import { checkStory, openStoryTab, storyIds } from '../tools/storybook-sweep.mjs';
import { crop, decodePng, inkOf } from '../tools/pixels.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = process.env.STEGVIS_STORYBOOK_DIR ?? `${root}storybook-static`;
const built = existsSync(`${dir}/index.json`);
const shots = process.env.STEGVIS_MODES_SHOTS;
const only = process.env.STEGVIS_MODES?.split(',');
const concurrency = 2;

const desktop = { width: 1024, height: 768 };
const phone = (width) => ({ width, height: 720, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
export const modes = [
  {
    id: 'forced-light',
    name: 'forced colours, light system palette',
    media: { 'forced-colors': 'active', 'prefers-color-scheme': 'light' },
    viewport: desktop,
    forced: true,
  },
  {
    id: 'forced-dark',
    name: 'forced colours, dark system palette',
    media: { 'forced-colors': 'active', 'prefers-color-scheme': 'dark' },
    viewport: desktop,
    forced: true,
  },
  { id: 'dark', name: 'prefers-color-scheme: dark', media: { 'prefers-color-scheme': 'dark' }, viewport: desktop },
  {
    id: 'reduced-motion',
    name: 'prefers-reduced-motion: reduce',
    media: { 'prefers-reduced-motion': 'reduce' },
    viewport: desktop,
  },
  {
    id: 'zoom-200',
    name: '200 % zoom of a 1280 px window',
    viewport: { width: 640, height: 400, deviceScaleFactor: 2 },
  },
  { id: 'phone-320', name: 'phone, 320 px', viewport: phone(320) },
  { id: 'phone-360', name: 'phone, 360 px', viewport: phone(360) },
];

// Runs in the story's page: what a person in this mode would run into. Returns a list of problems.
export function inspect({ reducedMotion }) {
  const problems = [];
  const story = document.getElementById('storybook-root') ?? document.body;
  const elements = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      elements.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(story);
  const name = (el) => {
    const host = el.getRootNode()?.host;
    const part = el.getAttribute('part');
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
    return `${host ? `<${host.localName}> ` : ''}<${el.localName}${part ? ` part="${part}"` : ''}>${cls}${text ? ` "${text}"` : ''}`;
  };
  // Visually hidden text (the 1 px clip of a screen-reader-only span) is not seen, so not measured.
  const seen = (el) => {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };

  const html = document.documentElement;
  if (html.scrollWidth > html.clientWidth + 1) {
    const wide = elements
      .filter((el) => el.getBoundingClientRect().right > html.clientWidth + 1 && seen(el))
      .slice(0, 3)
      .map((el) => `${name(el)} to ${Math.round(el.getBoundingClientRect().right)} px`);
    problems.push(
      `the page scrolls sideways: ${html.scrollWidth} px in a ${html.clientWidth} px viewport (${wide.join('; ')})`,
    );
  }

  const targets =
    'button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  const big = (r) => r.width >= 43.5 && r.height >= 43.5;
  for (const el of elements) {
    if (!el.matches(targets) || !el.checkVisibility({ visibilityProperty: true })) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (big(r) || [...(el.labels ?? [])].some((l) => big(l.getBoundingClientRect()))) continue;
    // WCAG 2.5.5's inline exception: a link in a sentence, sized by the line of text around it.
    if (el.localName === 'a' && getComputedStyle(el).display === 'inline') {
      const block = el.parentElement;
      if (block && block.textContent.trim().length > el.textContent.trim().length) continue;
    }
    problems.push(`target ${Math.round(r.width)} × ${Math.round(r.height)} px, under 44 × 44: ${name(el)}`);
  }

  const walker = (node) => document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const small = new Set();
  for (const scope of [story, ...elements.filter((el) => el.shadowRoot).map((el) => el.shadowRoot)]) {
    const w = walker(scope);
    while (w.nextNode()) {
      const parent = w.currentNode.parentElement;
      if (!w.currentNode.nodeValue.trim() || !parent || small.has(parent)) continue;
      if (['STYLE', 'SCRIPT', 'TITLE'].includes(parent.tagName) || parent.closest('style, script, title, desc'))
        continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 11.95 && seen(parent)) {
        small.add(parent);
        problems.push(`text at ${size.toFixed(1)} px, under 12 px: ${name(parent)}`);
      }
    }
  }

  for (const el of elements) {
    const style = getComputedStyle(el);
    const hides = (v) => v === 'hidden' || v === 'clip';
    if (!hides(style.overflowX) && !hides(style.overflowY)) continue;
    if (!el.textContent.trim() || !seen(el) || el.clientWidth <= 1 || el.clientHeight <= 1) continue;
    const wide = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
    const tall = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    if (!wide && !tall) continue;
    // Cut is a line of text partly inside the box: one wholly outside it is hidden on purpose
    // (a figure that does not fit its bar segment wraps away), not cut.
    const box = el.getBoundingClientRect();
    let cut = false;
    const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (!cut && w.nextNode()) {
      if (!w.currentNode.nodeValue.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(w.currentNode);
      for (const r of range.getClientRects()) {
        const inside =
          r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
        const outside = r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom;
        if (!inside && !outside) cut = true;
      }
    }
    if (cut)
      problems.push(
        `clipped (${el.scrollWidth} × ${el.scrollHeight} px of content in ${el.clientWidth} × ${el.clientHeight}): ${name(el)}`,
      );
  }

  if (reducedMotion) {
    // document.getAnimations() leaves out those in shadow trees: each shadow root has its own.
    const shadows = elements.filter((el) => el.shadowRoot).map((el) => el.shadowRoot);
    for (const animation of [document, ...shadows].flatMap((scope) => scope.getAnimations())) {
      const timing = animation.effect?.getComputedTiming?.();
      if (animation.playState === 'running' && (timing?.activeDuration ?? 0) > 10) {
        const target = animation.effect?.target;
        problems.push(
          `moves under reduced motion: ${animation.animationName ?? animation.transitionProperty ?? 'animation'} for ${Math.round(timing.activeDuration)} ms on ${target ? name(target) : '?'}`,
        );
      }
    }
  }
  return problems;
}

// Runs in the page: each run of text of a button, link, label, summary, legend or legend entry,
// with its box in page coordinates (a Range around the text node: the plate behind a button is
// not the text).
export function textTargets() {
  const out = [];
  const story = document.getElementById('storybook-root') ?? document.body;
  const selector = 'button, a[href], label, legend, summary, [part~="legend-item"]';
  const scopes = [story];
  for (let i = 0; i < scopes.length; i += 1)
    for (const el of scopes[i].querySelectorAll('*')) if (el.shadowRoot) scopes.push(el.shadowRoot);
  for (const scope of scopes) {
    for (const el of scope.querySelectorAll(selector)) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      while (w.nextNode()) {
        const node = w.currentNode;
        if (
          !node.nodeValue.trim() ||
          !node.parentElement.checkVisibility({ visibilityProperty: true, opacityProperty: true })
        )
          continue;
        // Visually hidden text (a screen-reader-only span clipped to 1 px) paints nothing, rightly.
        let hidden = false;
        for (let a = node.parentElement; a && a !== el.parentElement; a = a.parentElement) {
          const box = a.getBoundingClientRect();
          if (box.width <= 1 || box.height <= 1) hidden = true;
        }
        const range = document.createRange();
        range.selectNodeContents(node);
        const r = range.getBoundingClientRect();
        if (hidden || r.width < 4 || r.height < 4) continue;
        // Text scrolled out of view inside a scrolling box (a long list) is not on screen to see.
        let outside = false;
        for (let a = el; a; a = a.assignedSlot ?? a.parentElement ?? a.getRootNode().host) {
          if (a === el || getComputedStyle(a).overflowY === 'visible') continue;
          const box = a.getBoundingClientRect();
          if (r.bottom > box.bottom + 1 || r.top < box.top - 1) outside = true;
        }
        if (outside) continue;
        const host = scope.host;
        out.push({
          name: `${host ? `<${host.localName}> ` : ''}<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}> "${node.nodeValue.replace(/\s+/g, ' ').trim().slice(0, 40)}"`,
          x: r.x + window.scrollX,
          y: r.y + window.scrollY,
          width: r.width,
          height: r.height,
        });
      }
    }
  }
  return out;
}

/** Photographs every text target, a viewport at a time; returns the ones that do not stand out. */
export async function blankTexts(page) {
  // Scrolled through once first: rows with content-visibility: auto are laid out at a
  // placeholder height until they have been on screen (then at their remembered one), so boxes
  // measured before would move under the camera.
  await page.evaluate(async () => {
    const frames = (n) =>
      new Promise((done) => (n === 0 ? done() : requestAnimationFrame(() => frames(n - 1).then(done))));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await frames(2);
    }
    window.scrollTo(0, 0);
    await frames(2);
  });
  const targets = (await page.evaluate(textTargets)).sort((a, b) => a.y - b.y);
  const { innerHeight } = await page.evaluate(() => ({ innerHeight: window.innerHeight }));
  const blank = [];
  while (targets.length > 0) {
    const scrollY = await page.evaluate(
      (y) =>
        new Promise((done) => {
          window.scrollTo(0, y);
          // Content-visibility: auto paints what came into view a frame or two later.
          const frames = (n) => (n === 0 ? done(window.scrollY) : requestAnimationFrame(() => frames(n - 1)));
          frames(4);
        }),
      Math.max(0, targets[0].y - 20),
    );
    const image = decodePng(await page.screenshot({ type: 'png', captureBeyondViewport: false }));
    const scale = image.height / innerHeight;
    const inView = targets.filter((t) => t.y >= scrollY - 0.5 && t.y + t.height <= scrollY + innerHeight + 0.5);
    // A target taller than the viewport (never a line of text in practice) is cut to the view.
    if (inView.length === 0) inView.push(targets[0]);
    for (const t of inView) {
      targets.splice(targets.indexOf(t), 1);
      const part = crop(image, {
        x: t.x * scale,
        y: (t.y - scrollY) * scale,
        width: t.width * scale,
        height: Math.min(t.height, innerHeight) * scale,
      });
      const { ink, backdrop } = inkOf(part);
      // A letter of 12 px text has dozens of pixels of ink; a blank plate has none.
      if (ink < 12) blank.push(`text the colour of its backdrop ${backdrop} (${ink} pixels stand out): ${t.name}`);
    }
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return blank;
}

let server;
let browser;
before(async () => {
  if (!built) return;
  server = await serveStatic({ root: dir });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Switches a tab to a mode without reloading it: media features and the viewport through CDP. */
async function setMode(tab, mode) {
  tab.cdp ??= await tab.page.createCDPSession();
  const { width, height, deviceScaleFactor = 1, isMobile = false, hasTouch = false } = mode.viewport;
  await tab.cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor, mobile: isMobile });
  await tab.cdp.send('Emulation.setTouchEmulationEnabled', { enabled: hasTouch });
  await tab.cdp.send('Emulation.setEmulatedMedia', {
    features: Object.entries(mode.media ?? {}).map(([name, value]) => ({ name, value })),
  });
  tab.mode = mode;
}

/** Checks every story in every mode (mode after mode) on `concurrency` tabs; problems by mode. */
async function sweep() {
  const started = Date.now();
  const stories = storyIds(dir, process.env.STEGVIS_MODES_FILTER);
  const active = modes.filter((m) => !only || only.includes(m.id));
  const queue = active.flatMap((mode) => stories.map((id) => ({ mode, id })));
  const failures = new Map(active.map((m) => [m.id, []]));
  const counts = new Map(active.map((m) => [m.id, { stories: 0, ms: 0 }]));
  const more = async (tab) => {
    const { mode } = tab;
    const problems = await tab.page.evaluate(inspect, { reducedMotion: mode.id === 'reduced-motion' });
    if (mode.id === 'dark' && !(await tab.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)))
      problems.push('prefers-color-scheme: dark is not on');
    if (mode.forced) problems.push(...(await blankTexts(tab.page)));
    return problems;
  };
  const open = () => openStoryTab(browser, server.origin, { viewport: desktop, storyTimeout: 60_000, addonAxe: false });
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      let tab = await open();
      while (queue.length > 0) {
        const { mode, id } = queue.shift();
        const t0 = Date.now();
        if (tab.mode !== mode) await setMode(tab, mode);
        const result = await checkStory(tab, id, more);
        if (shots) {
          mkdirSync(`${shots}/${mode.id}`, { recursive: true });
          // Through CDP: puppeteer's fullPage would put back its own idea of the viewport.
          const { cssContentSize: size } = await tab.cdp.send('Page.getLayoutMetrics');
          const clip = { x: 0, y: 0, width: size.width, height: Math.min(size.height, 6000), scale: 1 };
          const shot = await tab.cdp.send('Page.captureScreenshot', {
            format: 'png',
            captureBeyondViewport: true,
            clip,
          });
          writeFileSync(`${shots}/${mode.id}/${id}.png`, Buffer.from(shot.data, 'base64'));
        }
        const count = counts.get(mode.id);
        count.stories += 1;
        count.ms += Date.now() - t0;
        if (result.problems.length > 0) {
          failures.get(mode.id).push(`${id}:\n    ${result.problems.join('\n    ')}`);
          if (process.env.STEGVIS_MODES_VERBOSE) console.log(`# ${mode.id} ${failures.get(mode.id).at(-1)}`);
          // After a story that broke (not one that merely failed a check), a fresh tab.
          if (result.problems.some((p) => /^(could not render|story|uncaught|playFunction|unhandled)/.test(p))) {
            await tab.page.browserContext().close();
            tab = await open();
          }
        }
      }
      await tab.page.browserContext().close();
    }),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`# ${stories.length} stories × ${active.length} modes in ${seconds} s on ${concurrency} tabs`);
  for (const [id, c] of counts) console.log(`#   ${id}: ${(c.ms / 1000).toFixed(1)} s of tab time`);
  return { stories, failures };
}

let results;
for (const mode of modes) {
  const skip = !built
    ? 'storybook-static/ is missing: run `npm run build-storybook` (test/run-all.mjs counts that as a failure)'
    : only && !only.includes(mode.id)
      ? 'not in STEGVIS_MODES'
      : false;
  const what = `no sideways scroll, 44 px targets, 12 px text, nothing clipped, axe${mode.forced ? ', every text visible' : ''}`;
  test(`every story in ${mode.name}: ${what}`, { skip }, async () => {
    results ??= sweep();
    const { stories, failures } = await results;
    const failed = failures.get(mode.id);
    assert.ok(stories.length > 0, 'no stories');
    assert.equal(failed.length, 0, `${failed.length} of ${stories.length} stories:\n  ${failed.join('\n  ')}`);
  });
}

test(
  'the checks find what they look for (they can fail)',
  { skip: built ? false : 'no storybook-static' },
  async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 320, height: 600 });
    await page.setContent(`<!doctype html><html><body style="margin:0"><div id="storybook-root">
    <div id="host"></div>
    <p>Läs <a href="#x">mer</a> i texten.</p>
  </div></body></html>`);
    await page.evaluate(() => {
      const root = document.getElementById('host').attachShadow({ mode: 'open' });
      root.innerHTML = `<style>
        .tiny { width: 30px; height: 30px; }
        .small { font-size: 10px; }
        .cut { width: 60px; overflow: hidden; white-space: nowrap; }
        .wide { width: 500px; height: 10px; }
        .blank { forced-color-adjust: none; background: Highlight; color: Highlight; padding: 12px; font: 16px sans-serif; }
        .spin { animation: spin 2s infinite; } @keyframes spin { to { transform: rotate(1turn); } }
      </style>
      <button class="tiny">x</button>
      <span class="small">Liten text</span>
      <div class="cut">En mening som inte får plats</div>
      <div class="wide"></div>
      <button class="blank">Granska svaren</button>
      <div class="spin">snurrar</div>`;
    });
    const problems = await page.evaluate(inspect, { reducedMotion: true });
    const has = (pattern) => problems.some((p) => pattern.test(p));
    assert.ok(has(/^the page scrolls sideways: 500 px in a 320 px viewport/), problems.join('\n'));
    assert.ok(has(/^target 30 × 30 px, under 44 × 44: <div> <button>\.tiny "x"/), problems.join('\n'));
    assert.ok(has(/^text at 10\.0 px, under 12 px: .*"Liten text"/), problems.join('\n'));
    assert.ok(has(/^clipped .*"En mening som inte får plats"/), problems.join('\n'));
    assert.ok(has(/^moves under reduced motion: spin/), problems.join('\n'));
    // The link inside a sentence is the inline exception; the big blank button is big enough.
    assert.ok(!has(/"mer"/), problems.join('\n'));
    assert.ok(!has(/"Granska svaren"/), problems.join('\n'));
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    const blank = await blankTexts(page);
    assert.equal(blank.length, 1, blank.join('\n'));
    assert.match(blank[0], /"Granska svaren"/);
    await page.close();
  },
);
