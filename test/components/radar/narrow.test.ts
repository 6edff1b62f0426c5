import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StegRadar } from '../../../src/components/radar/radar.js';
import { livsomraden } from '../../../src/sdk/index.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { assessments, goals, mount, plot, radarInstrument, readout, root, tableValues } from './fixtures.js';

const long = [
  'Arbete, praktik och annan sysselsättning',
  'Ekonomi och förmåga att betala räkningar i tid',
  'Boende och trygghet i hemmet',
  'Fysisk hälsa, sömn och rörelse',
  'Psykiskt mående och hantering av oro',
  'Vardagsrutiner och struktur i veckan',
  'Relationer till familj, vänner och grannar',
  'Utbildning, språk och yrkeskunskaper',
  'Kontakter med myndigheter och vården',
  'Alkohol, spel och andra beroenden',
  'Fritid, intressen och meningsfull tid',
  'Självförtroende och tilltro till egen förmåga',
  'Arbetsmarknadskunskap och jobbsökande',
  'Digital vana och tillgång till internet',
  'Samhällsorientering och rättigheter',
  'Framtidsplaner och motivation att förändra',
];
const sixteen = {
  ...radarInstrument,
  areas: long.map((sv, i) => ({
    id: `a${i}`,
    label: { sv },
    shortLabel: { sv: sv.split(/[ ,]/)[0]! },
    items: [{ linkId: `a${i}`, text: { sv }, scaleId: 'five' }],
    scoring: { method: 'single' as const },
  })),
};
const sixteenSeries = [
  {
    id: 'then',
    label: 'Start',
    kind: 'baseline' as const,
    values: Object.fromEntries(long.map((_, i) => [`a${i}`, 1 + (i % 5)])),
  },
  {
    id: 'now',
    label: 'Senaste',
    kind: 'latest' as const,
    values: Object.fromEntries(long.map((_, i) => [`a${i}`, 1 + ((i + 2) % 5)])),
  },
  {
    id: 'aim',
    label: 'Mål',
    kind: 'goal' as const,
    values: Object.fromEntries(long.map((_, i) => [`a${i}`, 1 + ((i + 2) % 5)])),
  },
];

const svgOf = (el: StegRadar) => root(el).querySelector<SVGSVGElement>('svg.chart')!;
const view = (el: StegRadar) => svgOf(el).getAttribute('data-view');
const labelText = (t: Element) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ');

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every straight segment of the grid's paths (the dot plot draws only M…V and M…H segments). */
function gridSegments(el: StegRadar): Box[] {
  const segments: Box[] = [];
  for (const path of root(el).querySelectorAll('.grid path')) {
    for (const [, x, y, kind, to] of path.getAttribute('d')!.matchAll(/M([-\d.]+),([-\d.]+)([VH])([-\d.]+)/g)) {
      const [px, py, end] = [Number(x), Number(y), Number(to)];
      segments.push(
        kind === 'V'
          ? { x: px, y: Math.min(py, end), width: 0.01, height: Math.abs(end - py) }
          : { x: Math.min(px, end), y: py, width: Math.abs(end - px), height: 0.01 },
      );
    }
  }
  return segments;
}

async function mountAt(width: number, template: ReturnType<typeof html>): Promise<StegRadar> {
  const wrapper = await mount<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  return wrapper.querySelector('steg-radar')!;
}

