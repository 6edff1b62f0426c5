import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StegRadar } from '../../../src/components/radar/radar.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import {
  assessment,
  assessments,
  goals,
  markerPositions,
  mount,
  plot,
  radarInstrument,
  readout,
  root,
} from './fixtures.js';

/** The element that has focus, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function press(el: StegRadar, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<steg-radar> keyboard and live region', () => {
  failOnLitWarnings();

  it('is one tab stop: Tab enters the chart and the next Tab leaves it for the legend', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div>
      <button id="before">Före</button>
      <steg-radar lang="sv" .instrument=${radarInstrument} .assessments=${assessments} .goals=${goals}></steg-radar>
    </div>`);
    const el = wrapper.querySelector('steg-radar')!;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await press(el, 'Tab');
    expect(deepActiveElement()).to.equal(plot(el));
    expect(plot(el).getAttribute('role')).to.equal('application');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowDown');
    await press(el, 'Tab');
    // Arrow keys never moved focus out; the next stop is the first legend button.
    expect(deepActiveElement()).to.equal(root(el).querySelector('.legend-item'));
    await expect(el).to.be.accessible();
  });

  it('announces the focused point: area, series, value, the step’s label and the change from baseline', async () => {
    const el = await mount(
      html`<steg-radar lang="sv" .instrument=${radarInstrument} .assessments=${assessments} .goals=${goals}></steg-radar>`,
    );
    const live = root(el).querySelector('.readout')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(readout(el)).to.equal('');
    plot(el).focus();
    await el.updateComplete;
    // Starts on the latest rating of the first area.
    expect(readout(el)).to.equal('Boende, Senaste: 4 av 5, Oftast. +2 jämfört med start.');
    await press(el, 'ArrowRight');
    expect(readout(el)).to.equal('Ekonomi och räkningar, Senaste: 3 av 5, Ibland. +2 jämfört med start.');
    await press(el, 'ArrowUp');
    expect(readout(el)).to.equal('Ekonomi och räkningar, Start: 1 av 5, Mycket svårt.');
    await press(el, 'ArrowUp');
    expect(readout(el), 'stays on the first series').to.contain('Start');
    await press(el, 'End');
    expect(readout(el)).to.equal('Hälsa, Start: 2,5 av 5, mellan Svårt och Ibland.');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    // Goal: no goal in Hälsa — said so.
    expect(readout(el)).to.equal('Hälsa, Mål: inget värde, avbrott i linjen.');
    await press(el, 'Home');
    expect(readout(el)).to.equal('Boende, Mål: 4 av 5, Oftast. +2 jämfört med start.');
    await press(el, 'ArrowLeft');
    expect(readout(el), 'wraps round the circle').to.match(/^Hälsa, Mål/);
  });

  it('speaks English with lang="en"', async () => {
    const el = await mount(
      html`<steg-radar lang="en" .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`,
    );
    plot(el).focus();
    await el.updateComplete;
    expect(readout(el)).to.equal('Housing, Latest: 4 of 5, Mostly. +2 compared with baseline.');
  });

  it('highlights the focused point and its axis, and clears the readout when focus leaves', async () => {
    const el = await mount(
      html`<steg-radar lang="sv" .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`,
    );
    plot(el).focus();
    await press(el, 'ArrowRight');
    const ring = root(el).querySelector('.focus-ring')!;
    const marker = markerPositions(el, 'latest').get('money')!;
    expect(Number(ring.getAttribute('cx'))).to.be.closeTo(marker.x, 0.01);
    expect(Number(ring.getAttribute('cy'))).to.be.closeTo(marker.y, 0.01);
    expect(root(el).querySelectorAll('.spoke.active')).to.have.length(1);
    expect(root(el).querySelector('.axis-label.active')!.getAttribute('data-index')).to.equal('1');
    plot(el).blur();
    await el.updateComplete;
    expect(readout(el)).to.equal('');
    expect(root(el).querySelector('.focus-ring')).to.equal(null);
  });

  it('moves the other way round in right-to-left: left arrow is the next area', async () => {
    const el = await mount(
      html`<steg-radar lang="sv" dir="rtl" .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`,
    );
    plot(el).focus();
    await press(el, 'ArrowLeft');
    expect(readout(el)).to.match(/^Ekonomi och räkningar, Senaste/);
    expect(markerPositions(el, 'latest').get('money')!.x, 'the next area is drawn to the left').to.be.lessThan(0);
    await press(el, 'ArrowRight');
    expect(readout(el)).to.match(/^Boende/);
  });

  it('selects a point with a click, as the keyboard would', async () => {
    const el = await mount(
      html`<steg-radar lang="sv" .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`,
    );
    // A click a few pixels off the baseline's point in "work".
    const point = markerPositions(el, 'baseline').get('work')!;
    const matrix = root(el).querySelector<SVGSVGElement>('svg.chart')!.getScreenCTM()!;
    const [cx, cy] = /translate\(([-\d.]+) ([-\d.]+)\)/
      .exec(root(el).querySelector('svg.chart > g')!.getAttribute('transform')!)!
      .slice(1)
      .map(Number);
    const screen = new DOMPoint(point.x + cx! + 3, point.y + cy! - 2).matrixTransform(matrix);
    root(el)
      .querySelector('svg.chart')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: screen.x, clientY: screen.y }));
    await el.updateComplete;
    expect(readout(el)).to.equal('Arbete och sysselsättning, Start: 1 av 5, Mycket svårt.');
    expect(deepActiveElement()).to.equal(plot(el));
  });

  it('toggles a series with its legend button (aria-pressed), skips hidden series and tells the host', async () => {
    const el = await mount(
      html`<steg-radar lang="sv" .instrument=${radarInstrument} .assessments=${assessments} .goals=${goals}></steg-radar>`,
    );
    const baselineButton = root(el).querySelector<HTMLButtonElement>('.legend-item')!;
    expect(baselineButton.getAttribute('aria-pressed')).to.equal('true');
    setTimeout(() => baselineButton.click());
    const event = await oneEvent(el, 'steg-series-toggle');
    expect(event.detail).to.deep.equal({ seriesId: 'baseline', visible: false, hidden: ['baseline'] });
    await el.updateComplete;
    expect(baselineButton.getAttribute('aria-pressed')).to.equal('false');
    expect(root(el).querySelector('g.series[data-series="baseline"]')).to.equal(null);
    expect(root(el).querySelector('.plot')!.getAttribute('aria-label')).to.equal(
      'Självskattning i 5 livsområden: senaste och mål',
    );
    // The table keeps every series: hiding is a visual choice.
    expect(root(el).querySelector('td[data-series="baseline"]')).not.to.equal(null);
    plot(el).focus();
    await el.updateComplete;
    await press(el, 'ArrowUp');
    expect(readout(el), 'the hidden baseline is skipped').to.match(/^Boende, Senaste/);
    baselineButton.click();
    await el.updateComplete;
    expect(root(el).querySelector('g.series[data-series="baseline"]')).not.to.equal(null);
    expect(el.hiddenSeries).to.deep.equal([]);
  });

  it('lets the host hide series with hiddenSeries, and treats anything but a list of ids as none hidden', async () => {
    const el = await mount(
      html`<steg-radar .hiddenSeries=${['goal']} .instrument=${radarInstrument} .assessments=${assessments} .goals=${goals}></steg-radar>`,
    );
    expect([...root(el).querySelectorAll('g.series')].map((g) => g.getAttribute('data-series'))).to.deep.equal([
      'baseline',
      'latest',
    ]);
    expect([...root(el).querySelectorAll('.legend-item')].map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
      'true',
      'true',
      'false',
    ]);
    (el as unknown as { hiddenSeries: unknown }).hiddenSeries = null;
    await el.updateComplete;
    expect(root(el).querySelectorAll('g.series')).to.have.length(3);
  });

  it('keeps the keyboard position on a series that still exists when the data changes', async () => {
    const el = await mount(
      html`<steg-radar lang="sv" .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`,
    );
    plot(el).focus();
    await press(el, 'End');
    el.assessments = [
      assessments[0]!,
      assessment('a9', 'exit', '2026-09-01', { housing: 5, money: 5, work: 5, network: 5, body: 5, mind: 5 }),
    ];
    await el.updateComplete;
    expect(readout(el)).to.equal('Hälsa, Senaste: 5 av 5, Alltid. +2,5 jämfört med start.');
    el.assessments = [assessments[0]!];
    await el.updateComplete;
    // Only a baseline now: the point moves to it.
    expect(readout(el)).to.equal('Hälsa, Start: 2,5 av 5, mellan Svårt och Ibland.');
  });
});
