import { expect, html } from '@open-wc/testing';
import '../../../src/components/cohort-summary/define.js';
import type { StegCohortSummary } from '../../../src/components/cohort-summary/cohort-summary.js';
import {
  cohortReport,
  generateSampleCohort,
  livsomraden,
  needsReport,
  type CohortReport,
} from '../../../src/sdk/index.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { mount } from '../progression-card/mount.js';

const cohort = generateSampleCohort({ seed: 5, participants: 400 });
const big = cohortReport(livsomraden, cohort);
const bigNeeds = needsReport(livsomraden, cohort);
const tiny = generateSampleCohort({ seed: 5, participants: 14 });
const small = cohortReport(livsomraden, tiny);
/** The same small cohort with the weakest disclosure control: what a leak would show. */
const smallOpen = cohortReport(livsomraden, tiny, { minCell: 2 });

const clean = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const shadow = (el: HTMLElement) => el.shadowRoot!;

async function summary(report: CohortReport, options: { breakdown?: string; needs?: unknown; theme?: string } = {}) {
  return mount<StegCohortSummary>(html`<steg-cohort-summary
    lang="sv"
    theme=${options.theme ?? 'light'}
    breakdown=${options.breakdown ?? 'all'}
    .report=${report}
    .needs=${options.needs}
    .instrument=${livsomraden}
  ></steg-cohort-summary>`);
}

function parse(markup: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  return doc.documentElement as unknown as SVGSVGElement;
}

/** The text of a document, as a reader or a search would find it (text elements, one per line). */
const textsOf = (node: Element) => [...node.querySelectorAll('text')].map((t) => clean(t.textContent));
/** The whole text of a document, wrapped lines joined again. */
const wholeText = (node: Element) => textsOf(node).join(' ');

