// Real forced colours (Windows contrast themes), checked with pixels. Chromium's own emulation
// (CDP Emulation.setEmulatedMedia, forced-colors: active) maps every colour to the system palette
// the way Windows does, in its light and its dark palette (prefers-color-scheme). The plain page
// (examples/plain-html, on dist/cdn/stegvis.js) is opened in each, the rating form is taken to its
// review step (and a one-area-per-page form to its "continue" button), and every button, link,
// label, legend entry and chart of the four elements is photographed: its text or marks must
// differ from the backdrop behind them. A colour read from computed styles would not do: under
// forced colours the engine paints over what the styles say.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveStatic } from '../tools/browser.mjs';
import { whenRendered } from '../tools/drive-elements.mjs';
import { decodePng, inkOf } from '../tools/pixels.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/* global requestAnimationFrame, NodeFilter, matchMedia, getComputedStyle */
// Runs in the page: every target to photograph, with a name a failure can report. For text, the
// photo is the box of each run of text itself (a Range around the text node), so the plate
// behind a button or the backplate the engine paints behind text never counts as the text: a
// blank button is one colour there. Charts are photographed whole.
function collectTargets(hostSelector) {
  const targets = [];
  const shown = (r) => r.width >= 4 && r.height >= 4;
  const clipOf = (r) => ({ x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height });
  const hosts = document.querySelectorAll(hostSelector);
  for (const host of hosts) {
    const shadow = host.shadowRoot;
    const selector = 'button, a[href], label, legend, summary, [part~="legend-item"]';
    for (const el of shadow.querySelectorAll(selector)) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (!node.nodeValue.trim() || !node.parentElement.checkVisibility({ visibilityProperty: true })) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const r = range.getBoundingClientRect();
        if (!shown(r)) continue;
        const label = `${host.id || host.localName} ${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`;
        targets.push({
          name: `${label} "${node.nodeValue.replace(/\s+/g, ' ').trim().slice(0, 40)}"`,
          clip: clipOf(r),
        });
      }
    }
    for (const svg of shadow.querySelectorAll('svg')) {
      const r = svg.getBoundingClientRect();
      if (r.width < 40 || r.height < 40 || !svg.checkVisibility()) continue;
      targets.push({ name: `${host.id || host.localName} chart <svg>`, clip: clipOf(r) });
    }
  }
  return targets;
}

let server;
let browser;

before(async () => {
  server = await serveStatic({ root });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the plain page in real forced colours with the given system palette. */
async function openForced(scheme, { layout = 'all' } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-color-scheme', value: scheme },
    ],
  });
  await page.goto(`${server.origin}/examples/plain-html/`, { waitUntil: 'load' });
  for (const host of ['#form', '#radar', '#card', '#summary']) await whenRendered(page, host);
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
  {
    await page.evaluate((l) => {
      document.querySelector('#form').layout = l;
      return document.querySelector('#form').updateComplete;
    }, layout);
  }
  return page;
}

const allElements = 'steg-rating-form, steg-radar, steg-progression-card, steg-cohort-summary';

async function invisibleTargets(page, hosts = allElements) {
  const targets = await page.evaluate(collectTargets, hosts);
  const blank = [];
  for (const { name, clip } of targets) {
    // In view first: an element with content-visibility: auto paints nothing off screen.
    await page.evaluate(
      (y) =>
        new Promise((done) => {
          window.scrollTo(0, Math.max(0, y - 200));
          requestAnimationFrame(() => requestAnimationFrame(done));
        }),
      clip.y,
    );
    const png = await page.screenshot({ clip, captureBeyondViewport: true });
    const { ink, backdrop } = inkOf(decodePng(png));
    // A letter of 12 px text has dozens of pixels of ink; a blank plate has none.
    if (ink < 12) blank.push(`${name} (backdrop ${backdrop}, ${ink} pixels stand out)`);
  }
  return { count: targets.length, names: targets.map((t) => t.name), blank };
}

