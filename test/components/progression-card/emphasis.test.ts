import { expect, html } from '@open-wc/testing';
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
});
