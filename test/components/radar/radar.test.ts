import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { itExcept } from '../../helpers/engines.js';
import type { StegRadar } from '../../../src/components/radar/radar.js';
import { fractionAt, radarFrame } from '../../../src/components/radar/geometry.js';
import {
  livsomraden,
  generateSampleCohort,
  progression,
  sampleParticipant,
  scoreAssessment,
} from '../../../src/sdk/index.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import {
  assessment,
  assessments,
  goals,
  markerPositions,
  mount,
  radarInstrument,
  root,
  tableValues,
} from './fixtures.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** An axis label's lines joined as one text. */
const labelText = (node: Element) => [...node.querySelectorAll('tspan')].map((t) => t.textContent).join(' ');

/** The value a marker shows, read back from its distance to the centre. */
function plottedValues(el: StegRadar, seriesId: string, min: number, max: number): Map<string, number> {
  const svg = root(el).querySelector('svg.chart')!;
  const rim = root(el).querySelector('.ring.edge')!.getAttribute('d')!;
  const [, x, y] = /M([-\d.]+),([-\d.]+)/.exec(rim)!;
  const radius = Math.hypot(Number(x), Number(y));
  const frame = radarFrame(1, radius);
  expect(svg).not.to.equal(null);
  const out = new Map<string, number>();
  for (const [area, p] of markerPositions(el, seriesId))
    out.set(area, min + fractionAt(frame, Math.hypot(p.x, p.y)) * (max - min));
  return out;
}