for (const scheme of ['light', 'dark']) {
  test(`forced colours, ${scheme} system palette: every button, link, label, legend entry and chart shows`, async () => {
    const page = await openForced(scheme);
    const first = await invisibleTargets(page);
    assert.ok(first.count >= 25, `only ${first.count} targets found`);
    assert.ok(
      first.names.some((n) => n.includes('"Granska svaren"')),
      'no "Granska svaren" button found',
    );
    assert.ok(
      first.names.some((n) => n.includes('"Ladda ner CSV"')),
      'no "Ladda ner CSV" button found',
    );
    assert.deepEqual(first.blank, []);
    // The review step: "Skicka svaren".
    await page.evaluate(() => {
      const form = document.querySelector('#form');
      form.shadowRoot.querySelectorAll('[part~="item"]').forEach((item) => {
        const radios = item.querySelectorAll('[part~="steps"] input[type="radio"]');
        radios[Math.floor(radios.length / 2)]?.click();
      });
      return form.updateComplete;
    });
    await page.evaluate(() => {
      const form = document.querySelector('#form');
      [...form.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.includes('Granska svaren'))?.click();
      return form.updateComplete;
    });
    const review = await invisibleTargets(page);
    assert.ok(
      review.names.some((n) => n.includes('"Skicka svaren"')),
      'no "Skicka svaren" button on the review step',
    );
    assert.deepEqual(review.blank, []);
    await page.close();
  });

  test(`forced colours, ${scheme} system palette: one area per page ("Fortsätt") shows`, async () => {
    const page = await openForced(scheme, { layout: 'step' });
    const step = await invisibleTargets(page);
    assert.ok(
      step.names.some((n) => n.includes('"Fortsätt"')),
      'no "Fortsätt" button',
    );
    assert.deepEqual(step.blank, []);
    await page.close();
  });

  test(`forced colours, ${scheme} system palette: the radar's series differ by dash and marker`, async () => {
    const page = await openForced(scheme);
    const series = await page.evaluate(() =>
      [...document.querySelector('#radar').shadowRoot.querySelectorAll('g.series')].map((g) => {
        const line = [...g.querySelectorAll('path')].find(
          (p) => !p.classList.contains('area') && !p.classList.contains('markers'),
        );
        return {
          // Under forced colours a series is a system colour, without tinted areas to hide the grid.
          // (The first series, the baseline, in the text colour CanvasText.)
          id: g.dataset.series,
          system: line
            ? getComputedStyle(line).stroke === getComputedStyle(document.querySelector('#radar')).color
            : false,
          area: g.querySelector('.area') ? getComputedStyle(g.querySelector('.area')).fill : 'none',
          dash: line ? getComputedStyle(line).strokeDasharray : 'none',
          marker: g.querySelector('path.markers')?.getAttribute('d')?.slice(0, 60) ?? '',
          stroke: line ? getComputedStyle(line).stroke : '',
        };
      }),
    );
    assert.ok(series.length >= 2, `only ${series.length} series drawn`);
    assert.ok(
      series.some((s) => s.id === 'baseline'),
      'no baseline series',
    );
    for (const s of series) {
      if (s.id === 'baseline')
        assert.equal(s.system, true, `a series is not drawn in the text's system colour: ${JSON.stringify(series)}`);
      assert.equal(s.area, 'none', `a series keeps a tinted area: ${JSON.stringify(series)}`);
    }
    const looks = new Set(series.map((s) => `${s.dash}|${s.marker.replace(/[\d.]+/g, '#')}`));
    assert.equal(looks.size, series.length, `two series look alike: ${JSON.stringify(series)}`);
    await page.close();
  });
}

test('the pixel check finds a blank plate blank (the check can fail)', async () => {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  // The rule the primary buttons had: an accent plate in Highlight, text in HighlightText, and
  // the engine left to adjust it (it paints a Canvas backplate with CanvasText... or not).
  await page.setContent(`<div id="bad"></div><div id="good"></div>`);
  await page.evaluate(() => {
    const plate = (id, css) => {
      const root = document.getElementById(id).attachShadow({ mode: 'open' });
      root.innerHTML = `<style>button { font: 16px sans-serif; padding: 8px 16px; border: 0; ${css} }</style><button>Granska svaren</button>`;
    };
    plate('bad', 'forced-color-adjust: none; background: Highlight; color: Highlight;');
    plate('good', 'forced-color-adjust: none; background: Highlight; color: HighlightText;');
  });
  const bad = await invisibleTargets(page, '#bad');
  const good = await invisibleTargets(page, '#good');
  assert.equal(bad.count, 1);
  assert.equal(bad.blank.length, 1, 'a button with text the colour of its plate was not found blank');
  assert.deepEqual(good.blank, []);
  await page.close();
});
