import { expect, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/progression-card/define.js';
import '../../../src/components/radar/define.js';
import type { StegProgressionCard } from '../../../src/components/progression-card/progression-card.js';
import { livsomraden, progression } from '../../../src/sdk/index.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { cohort, handMadeParticipant, participantData } from './fixtures.js';
import { mount } from './mount.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;
const said = (node: Node | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const areaRow = (el: HTMLElement, areaId: string) => shadow(el).querySelector(`li.area[data-area-id="${areaId}"]`)!;
const style = (node: Element) => getComputedStyle(node);
const weight = (node: Element) => Number(style(node).fontWeight);
const size = (node: Element) => parseFloat(style(node).fontSize);
/** A change as the card writes it: a true minus, "±0" for none. */
const signed = (delta: number) => (delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '±0');

async function card(width = '1000px') {
  const data = handMadeParticipant();
  const wrapper = await mount<HTMLDivElement>(html`<div style="inline-size: ${width}">
    <steg-progression-card
      lang="sv"
      .instrument=${livsomraden}
      .assessments=${data.assessments}
      .goals=${data.goals}
      .cards=${data.cards}
    ></steg-progression-card>
  </div>`);
  return { el: wrapper.querySelector<StegProgressionCard>('steg-progression-card')!, data };
}

describe('<steg-progression-card> emphasis follows evidence', () => {
  failOnLitWarnings();

  for (const width of ['360px', '1000px']) {
    it(`makes a reliable change the headline and a change within measurement error quiet (${width})`, async () => {
      const { el, data } = await card(width);
      const sdk = progression(livsomraden, data.assessments, { role: 'participant' }).change!.areas;
      const work = sdk.find((a) => a.areaId === 'work')!;
      const quietArea = sdk.find((a) => a.reliableChange === 'noReliableChange' && a.delta !== 0)!;
      expect(work.reliableChange).to.equal('improved');

      // Reliable: the verdict is first, bold and coloured, with an arrow; the steps follow.
      const reliable = areaRow(el, 'work').querySelector('.change')!;
      const verdict = reliable.querySelector('.verdict')!;
      expect(said(reliable)).to.match(/^▲ ?Säker förbättring \+4 steg bättre · Från 3 till 7$/);
      expect(weight(verdict)).to.be.at.least(700);
      expect(style(verdict).color).to.not.equal(style(el.shadowRoot!.querySelector('h2')!).color);

      // Within measurement error: said so, in words, and nothing in it is bold or coloured.
      const quiet = areaRow(el, quietArea.areaId).querySelector('.change')!;
      const steps = `${quietArea.delta! > 0 ? '+' : '−'}${Math.abs(quietArea.delta!)} steg`;
      expect(said(quiet)).to.equal(
        `Ingen säker förändring ${steps}, inom mätfelet · Från ${quietArea.baseline} till ${quietArea.latest}`,
      );
      for (const node of [quiet.querySelector('.verdict')!, quiet.querySelector('.steps')!]) {
        expect(weight(node), said(node)).to.be.below(600);
        expect(style(node).color, said(node)).to.equal(style(quiet.querySelector('.detail')!).color);
      }
      // The quiet step count is never bigger than a reliable verdict.
      expect(size(quiet.querySelector('.steps')!)).to.be.at.most(size(verdict));
    });
  }

  it('draws statuses as flat tags, and buttons as things to press that say what they do', async () => {
    const { el } = await card();
    const status = shadow(el).querySelector('.status')!;
    expect(said(status)).to.equal('✓Målet är nått');
    expect(status.closest('button'), 'a status is not a button').to.equal(null);
    expect(style(status).borderTopStyle).to.equal('none');
    expect(parseFloat(style(status).borderTopLeftRadius)).to.be.at.most(2);

    const areaButton = areaRow(el, 'work').querySelector('button')!;
    expect(areaButton.getAttribute('aria-label')).to.equal('Visa Arbete och sysselsättning');
    expect(style(areaButton).textDecorationLine).to.contain('underline');
    expect(style(areaButton).color).to.not.equal(style(shadow(el).querySelector('h2')!).color);
    expect(getComputedStyle(areaButton.querySelector('.chevron')!, '::after').content).to.equal('"›"');

    const cardButton = shadow(el).querySelector('button.pcard')!;
    expect(said(cardButton.querySelector('.pcard-action'))).to.equal('Öppna kortet');
    expect(style(cardButton.querySelector('.pcard-action')!).textDecorationLine).to.contain('underline');
    await expect(el).to.be.accessible();
  });

  it('says "Senaste" for the latest rating, as the radar does', async () => {
    const data = handMadeParticipant();
    const el = await mount<StegProgressionCard>(html`<steg-progression-card
      lang="sv"
      show-radar
      .instrument=${livsomraden}
      .assessments=${data.assessments}
    ></steg-progression-card>`);
    const legend = [...shadow(el).querySelectorAll('.legend li')].map(said);
    expect(legend).to.include('Senaste');
    expect(legend).to.not.include('Senast');
    const radar = shadow(el).querySelector('steg-radar')!;
    await (radar as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(said(radar.shadowRoot!)).to.contain('Senaste');
    expect(said(shadow(el).querySelector('figcaption'))).to.equal('Start, senaste och mål i alla områden');
  });

  it('keeps the divider under every compact row, also when its lines wrap', async () => {
    const subjects = [...new Set(cohort.assessments.map((a) => a.subjectId))].slice(0, 6);
    const list = await mount<HTMLDivElement>(html`<div style="inline-size: 560px">
      ${subjects.map(
        (s) =>
          html`<steg-progression-card
            variant="compact"
            lang="sv"
            .instrument=${livsomraden}
            .assessments=${participantData(s).assessments}
            .goals=${participantData(s).goals}
          ></steg-progression-card>`,
      )}
    </div>`);
    const rows = [...list.querySelectorAll<StegProgressionCard>('steg-progression-card')];
    for (const row of rows) {
      // Drawn by the host itself, which its own paint containment does not clip.
      expect(style(row).borderBottomStyle).to.equal('solid');
      expect(style(row).borderBottomWidth).to.equal('1px');
      expect(style(shadow(row).querySelector('.row')!).borderBottomStyle).to.equal('none');
    }
    await expect(rows[0]!).to.be.accessible();
  });

  for (const width of [320, 1000]) {
    it(`names each mini bar of the compact row: pointing at a bar says its area and change (${width} px)`, async () => {
      const subject = [...new Set(cohort.assessments.map((a) => a.subjectId))][0]!;
      const data = participantData(subject);
      const wrapper = await mount<HTMLDivElement>(html`<div style="inline-size: ${width}px">
        <steg-progression-card
          variant="compact"
          lang="sv"
          .instrument=${livsomraden}
          .assessments=${data.assessments}
          .goals=${data.goals}
        ></steg-progression-card>
      </div>`);
      const el = wrapper.querySelector<StegProgressionCard>('steg-progression-card')!;
      const sdk = progression(livsomraden, data.assessments, { role: 'participant', subjectId: subject });
      const areas = sdk.change!.areas;
      const spark = shadow(el).querySelector('svg.spark')!.getBoundingClientRect();
      expect(spark.width).to.be.greaterThan(100);
      const slot = spark.width / areas.length;
      await resetMouse();
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('svg.spark > rect'), 'no columns before a pointer comes').to.have.length(0);
      // The pointer comes to rest on the drawing (a real mouse move: the names are drawn then).
      await sendMouse({
        type: 'move',
        position: [Math.round(spark.left + slot / 2), Math.round(spark.top + spark.height / 2)],
      });
      await el.updateComplete;
      // One column per bar, over it, that a pointer hits (filled, if invisibly), titled with its area and change.
      const columns = [...shadow(el).querySelectorAll('svg.spark > rect')];
      expect(columns).to.have.length(areas.length);
      areas.forEach((change, i) => {
        const column = columns[i]!;
        const box = column.getBoundingClientRect();
        const middle = spark.left + (i + 0.5) * slot;
        expect(box.left, `bar ${i + 1} starts before its middle`).to.be.below(middle);
        expect(box.right, `bar ${i + 1} ends after its middle`).to.be.above(middle);
        expect(box.width).to.be.closeTo(slot, 1);
        expect(box.height).to.be.closeTo(spark.height, 1);
        expect(style(column).pointerEvents).not.to.equal('none');
        expect(style(column).fill).not.to.equal('none');
        const short = livsomraden.areas.find((a) => a.id === change.areaId)!.shortLabel!.sv;
        const expected = change.delta === null ? `${short} ingen skattning` : `${short} ${signed(change.delta)}`;
        expect(said(column.querySelector(':scope > title')), `bar ${i + 1}`).to.equal(expected);
      });
      // The drawing's own name still lists every area in order, for assistive technology.
      const label = said({ textContent: shadow(el).querySelector('svg.spark')!.getAttribute('aria-label') } as Node);
      expect(label).to.equal(
        `Förändring per område: ${areas
          .map((c) => `${livsomraden.areas.find((a) => a.id === c.areaId)!.shortLabel!.sv} ${signed(c.delta!)}`)
          .join(', ')}`,
      );
      await expect(wrapper).to.be.accessible();
      await resetMouse();
    });
  }
});