describe('<steg-cohort-summary> toSVG() and toPNG()', () => {
  failOnLitWarnings();

  it('exports a standalone SVG document with a title, a description, the colours and the font written in', async () => {
    const el = await summary(big, { needs: bigNeeds });
    const markup = el.toSVG();
    const svg = parse(markup);
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('lang')).to.equal('sv');
    expect(clean(svg.querySelector(':scope > title')?.textContent)).to.equal(
      'Förändring i gruppen: Deltagarnas egna · Alla deltagare',
    );
    const desc = clean(svg.querySelector(':scope > desc')?.textContent);
    expect(desc).to.contain('Livsområden 1.0.0');
    expect(desc).to.contain('400 deltagare började.');
    // Nothing from outside: no stylesheet, no script, no links, no custom properties, no page classes.
    expect(svg.querySelectorAll('style, script, image, foreignObject, a, [class], [style]')).to.have.length(0);
    expect(markup).not.to.match(/href=|url\((?!#)|var\(|@import/);
    // The font and the colours of the theme, as concrete values.
    expect(svg.getAttribute('font-family')).to.equal(getComputedStyle(el).fontFamily);
    const improved = getComputedStyle(shadow(el).querySelector('.fill.improved')!).backgroundColor;
    expect([...svg.querySelectorAll('rect')].some((r) => r.getAttribute('fill') === improved)).to.equal(true);
    // The patterns that tell the fills apart travel with the document.
    expect(svg.querySelectorAll('defs pattern')).to.have.length(2);
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    expect([w, h]).to.deep.equal([Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))]);
    // A fresh document renders it on its own.
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    await image.decode();
    expect(image.naturalWidth).to.equal(w);
    expect(image.naturalHeight).to.equal(h);
  });

  it('holds every label and figure of the rendered chart and headline, as text', async () => {
    const el = await summary(big, { needs: bigNeeds });
    const svg = parse(el.toSVG());
    const all = wholeText(svg);
    // The headline, sentence by sentence (wrapped lines joined again).
    const sentences = [...shadow(el).querySelectorAll('.headline p')].map((p) => clean(p.textContent));
    expect(sentences.length).to.be.greaterThan(2);
    for (const sentence of sentences) expect(all).to.contain(sentence);
    // The legend and the axis.
    for (const word of ['Sämre', 'Oförändrade', 'Bättre', '0 %', '25 %', '100 %', 'steg på skalan 1–10'])
      expect(all).to.contain(word);
    // Row by row: the exported rows follow the rendered ones, with the same label and figures.
    const rendered = [...shadow(el).querySelectorAll<HTMLElement>('.chart-row')];
    const exported = [...svg.querySelectorAll('g[role="listitem"]')];
    expect(exported).to.have.length(rendered.length);
    rendered.forEach((row, i) => {
      const texts = textsOf(exported[i]!);
      const rowText = texts.join(' ');
      expect(rowText, 'label').to.contain(clean(row.querySelector('.label')!.textContent));
      const mean = clean(row.querySelector('.mean')!.textContent).replace(/^Medelförändring: /, '');
      expect(rowText, 'mean change and CI').to.contain(mean);
      expect(texts, 'n').to.include(clean(row.querySelector('.n')!.textContent).replace(/^n = /, ''));
      expect(texts, 'goals').to.include(clean(row.querySelector('.goals')!.textContent).replace(/^.*: /, ''));
      // The bar's text alternative is the same, and every figure visible in a segment is written.
      const bar = exported[i]!.querySelector('g[role="img"]')!;
      const alt = clean(row.querySelector('.bar')!.getAttribute('aria-label'));
      expect(clean(bar.querySelector('title')!.textContent)).to.equal(alt);
      for (const value of row.querySelectorAll('.bar .value')) {
        const segment = value.parentElement!.getBoundingClientRect();
        const chip = value.getBoundingClientRect();
        if (chip.top < segment.bottom - 1) expect(alt).to.contain(clean(value.textContent));
      }
      // A figure drawn inside a segment is one of that row's shares.
      for (const figure of textsOf(bar)) expect(alt).to.contain(figure);
    });
    expect(textsOf(svg).filter((t) => /^\d+ %$/.test(t)).length, 'figures in the bars').to.be.greaterThan(15);
    // The notes: why All areas has fewer, and the rule.
    expect(all).to.contain(clean(shadow(el).querySelector('.overall-note')!.textContent));
    expect(all).to.contain(clean(shadow(el).querySelector('.rule')!.textContent));
  });

  it('exports nothing from a withheld cell: "–" where the screen shows it, and no hidden figure', async () => {
    const el = await summary(small, { breakdown: 'gender' });
    const svg = parse(el.toSVG());
    const groups = small.roles[0]!.breakdowns.find((b) => b.id === 'gender')!.groups;
    const openGroups = smallOpen.roles[0]!.breakdowns.find((b) => b.id === 'gender')!.groups;
    const rendered = [...shadow(el).querySelectorAll<HTMLElement>('.chart-row')];
    const exported = [...svg.querySelectorAll('g[role="listitem"]')];
    expect(exported).to.have.length(rendered.length);
    let withheld = 0;
    rendered.forEach((row, i) => {
      const { areaId, group: key } = row.dataset;
      const cell = groups.find((g) => g.key === key)![areaId === 'overall' ? 'overall' : 'areas'];
      const c = Array.isArray(cell) ? cell.find((x) => x.areaId === areaId)! : cell!;
      if (!c.withheld.some((w) => w.part === 'started' || w.part === 'paired')) return;
      withheld++;
      const texts = textsOf(exported[i]!);
      // Only the group's name and dashes: no count, share or change.
      expect(
        texts.slice(1).every((t) => t === '–'),
        texts.join(' | '),
      ).to.equal(true);
      expect(exported[i]!.querySelectorAll('rect')).to.have.length(0);
      expect(clean(exported[i]!.querySelector('title')!.textContent)).to.contain('färre än 5 personer');
      // What the cell would have said without disclosure control is nowhere in the row.
      const open = openGroups.find((g) => g.key === key)!;
      const openCell = areaId === 'overall' ? open.overall! : open.areas.find((x) => x.areaId === areaId)!;
      if (openCell.nPaired !== null && openCell.nPaired > 0) expect(texts).not.to.include(String(openCell.nPaired));
    });
    expect(withheld, 'withheld rows in the small cohort').to.be.greaterThan(3);
    expect(wholeText(svg)).to.contain('färre än 5 personer visas inte');
  });

  it('mirrors on a right-to-left page, and keeps Swedish text left to right within it', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div dir="rtl">
      <steg-cohort-summary lang="sv" .report=${big} .needs=${bigNeeds} .instrument=${livsomraden}></steg-cohort-summary>
    </div>`);
    const el = wrapper.querySelector<StegCohortSummary>('steg-cohort-summary')!;
    await el.updateComplete;
    const svg = parse(el.toSVG());
    expect(svg.getAttribute('direction')).to.equal('rtl');
    const width = Number(svg.getAttribute('width'));
    // The area names stand at the right edge, as the row labels do on screen.
    const label = [...svg.querySelectorAll('g[role="listitem"] text')].find((t) => clean(t.textContent) === 'Ekonomi')!;
    expect(Number(label.getAttribute('x'))).to.be.above(width * 0.9);
    // Swedish sentences read left to right (the full stop at their end), anchored at the right edge.
    const sentence = [...svg.querySelectorAll('text')].find((t) =>
      clean(t.textContent).includes('deltagare började.'),
    )!;
    expect(sentence.getAttribute('direction')).to.equal('ltr');
    expect(sentence.getAttribute('text-anchor')).to.equal('end');
  });

  it('exports the dark theme’s colours when it is dark', async () => {
    const el = await summary(big, { theme: 'dark' });
    const svg = parse(el.toSVG());
    const background = svg.querySelector(':scope > rect')!.getAttribute('fill')!;
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!, 'a dark background').to.be.lessThan(150);
    const [fr, fg, fb] = svg.getAttribute('fill')!.match(/\d+/g)!.map(Number);
    expect(fr! + fg! + fb!, 'light text').to.be.greaterThan(500);
  });

  it('exports a PNG of the same picture, at the size asked for', async () => {
    const el = await summary(big, { needs: bigNeeds });
    const svg = parse(el.toSVG());
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    for (const scale of [1, 2]) {
      const png = await el.toPNG(scale);
      expect(png.type).to.equal('image/png');
      const bytes = new Uint8Array(await png.arrayBuffer());
      expect([...bytes.slice(0, 8)]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
      const bitmap = await createImageBitmap(png);
      expect([bitmap.width, bitmap.height]).to.deep.equal([width * scale, height * scale]);
      // Not blank: the picture has the theme's background and darker ink on it.
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 200) dark++;
      expect(dark / (pixels.length / 4), 'share of dark pixels').to.be.within(0.005, 0.5);
    }
  });

  it('returns an empty string, and a rejected PNG, while it shows the error state', async () => {
    const el = await mount<StegCohortSummary>(
      html`<steg-cohort-summary .report=${{ nonsense: true }}></steg-cohort-summary>`,
    );
    expect(el.toSVG()).to.equal('');
    let failed = false;
    await el.toPNG().catch(() => (failed = true));
    expect(failed).to.equal(true);
  });
});