describe('<steg-radar> rendering', () => {
  failOnLitWarnings();
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light', forcedColors: 'none' });
  });

  it('draws one axis per area and the baseline, latest and goal from assessments and goals, and is accessible', async () => {
    const el = await mount(
      html`<steg-radar lang="sv" .instrument=${radarInstrument} .assessments=${assessments} .goals=${goals}></steg-radar>`,
    );
    const labels = [...root(el).querySelectorAll('.axis-label')].map(labelText);
    expect(labels).to.deep.equal([
      'Boende',
      'Ekonomi och räkningar',
      'Arbete och sysselsättning',
      'Relationer och nätverk',
      'Hälsa',
    ]);
    expect([...root(el).querySelectorAll('g.series')].map((g) => g.getAttribute('data-series'))).to.deep.equal([
      'baseline',
      'latest',
      'goal',
    ]);
    await expect(el).to.be.accessible();
  });

  it('plots exactly the SDK’s scores: baseline is the first occasion, latest the exit, positions read back to the values', async () => {
    const el = await mount(html`<steg-radar .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`);
    const expected = progression(radarInstrument, assessments);
    for (const [id, score] of [
      ['baseline', expected.baseline!],
      ['latest', expected.latest!],
    ] as const) {
      const plotted = plottedValues(el, id, 1, 5);
      for (const area of score.areas)
        expect(plotted.get(area.areaId), `${id} ${area.areaId}`).to.be.closeTo(area.score!, 0.01);
    }
    // Health is a mean of two items: 3.5 at exit lies between two steps.
    expect(plottedValues(el, 'latest', 1, 5).get('health')).to.be.closeTo(3.5, 0.01);
  });

  it('has a data table with the same numbers as the chart, every series and area, and the change', async () => {
    const el = await mount(
      html`<steg-radar lang="sv" .instrument=${radarInstrument} .assessments=${assessments} .goals=${goals}></steg-radar>`,
    );
    const table = tableValues(el);
    for (const series of ['baseline', 'latest', 'goal']) {
      const plotted = plottedValues(el, series, 1, 5);
      const tabled = table.get(series)!;
      expect([...tabled.keys()]).to.deep.equal(['housing', 'money', 'work', 'network', 'health']);
      for (const [area, value] of tabled) {
        if (value === null) expect(plotted.has(area), `${series} ${area} is a gap`).to.equal(false);
        else expect(plotted.get(area), `${series} ${area}`).to.be.closeTo(value, 0.01);
      }
    }
    // Goals: the newer goal replaces the older, the dropped one is not drawn.
    expect([...table.get('goal')!.values()]).to.deep.equal([4, null, 4, null, null]);
    const headers = [...root(el).querySelectorAll('thead th')].map((th) => text(th));
    expect(headers[0]).to.equal('Livsområde');
    expect(headers[1]).to.match(/^Start, 12 jan/);
    expect(headers[2]).to.match(/^Senaste, 15 juli 2026/);
    expect(headers.slice(3)).to.deep.equal(['Mål', 'Förändring']);
    const housing = [...root(el).querySelectorAll('tbody tr[data-area="housing"] td')].map((td) => text(td));
    expect(housing).to.deep.equal(['2 (Svårt)', '4 (Oftast)', '4 (Oftast)', '+2']);
    const health = [...root(el).querySelectorAll('tbody tr[data-area="health"] td')].map((td) => text(td));
    expect(health).to.deep.equal(['2,5 (mellan Svårt och Ibland)', '3,5 (mellan Ibland och Oftast)', 'Saknas', '+1']);
    // Visually hidden until asked for, but in the accessibility tree all along.
    const wrap = root(el).querySelector('.table-wrap')!;
    expect(wrap.getBoundingClientRect().height).to.be.at.most(1);
    el.showTable = true;
    await el.updateComplete;
    expect(wrap.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(el.hasAttribute('show-table')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the table with its button, which says whether it is pressed', async () => {
    const el = await mount(html`<steg-radar .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`);
    const button = root(el).querySelector<HTMLButtonElement>('.table-toggle')!;
    expect(text(button)).to.equal('Visa som tabell');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(el.showTable).to.equal(true);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
  });

  it('gives the chart a real name and a description with the scale, the change and where values are missing', async () => {
    const withGap = [
      ...assessments.slice(0, 2),
      assessment('a3', 'exit', '2026-07-15', { housing: 4, money: null, work: 2, network: 2, body: 4, mind: 3 }),
    ];
    const el = await mount(
      html`<steg-radar lang="sv" .instrument=${radarInstrument} .assessments=${withGap} .goals=${goals}></steg-radar>`,
    );
    const chart = root(el).querySelector('.plot')!;
    expect(chart.getAttribute('aria-label')).to.equal('Självskattning i 5 livsområden: start, senaste och mål');
    const description = text(root(el).getElementById(chart.getAttribute('aria-describedby')!));
    expect(description).to.contain('Skala 1–5, högre är bättre.');
    // housing 2→4, work 1→2, health 2.5→3.5 better; network 3→2 worse; money missing.
    expect(description).to.contain(
      'Senaste jämfört med start: bättre i 3 områden, sämre i 1 område, oförändrat i 0 områden.',
    );
    expect(description).to.contain('Värde saknas i Ekonomi och räkningar; där har linjen ett avbrott.');
    expect(description).to.contain('Vänster- och högerpil byter livsområde, upp- och nedpil byter serie');
    el.label = 'Annas självskattning';
    await el.updateComplete;
    expect(chart.getAttribute('aria-label')).to.equal('Annas självskattning');
    el.lang = 'en';
    el.label = undefined;
    await el.updateComplete;
    expect(chart.getAttribute('aria-label')).to.equal('Self-rating in 5 life areas: baseline, latest, and goal');
  });

  it('draws a missing value as a gap, not as the minimum, says so in the table, and does not fill a broken outline', async () => {
    const withGap = [
      assessments[0]!,
      assessment('a3', 'exit', '2026-07-15', { housing: 4, money: null, work: 2, network: 2, body: 4, mind: 3 }),
    ];
    const el = await mount(
      html`<steg-radar lang="sv" .instrument=${radarInstrument} .assessments=${withGap}></steg-radar>`,
    );
    const latest = root(el).querySelector('g.series[data-series="latest"]')!;
    expect([...markerPositions(el, 'latest').keys()]).to.have.members(['housing', 'work', 'network', 'health']);
    // One marker per drawn value, none for the gap.
    expect(latest.querySelector('.markers')!.getAttribute('d')!.match(/M/g)).to.have.length(4);
    const d = latest.querySelector('.outline')!.getAttribute('d')!;
    expect(d).not.to.contain('Z');
    expect(latest.querySelector('.area'), 'no tint inside a broken outline').to.equal(null);
    expect(root(el).querySelector('g.series[data-series="baseline"] .area')).not.to.equal(null);
    expect(text(root(el).querySelector('tr[data-area="money"] td[data-series="latest"]'))).to.equal('Saknas');
    expect(tableValues(el).get('latest')!.get('money')).to.equal(null);
  });

  it('tells series apart by dashes and marker shapes as well as colour, and the legend shows the same', async () => {
    const el = await mount(
      html`<steg-radar .instrument=${radarInstrument} .assessments=${assessments} .goals=${goals}></steg-radar>`,
    );
    const looks = [...root(el).querySelectorAll<SVGGElement>('g.series')].map((g) => {
      const outline = g.querySelector('.outline')!;
      const style = getComputedStyle(outline);
      // The shape of the first marker, moved to the origin: its corners relative to its first point.
      const d = g.querySelector('.markers')!.getAttribute('d')!;
      const first = d.slice(0, d.indexOf('Z') + 1);
      const numbers = [...first.matchAll(/([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      const shape = numbers
        .map(([x, y]) => `${(x! - numbers[0]![0]!).toFixed(1)},${(y! - numbers[0]![1]!).toFixed(1)}`)
        .join(' ');
      return {
        dash: style.strokeDasharray,
        colour: style.stroke,
        marker: `${first.includes('A') ? 'arc ' : ''}${shape}`,
      };
    });
    expect(new Set(looks.map((l) => l.dash)).size).to.equal(3);
    expect(new Set(looks.map((l) => l.marker)).size).to.equal(3);
    expect(new Set(looks.map((l) => l.colour)).size).to.equal(3);
    const legend = [...root(el).querySelectorAll('.legend-item')];
    expect(legend.map((b) => text(b.querySelector('.name')))).to.deep.equal(['Start', 'Senaste', 'Mål']);
    legend.forEach((button, i) => {
      expect(getComputedStyle(button.querySelector('.outline')!).strokeDasharray).to.equal(looks[i]!.dash);
      expect(getComputedStyle(button.querySelector('.markers')!).fill).to.equal(
        getComputedStyle(root(el).querySelectorAll('g.series .markers')[i]!).fill,
      );
      expect(button.querySelector('.markers')!.getAttribute('d')!.includes('A')).to.equal(
        looks[i]!.marker.startsWith('arc'),
      );
    });
  });

  it('plots the case manager’s view next to the participant’s with compare-roles', async () => {
    const el = await mount(
      html`<steg-radar lang="sv" compare-roles .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`,
    );
    expect([...root(el).querySelectorAll('g.series')].map((g) => g.getAttribute('data-series'))).to.deep.equal([
      'participant',
      'caseManager',
    ]);
    expect([...root(el).querySelectorAll('.legend-item .name')].map((n) => text(n))).to.deep.equal([
      'Deltagaren',
      'Handläggaren',
    ]);
    const cm = scoreAssessment(radarInstrument, assessments[4]!);
    const plotted = plottedValues(el, 'caseManager', 1, 5);
    for (const area of cm.areas) expect(plotted.get(area.areaId)).to.be.closeTo(area.score!, 0.01);
    expect(root(el).querySelector('.plot')!.getAttribute('aria-label')).to.equal(
      'Självskattning i 5 livsområden: deltagaren och handläggaren',
    );
    await expect(el).to.be.accessible();
  });

  it('plots the role chosen with respondent-role', async () => {
    const el = await mount(
      html`<steg-radar respondent-role="caseManager" .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`,
    );
    const plotted = plottedValues(el, 'baseline', 1, 5);
    expect(plotted.get('housing')).to.be.closeTo(3, 0.01);
    expect(plottedValues(el, 'latest', 1, 5).get('work')).to.be.closeTo(3, 0.01);
  });

  it('takes explicit series, alone or after the derived ones, and measures change from an explicit baseline', async () => {
    const series = [
      {
        id: 'then',
        label: 'Förr',
        kind: 'baseline' as const,
        values: { housing: 1, money: 2, work: 3, network: 4, health: 5 },
      },
      { id: 'now', label: { sv: 'Nu', en: 'Now' }, values: { housing: 2, money: null, work: 3, network: 5 } },
    ];
    const el = await mount(html`<steg-radar lang="en" .instrument=${radarInstrument} .series=${series}></steg-radar>`);
    expect([...root(el).querySelectorAll('.legend-item .name')].map((n) => text(n))).to.deep.equal(['Förr', 'Now']);
    expect([...tableValues(el).get('now')!.values()]).to.deep.equal([2, null, 3, 5, null]);
    expect([...root(el).querySelectorAll('tbody tr[data-area="network"] td')].map((td) => text(td)).pop()).to.equal(
      '+1',
    );
    el.assessments = assessments;
    await el.updateComplete;
    expect([...root(el).querySelectorAll('g.series')].map((g) => g.getAttribute('data-series'))).to.deep.equal([
      'baseline',
      'latest',
      'then',
      'now',
    ]);
  });

  it('labels axes with short labels on request, and by itself when long ones would crowd a narrow chart', async () => {
    const el = await mount(
      html`<steg-radar short-labels .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`,
    );
    expect([...root(el).querySelectorAll('.axis-label')].map(labelText)).to.deep.equal([
      'Bo',
      'Pengar',
      'Arbete',
      'Nätverk',
      'Hälsa',
    ]);
    // The table keeps the full names.
    expect(text(root(el).querySelector('tr[data-area="money"] th'))).to.equal('Ekonomi och räkningar');
  });

  it('lays 16 long Swedish labels out without any two overlapping, measured in the browser', async () => {
    const long: [string, string][] = [
      ['Arbete, praktik och annan sysselsättning', 'Arbete'],
      ['Ekonomi och förmåga att betala räkningar i tid', 'Ekonomi'],
      ['Boende och trygghet i hemmet', 'Boende'],
      ['Fysisk hälsa, sömn och rörelse', 'Kropp'],
      ['Psykiskt mående och hantering av oro', 'Mående'],
      ['Vardagsrutiner och struktur i veckan', 'Vardag'],
      ['Relationer till familj, vänner och grannar', 'Relationer'],
      ['Utbildning, språk och yrkeskunskaper', 'Kunskaper'],
      ['Kontakter med myndigheter och vården', 'Myndigheter'],
      ['Alkohol, spel och andra beroenden', 'Beroende'],
      ['Fritid, intressen och meningsfull tid', 'Fritid'],
      ['Självförtroende och tilltro till egen förmåga', 'Tilltro'],
      ['Arbetsmarknadskunskap och jobbsökande', 'Jobbsök'],
      ['Digital vana och tillgång till internet', 'Digitalt'],
      ['Samhällsorientering och rättigheter', 'Samhälle'],
      ['Framtidsplaner och motivation att förändra', 'Framtid'],
    ];
    const instrument = {
      ...radarInstrument,
      areas: long.map(([sv, short], i) => ({
        id: `a${i}`,
        label: { sv },
        shortLabel: { sv: short },
        items: [{ linkId: `a${i}`, text: { sv }, scaleId: 'five' }],
        scoring: { method: 'single' as const },
      })),
    };
    const series = [{ label: 'Senaste', values: Object.fromEntries(long.map((_, i) => [`a${i}`, 1 + (i % 5)])) }];
    for (const width of [900, 600, 320, 280]) {
      // Below the width where the radar can be read, `auto` draws a dot plot: the radar's own
      // layout at those widths is checked with `view="radar"`.
      const view = width < 600 ? 'radar' : 'auto';
      const wrapper = await mount<HTMLDivElement>(
        html`<div style="width: ${width}px"><steg-radar lang="sv" view=${view} .instrument=${instrument} .series=${series}></steg-radar></div>`,
      );
      const el = wrapper.querySelector('steg-radar')!;
      const labels = [...root(el).querySelectorAll<SVGTextElement>('.axis-label')];
      expect(labels).to.have.length(16);
      const boxes = labels.map((t) => t.getBBox());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `${width}px: "${labelText(labels[i]!)}" and "${labelText(labels[j]!)}" overlap`).to.equal(
            false,
          );
        }
      }
      // Labels stay inside the element's width and off the chart's circle.
      const svg = root(el).querySelector('svg.chart')!;
      const [, , vbWidth] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      const rim = root(el).querySelector('.ring.edge')!.getAttribute('d')!;
      const [, rx, ry] = /M([-\d.]+),([-\d.]+)/.exec(rim)!;
      const radius = Math.hypot(Number(rx), Number(ry));
      const [cx] = /translate\(([-\d.]+)/
        .exec(svg.querySelector('g')!.getAttribute('transform')!)!
        .slice(1)
        .map(Number);
      for (const box of boxes) {
        expect(box.x + cx!).to.be.at.least(-0.5);
        expect(box.x + box.width + cx!).to.be.at.most(vbWidth! + 0.5);
        const nearest = Math.hypot(Math.max(box.x, 0, -(box.x + box.width)), Math.max(box.y, 0, -(box.y + box.height)));
        expect(nearest).to.be.greaterThan(radius);
      }
      if (width === 900) expect(svg.getAttribute('data-labels'), 'long labels at 900 px').to.equal('full');
      if (width === 320) expect(svg.getAttribute('data-labels'), 'short labels on a phone').to.equal('short');
    }
  });

  it('scales from 280 px to a full page: the viewBox follows the width, so text keeps its size', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div style="width: 280px"><steg-radar view="radar" .instrument=${livsomraden} .series=${[{ label: 'A', values: { housing: 5 } }]}></steg-radar></div>`,
    );
    const el = wrapper.querySelector('steg-radar')!;
    const svg = () => root(el).querySelector('svg.chart')!;
    expect(svg().getAttribute('viewBox')!.split(' ')[2]).to.equal('280');
    expect(svg().getBoundingClientRect().width).to.be.closeTo(280, 1);
    wrapper.style.width = '1000px';
    await waitUntil(() => svg().getAttribute('viewBox')!.split(' ')[2] === '1000', 'the chart follows the new width', {
      timeout: 5000,
    });
    const label = root(el).querySelector<SVGTextElement>('.axis-label')!;
    expect(parseFloat(getComputedStyle(label).fontSize)).to.be.closeTo(14, 0.5);
  });

  it('mirrors the chart right to left: the second area is on the left', async () => {
    const el = await mount(
      html`<steg-radar dir="rtl" .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`,
    );
    const second = markerPositions(el, 'latest').get('money')!;
    expect(second.x).to.be.lessThan(0);
    const ltr = await mount(html`<steg-radar .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`);
    expect(markerPositions(ltr, 'latest').get('money')!.x).to.be.closeTo(-second.x, 0.01);
    await expect(el).to.be.accessible();
  });

  itExcept(
    ['webkit'],
    '#14 WebKitWebDriver cannot emulate media',
    'animates between data updates, and not at all under reduced motion',
    async () => {
      const running = (el: StegRadar) =>
        root(el)
          .getAnimations()
          .filter((a) => a.playState === 'running' && Number(a.effect!.getTiming().duration) > 1);
      const el = await mount(
        html`<steg-radar .instrument=${radarInstrument} .assessments=${assessments.slice(0, 2)}></steg-radar>`,
      );
      expect(running(el), 'no animation on the first render').to.have.length(0);
      el.assessments = assessments;
      await el.updateComplete;
      expect(running(el).length).to.be.greaterThan(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      const still = await mount(
        html`<steg-radar .instrument=${radarInstrument} .assessments=${assessments.slice(0, 2)}></steg-radar>`,
      );
      still.assessments = assessments;
      await still.updateComplete;
      expect(running(still)).to.have.length(0);
    },
  );

  // Forced colours: test/node/forced-colors.test.mjs, in Chromium's real emulation (CDP), which
  // this runner's emulateMedia cannot switch on.
  it('follows the dark colour scheme and stays accessible in it', async () => {
    const el = await mount(
      html`<steg-radar theme="dark" .instrument=${radarInstrument} .assessments=${assessments} .goals=${goals}></steg-radar>`,
    );
    const label = root(el).querySelector('.axis-label')!;
    const [r, g, b] = getComputedStyle(label).fill.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!, 'light text on dark').to.be.greaterThan(600);
    await expect(el).to.be.accessible();
  });

  it('draws a sample participant of each built-in instrument from generateSampleCohort', async () => {
    const cohort = generateSampleCohort({ seed: 11, participants: 12 });
    const subject = sampleParticipant(cohort, 'improved')!;
    const mine = cohort.assessments.filter((a) => a.subjectId === subject);
    const el = await mount(
      html`<steg-radar .instrument=${livsomraden} .assessments=${mine} .goals=${cohort.goals}></steg-radar>`,
    );
    expect(root(el).querySelectorAll('.axis-label')).to.have.length(8);
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    const latest = progression(livsomraden, mine).latest!;
    const plotted = plottedValues(el, 'latest', 1, 10);
    for (const area of latest.areas)
      if (area.score !== null) expect(plotted.get(area.areaId)).to.be.closeTo(area.score, 0.01);
  });
});
