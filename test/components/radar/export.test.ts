import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { itExcept } from '../../helpers/engines.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { assessments, goals, mount, radarInstrument, root } from './fixtures.js';

describe('<steg-radar> export and print', () => {
  failOnLitWarnings();

  it('exports a standalone SVG document with the colours inlined, a title, a description and the legend', async () => {
    const el = await mount(
      html`<steg-radar lang="sv" .instrument=${radarInstrument} .assessments=${assessments} .goals=${goals}></steg-radar>`,
    );
    const markup = el.toSVG();
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const svg = doc.documentElement;
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('title')!.textContent).to.equal('Självskattning i 5 livsområden: start, senaste och mål');
    expect(svg.querySelector('desc')!.textContent).to.contain('Skala 1–5');
    // No page machinery left: no classes, no ARIA of the interactive chart, no scripts, no style attributes.
    expect(svg.querySelectorAll('[class], [aria-hidden], script, [style]')).to.have.length(0);
    // Colours are concrete values, resolved from the custom properties.
    // Dash patterns travel with the series (inherited values are written where they change).
    expect(svg.querySelectorAll('[stroke-dasharray]').length).to.be.greaterThan(2);
    const stroke = getComputedStyle(root(el).querySelector('g.series[data-series="latest"] .outline')!).stroke;
    expect([...svg.querySelectorAll('path')].some((p) => p.getAttribute('stroke') === stroke)).to.equal(true);
    expect(markup).not.to.contain('var(');
    // Labels and legend are text in the document.
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(texts).to.include.members(['Boende', 'Hälsa', 'Mål']);
    expect(texts.some((t) => t.startsWith('Start'))).to.equal(true);
    // The legend is drawn below the chart: the exported document is taller than the chart.
    const chartHeight = Number(root(el).querySelector('svg.chart')!.getAttribute('viewBox')!.split(' ')[3]);
    expect(Number(svg.getAttribute('height'))).to.be.greaterThan(chartHeight);
    // A fresh document renders it on its own.
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await image.decode();
    expect(image.naturalWidth).to.equal(Number(svg.getAttribute('width')));
  });

  it('exports the dark scheme’s colours when it is dark, and leaves hidden series out', async () => {
    const el = await mount(
      html`<steg-radar theme="dark" .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`,
    );
    root(el).querySelector<HTMLButtonElement>('.legend-item')!.click();
    await el.updateComplete;
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    const background = doc.querySelector('rect')!.getAttribute('fill')!;
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!, 'a dark background').to.be.lessThan(150);
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent!.trim())).not.to.include('Start');
  });

  it('exports a PNG image', async () => {
    // In a box of a fixed width: a page scroll bar that appears after the first frames (Firefox,
    // later still on a busy machine) would narrow a chart that follows the page, and the picture
    // is of the chart as it is when saved.
    const wrapper = await mount<HTMLDivElement>(
      html`<div style="width: 600px"><steg-radar .instrument=${radarInstrument} .assessments=${assessments}></steg-radar></div>`,
    );
    const el = wrapper.querySelector('steg-radar')!;
    await el.updateComplete;
    const chartWidth = () => Number(root(el).querySelector('svg.chart')!.getAttribute('viewBox')!.split(' ')[2]);
    const width = chartWidth();
    const png = await el.toPNG(1);
    expect(png.type).to.equal('image/png');
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(0, 8)]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    const bitmap = await createImageBitmap(png);
    expect(chartWidth(), 'the chart kept its width while it was saved').to.equal(width);
    expect(bitmap.width).to.equal(width);
  });

  it('returns an empty string, and a rejected PNG, while it shows the error state', async () => {
    const el = await mount(html`<steg-radar .instrument=${{ nonsense: true }}></steg-radar>`);
    expect(el.toSVG()).to.equal('');
    let failed = false;
    await el.toPNG().catch(() => (failed = true));
    expect(failed).to.equal(true);
  });

  itExcept(
    ['webkit'],
    '#14 WebKitWebDriver cannot emulate media',
    'prints the data table and hides the interactive parts',
    async () => {
      const el = await mount(
        html`<steg-radar .instrument=${radarInstrument} .assessments=${assessments}></steg-radar>`,
      );
      const table = root(el).querySelector('.table-wrap')!;
      expect(table.getBoundingClientRect().height, 'hidden on screen').to.be.at.most(1);
      await emulateMedia({ media: 'print' });
      try {
        expect(table.getBoundingClientRect().height, 'on paper').to.be.greaterThan(100);
        expect(getComputedStyle(root(el).querySelector('.table-toggle')!).display).to.equal('none');
        expect(getComputedStyle(root(el).querySelector('.readout')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    },
  );
});