describe('<steg-radar> on a phone: the dot plot', () => {
  failOnLitWarnings();

  it('draws the radar where it can be read and a dot plot where it cannot (livsomraden switches between 360 and 600 px)', async () => {
    for (const [width, expected] of [
      [320, 'dots'],
      [360, 'dots'],
      [600, 'radar'],
      [1000, 'radar'],
    ] as const) {
      const el = await mountAt(
        width,
        html`<steg-radar .instrument=${livsomraden} .series=${[{ label: 'A', values: { housing: 5, finances: 3 } }]}></steg-radar>`,
      );
      expect(view(el), `${width} px`).to.equal(expected);
    }
    // The author may choose either at any width.
    const dots = await mountAt(
      1000,
      html`<steg-radar view="dots" .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`,
    );
    expect(view(dots)).to.equal('dots');
    const radar = await mountAt(
      320,
      html`<steg-radar view="radar" .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`,
    );
    expect(view(radar)).to.equal('radar');
  });

  for (const width of [320, 360]) {
    it(`${width} px, 16 long labels: every label whole, nothing overlaps, no grid line crosses a label, and it is accessible`, async () => {
      const el = await mountAt(
        width,
        html`<steg-radar lang="sv" .instrument=${sixteen} .series=${sixteenSeries}></steg-radar>`,
      );
      expect(view(el)).to.equal('dots');
      expect(svgOf(el).getAttribute('data-labels')).to.equal('full');
      const labels = [...root(el).querySelectorAll<SVGTextElement>('.axis-label')];
      expect(labels.map(labelText)).to.deep.equal(long);
      const boxes = labels.map((t) => t.getBBox());
      const ticks = [...root(el).querySelectorAll<SVGTextElement>('.tick')].map((t) => t.getBBox());
      expect(ticks.length, 'the scale is labelled').to.be.greaterThan(0);
      const all = [...boxes, ...ticks];
      for (let i = 0; i < all.length; i++) {
        const box = all[i]!;
        expect(box.x, 'inside the element').to.be.at.least(-0.5);
        expect(box.x + box.width, 'inside the element').to.be.at.most(width + 0.5);
        for (let j = i + 1; j < all.length; j++)
          expect(overlap(box, all[j]!), `texts ${i} and ${j} overlap`).to.equal(false);
        for (const segment of gridSegments(el))
          expect(overlap(box, segment), `a grid line crosses text ${i}`).to.equal(false);
      }
      // Marks (the focus ring on each point, reached by keyboard) sit on the tracks, never on a label.
      plot(el).focus();
      await el.updateComplete;
      for (let area = 0; area < long.length; area++) {
        const ring = root(el).querySelector<SVGCircleElement>('.focus-ring')!.getBBox();
        for (const box of all) expect(overlap(ring, box), `the mark of area ${area} covers a text`).to.equal(false);
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
      }
      el.showTable = true;
      await el.updateComplete;
      // The table is wider than a phone: it scrolls in its own region, which takes focus to scroll by keyboard.
      const wrap = root(el).querySelector<HTMLElement>('.table-wrap')!;
      expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
      expect(wrap.tabIndex).to.equal(0);
      await expect(el).to.be.accessible();
    });
  }

  it('puts every mark where its value lies on the shared scale (read back against the data table), goal and latest both visible on the same value', async () => {
    const el = await mountAt(
      360,
      html`<steg-radar lang="sv" .instrument=${sixteen} .series=${sixteenSeries}></steg-radar>`,
    );
    const tickX = new Map(
      [...root(el).querySelectorAll<SVGTextElement>('.tick')].map((t) => [
        Number(t.textContent),
        Number(t.getAttribute('x')),
      ]),
    );
    const x1 = tickX.get(1)!;
    const x5 = tickX.get(5)!;
    const table = tableValues(el);
    plot(el).focus();
    await el.updateComplete;
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(readout(el)).to.match(/, Start: /);
    const seen = new Map<string, { x: number; y: number }>();
    for (const series of ['then', 'now', 'aim']) {
      for (let area = 0; area < long.length; area++) {
        const ring = root(el).querySelector<SVGCircleElement>('.focus-ring')!;
        const x = Number(ring.getAttribute('cx'));
        const value = 1 + ((x - x1) / (x5 - x1)) * 4;
        expect(value, `${series}, area ${area}`).to.be.closeTo(table.get(series)!.get(`a${area}`)!, 0.01);
        seen.set(`${series}/${area}`, { x, y: Number(ring.getAttribute('cy')) });
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
      }
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
    }
    // The goal equals the latest value in every area: each keeps its own lane, so neither hides the other.
    for (let area = 0; area < long.length; area++) {
      const now = seen.get(`now/${area}`)!;
      const aim = seen.get(`aim/${area}`)!;
      expect(now.x).to.equal(aim.x);
      expect(Math.abs(now.y - aim.y)).to.be.at.least(9);
    }
  });

  it('moves between radar and dot plot without animating when the width changes, and animates data updates in both', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div style="width: 1000px"><steg-radar .instrument=${radarInstrument} .assessments=${assessments.slice(0, 2)}></steg-radar></div>`,
    );
    const el = wrapper.querySelector('steg-radar')!;
    const running = () =>
      root(el)
        .getAnimations()
        .filter((a) => a.playState === 'running');
    expect(view(el)).to.equal('radar');
    wrapper.style.width = '320px';
    await waitUntil(() => view(el) === 'dots', 'the dot plot at 320 px', { timeout: 5000 });
    expect(running(), 'no animation on a resize').to.have.length(0);
    el.assessments = assessments;
    await el.updateComplete;
    expect(running().length, 'a data update animates the marks').to.be.greaterThan(0);
  });

  it('keeps the keyboard model and the live readout of the radar', async () => {
    const texts: string[][] = [];
    for (const chosen of ['radar', 'dots']) {
      const el = await mountAt(
        360,
        html`<steg-radar lang="sv" view=${chosen} .instrument=${radarInstrument} .assessments=${assessments} .goals=${goals}></steg-radar>`,
      );
      plot(el).focus();
      await el.updateComplete;
      const heard = [readout(el)];
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'End', 'ArrowUp', 'Home', 'ArrowLeft']) {
        await sendKeys({ press: key });
        await el.updateComplete;
        heard.push(readout(el));
        const active = root(el).querySelector('.axis-label.active');
        expect(active, `${chosen}: the focused area's label is marked`).not.to.equal(null);
      }
      texts.push(heard);
    }
    expect(texts[0]![0]).to.match(/^Boende, Senaste: /);
    expect(texts[1]).to.deep.equal(texts[0]);
  });

  it('radar: the scale is labelled between axes, where no marker can be, over a backing that hides the grid; goal markers are see-through', async () => {
    const el = await mountAt(
      800,
      html`<steg-radar lang="sv" grid="stages" stage-labels .instrument=${radarInstrument} .assessments=${assessments} .goals=${goals}></steg-radar>`,
    );
    expect(view(el)).to.equal('radar');
    const count = root(el).querySelectorAll('.axis-label').length;
    const texts = [...root(el).querySelectorAll<SVGTextElement>('.tick, .stage-name')];
    expect(texts.length).to.be.greaterThan(2);
    for (const t of texts) {
      const x = Number(t.getAttribute('x'));
      const y = Number(t.getAttribute('y'));
      if (Math.hypot(x, y) < 1) continue;
      // Angle from twelve o'clock, in turns of one axis step: never on an axis (a whole number).
      let turn = (Math.atan2(x, -y) / (2 * Math.PI)) * count;
      if (turn < 0) turn += count;
      expect(Math.abs(turn - Math.round(turn)), `"${t.textContent}" sits on an axis`).to.be.greaterThan(0.25);
    }
    // The backing is drawn after the grid lines and before the data, and covers every such text.
    const backing = root(el).querySelector('.grid .label-backing')!;
    expect(backing).not.to.equal(null);
    expect(backing.previousElementSibling?.classList.contains('spoke')).to.equal(true);
    const rects = [...backing.getAttribute('d')!.matchAll(/M([-\d.]+),([-\d.]+)h([-\d.]+)v([-\d.]+)/g)].map(
      ([, x, y, w, h]) => ({ x: Number(x), y: Number(y), width: Number(w), height: Number(h) }),
    );
    for (const t of texts) {
      const box = t.getBBox();
      const inside = rects.some(
        (r) =>
          box.x >= r.x - 1 &&
          box.y >= r.y - 1 &&
          box.x + box.width <= r.x + r.width + 1 &&
          box.y + box.height <= r.y + r.height + 1,
      );
      expect(inside, `"${t.textContent}" has a backing`).to.equal(true);
    }
    const hollow = root(el).querySelector('g.series[data-series="goal"] .markers')!;
    expect(getComputedStyle(hollow).fill).to.equal('none');
  });
});
