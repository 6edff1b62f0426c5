import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { itExcept } from '../../helpers/engines.js';
import '../../../src/components/progression-card/define.js';
import type { StegProgressionCard } from '../../../src/components/progression-card/progression-card.js';
import { goalAttainment, livsomraden, progression, roleGap, sampleParticipant } from '../../../src/sdk/index.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { mount } from './mount.js';
import { areaIds, cohort, handMadeParticipant, participantData } from './fixtures.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;
const areaRow = (el: HTMLElement, areaId: string) =>
  shadow(el).querySelector<HTMLLIElement>(`li[data-area-id="${areaId}"]`)!;
/** Text with collapsed white space, as a reader hears it. */
const said = (node: Element | null) =>
  (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** The test's own formatting of a signed step count in Swedish: +3, −1, ±0. */
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

async function fullCard(lang = 'sv') {
  const data = handMadeParticipant();
  const el = await mount<StegProgressionCard>(html`<steg-progression-card
    lang=${lang}
    .instrument=${livsomraden}
    .assessments=${data.assessments}
    .goals=${data.goals}
    .cards=${data.cards}
    .interventions=${data.interventions}
    .episodes=${data.episodes}
  ></steg-progression-card>`);
  return { el, data };
}

describe('<steg-progression-card>', () => {
  failOnLitWarnings();

  it('shows, per area, the change the SDK computed, with a true minus and the stage now', async () => {
    const { el, data } = await fullCard();
    const sdk = progression(livsomraden, data.assessments, { role: 'participant' });
    expect(sdk.change).to.not.equal(null);
    for (const change of sdk.change!.areas) {
      const row = areaRow(el, change.areaId);
      expect(said(row.querySelector('.change .steps')), change.areaId).to.equal(`${signed(change.delta!)} steg`);
      expect(said(row.querySelector('.change'))).to.contain(`Från ${change.baseline} till ${change.latest}`);
      const stage = livsomraden.scales.ladder10!.stages!.find((s) => s.id === change.latestStageId)!;
      expect(said(row)).to.contain(`Fas nu: ${stage.label.sv}`);
    }
    expect(said(areaRow(el, 'finances').querySelector('.change .steps'))).to.equal('−1 steg');
    expect(said(areaRow(el, 'housing').querySelector('.change .steps'))).to.equal('±0 steg');
  });

  it('says when a change is reliable, as the SDK classifies it', async () => {
    const { el, data } = await fullCard();
    const work = progression(livsomraden, data.assessments).change!.areas.find((a) => a.areaId === 'work')!;
    expect(work.reliableChange).to.equal('improved');
    expect(said(areaRow(el, 'work'))).to.contain('Säker förbättring');
    const finances = progression(livsomraden, data.assessments).change!.areas.find((a) => a.areaId === 'finances')!;
    expect(finances.reliableChange).to.equal('noReliableChange');
    expect(said(areaRow(el, 'finances'))).to.contain('Ingen säker förändring');
    expect(said(areaRow(el, 'finances'))).not.to.contain('Säker försämring');
  });

  it('shows the goal, whether it is reached and how far is left, as goalAttainment says', async () => {
    const { el, data } = await fullCard();
    const latest = progression(livsomraden, data.assessments).latest!;
    const [work, finances] = goalAttainment(data.goals, latest, livsomraden);
    expect(work!.distance).to.equal(1);
    expect(said(areaRow(el, 'work'))).to.contain('Mål 8');
    expect(said(areaRow(el, 'work'))).to.contain('1 steg kvar till målet');
    expect(finances!.reached).to.equal(true);
    expect(said(areaRow(el, 'finances'))).to.contain('Målet är nått');
    expect(said(areaRow(el, 'housing'))).not.to.contain('Mål');
  });

  it('shows the gap between the participant and the case manager where both rated', async () => {
    const { el, data } = await fullCard();
    const p = data.assessments.find((a) => a.role === 'participant' && a.occasion === 'exit')!;
    const c = data.assessments.find((a) => a.role === 'caseManager' && a.occasion === 'exit')!;
    const gaps = roleGap(livsomraden, p, c).areas;
    expect(gaps.find((g) => g.areaId === 'work')!.gap).to.equal(2);
    expect(said(areaRow(el, 'work'))).to.contain('Handläggaren: 5');
    expect(said(areaRow(el, 'work'))).to.contain('Deltagaren skattar 2 steg högre än handläggaren');
    expect(gaps.find((g) => g.areaId === 'housing')!.gap).to.equal(-1);
    expect(said(areaRow(el, 'housing'))).to.contain('Deltagaren skattar 1 steg lägre än handläggaren');
    expect(said(areaRow(el, 'finances'))).to.contain('Deltagaren och handläggaren skattar lika');
  });

  it('speaks English with plural-correct steps', async () => {
    const { el } = await fullCard('en');
    expect(said(areaRow(el, 'work').querySelector('.change .steps'))).to.equal('+4 steps');
    expect(said(areaRow(el, 'physicalHealth').querySelector('.change .steps'))).to.equal('+1 step');
    expect(said(areaRow(el, 'finances').querySelector('.change .steps'))).to.equal('−1 step');
    expect(said(areaRow(el, 'work'))).to.contain('The participant rates 2 steps higher than the case manager');
    expect(said(areaRow(el, 'housing'))).to.contain('The participant rates 1 step lower than the case manager');
    expect(said(shadow(el).querySelector('.meta'))).to.contain('3 rating occasions');
  });

  it('shows the date range and the number of occasions', async () => {
    const { el } = await fullCard();
    const meta = said(shadow(el).querySelector('.meta'));
    expect(meta).to.contain('10 jan. 2026 – 10 juli 2026');
    expect(meta).to.contain('3 skattningstillfällen');
  });

  it("lists the participant's cards with their status, as text and never as HTML", async () => {
    const { el } = await fullCard();
    const cards = [...shadow(el).querySelectorAll('.pcard')];
    expect(cards.map((c) => c.getAttribute('data-card-id'))).to.deep.equal(['c2', 'c1']);
    expect(said(cards[0]!)).to.contain('Pågår');
    expect(said(cards[0]!)).to.contain('Göra en budget med <b>min</b> handläggare');
    expect(cards[0]!.querySelector('b')).to.equal(null);
    expect(said(cards[1]!)).to.contain('Uppnått 1 mars 2026');
    expect(said(cards[1]!)).to.contain('Område: Arbete och sysselsättning');
  });

  it('groups the interventions of the period by category and provider, with the areas they aim at', async () => {
    const { el } = await fullCard();
    const categories = [...shadow(el).querySelectorAll('.category')];
    expect(categories.map((c) => said(c.querySelector('h4')))).to.deep.equal([
      'Arbetsinriktade insatser',
      'Hälsoinriktade insatser',
    ]);
    expect(said(categories[0]!.querySelector('h5'))).to.equal('Arbetsförmedlingen');
    expect(said(categories[0]!)).to.contain('Stöd till jobb');
    expect(said(categories[0]!)).to.contain('pågår');
    const label = (id: string) => livsomraden.areas.find((a) => a.id === id)!.label.sv;
    expect(said(categories[1]!)).to.contain(`Riktar sig mot: ${label('physicalHealth')}, ${label('mentalWellbeing')}`);
    // An episode after the last rating is outside the period.
    expect(said(shadow(el).querySelector('.interventions'))).not.to.contain('Efteråt');
  });

  it('dispatches steg-area-activate and steg-card-activate on click and from the keyboard', async () => {
    const { el } = await fullCard();
    const areaEvent = oneEvent(el, 'steg-area-activate');
    areaRow(el, 'finances').querySelector<HTMLButtonElement>('.area-name')!.click();
    const area = await areaEvent;
    expect(area.detail).to.deep.equal({ areaId: 'finances', subjectId: 'p-test' });

    const cardEvent = oneEvent(el, 'steg-card-activate');
    shadow(el).querySelector<HTMLButtonElement>('.pcard[data-card-id="c1"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const card = await cardEvent;
    expect(card.detail.cardId).to.equal('c1');
    expect(card.detail.card.text).to.equal('Ringa två arbetsgivare');
    expect(card.composed && card.bubbles).to.equal(true);
  });

  it('follows the case manager with respondent-role, and then shows the participant as the other view', async () => {
    const data = handMadeParticipant();
    const el = await mount<StegProgressionCard>(html`<steg-progression-card
      lang="sv"
      respondent-role="caseManager"
      .instrument=${livsomraden}
      .assessments=${data.assessments}
    ></steg-progression-card>`);
    const sdk = progression(livsomraden, data.assessments, { role: 'caseManager' });
    const work = sdk.change!.areas.find((a) => a.areaId === 'work')!;
    expect(said(areaRow(el, 'work').querySelector('.change .steps'))).to.equal(`${signed(work.delta!)} steg`);
    expect(said(areaRow(el, 'work'))).to.contain('Deltagaren: 7');
    expect(said(shadow(el).querySelector('.meta'))).to.contain('Skattat av: Handläggaren');
  });

  it('accepts an already computed progression', async () => {
    const data = handMadeParticipant();
    const computed = progression(livsomraden, data.assessments, { role: 'participant' });
    const el = await mount<StegProgressionCard>(
      html`<steg-progression-card lang="sv" .instrument=${livsomraden} .progression=${computed}></steg-progression-card>`,
    );
    expect(said(areaRow(el, 'work').querySelector('.change .steps'))).to.equal('+4 steg');
    expect(el.areaViews.map((a) => a.delta)).to.deep.equal(computed.change!.areas.map((a) => a.delta));
  });

  it('shows a participant with missing occasions honestly', async () => {
    const data = handMadeParticipant();
    const onlyBaseline = data.assessments.filter((a) => a.occasion === 'baseline');
    const el = await mount<StegProgressionCard>(
      html`<steg-progression-card lang="sv" .instrument=${livsomraden} .assessments=${onlyBaseline}></steg-progression-card>`,
    );
    expect(said(areaRow(el, 'work'))).to.contain('Ingen senare skattning');
    expect(said(shadow(el).querySelector('.meta'))).to.contain('1 skattningstillfälle');
    expect(areaRow(el, 'work').querySelector('circle.latest')).to.equal(null);
    expect(areaRow(el, 'work').querySelector('circle.start')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('draws start, latest and goal as different shapes, mirrored on right-to-left pages', async () => {
    const { el } = await fullCard();
    const svg = areaRow(el, 'work').querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    // Where each mark is drawn on screen (the stylesheet mirrors the drawing right to left).
    const x = (sel: string) => {
      const box = areaRow(el, 'work').querySelector(`svg ${sel}`)!.getBoundingClientRect();
      return box.left + box.width / 2;
    };
    expect(x('circle.start')).to.be.below(x('circle.latest'));
    expect(x('circle.latest')).to.be.below(x('svg.goal path'));
    el.setAttribute('dir', 'rtl');
    await el.updateComplete;
    expect(x('circle.start')).to.be.above(x('circle.latest'));
    expect(x('circle.latest')).to.be.above(x('svg.goal path'));
    // The scale's ends follow: its lowest step is on the right.
    const ends = [...areaRow(el, 'work').querySelectorAll('.scale > span')].map((s) => s.getBoundingClientRect().left);
    expect(ends[0]).to.be.above(ends[1]!);
    await expect(el).to.be.accessible();
  });

  it('embeds a radar of start, latest and goal with show-radar, fed with the SDK’s figures', async () => {
    const data = handMadeParticipant();
    const el = await mount<StegProgressionCard>(html`<steg-progression-card
      lang="sv"
      show-radar
      .instrument=${livsomraden}
      .assessments=${data.assessments}
      .goals=${data.goals}
    ></steg-progression-card>`);
    await customElements.whenDefined('steg-radar');
    const radar = shadow(el).querySelector('steg-radar')!;
    await radar.updateComplete;
    const sdk = progression(livsomraden, data.assessments, { role: 'participant' });
    const series = radar.series as { id: string; values: Record<string, number | null> }[];
    expect(series.map((s) => s.id)).to.deep.equal(['baseline', 'latest', 'goal']);
    expect(series[0]!.values).to.deep.equal(sdk.baseline!.values);
    expect(series[1]!.values).to.deep.equal(sdk.latest!.values);
    expect(series[2]!.values.work).to.equal(8);
    expect(radar.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is accessible in full', async () => {
    const { el } = await fullCard();
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const { el } = await fullCard();
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  itExcept(
    ['webkit'],
    '#14 WebKitWebDriver cannot emulate forced colours',
    'is accessible in the dark theme with forced colours',
    async () => {
      const { el } = await fullCard();
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      await emulateMedia({ forcedColors: 'active' });
      try {
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    },
  );

  it('renders a compact row with the same figures and a text alternative for its drawing', async () => {
    const subject = sampleParticipant(cohort, 'improved')!;
    const data = participantData(subject);
    const el = await mount<StegProgressionCard>(html`<steg-progression-card
      lang="sv"
      variant="compact"
      .instrument=${livsomraden}
      .assessments=${data.assessments}
      .goals=${data.goals}
    ></steg-progression-card>`);
    const sdk = progression(livsomraden, data.assessments, { role: 'participant', subjectId: subject });
    const spark = shadow(el).querySelector('svg.spark')!;
    const label = spark.getAttribute('aria-label')!.replace(/[\u2066-\u2069]/g, '');
    for (const change of sdk.change!.areas) {
      const short = livsomraden.areas.find((a) => a.id === change.areaId)!.shortLabel!.sv;
      expect(label).to.contain(`${short} ${signed(change.delta!)}`);
    }
    const improved = sdk.change!.areas.filter((a) => a.direction === 'improved').length;
    expect(said(shadow(el).querySelector('.summary'))).to.contain(`${improved} bättre`);
    expect(said(shadow(el).querySelector('.who'))).to.contain(subject);
    expect(shadow(el).querySelector('.area')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders a list of 500 compact cards that share one stylesheet', async () => {
    const big = (await import('../../../src/sdk/index.js')).generateSampleCohort({ seed: 3, participants: 500 });
    const bySubject = new Map<string, typeof big.assessments>();
    for (const a of big.assessments) {
      const list = bySubject.get(a.subjectId) ?? [];
      list.push(a);
      bySubject.set(a.subjectId, list);
    }
    const subjects = [...bySubject.keys()];
    expect(subjects.length).to.equal(500);
    const list = await mount<HTMLUListElement>(html`<ul lang="sv">
      ${subjects.map(
        (s) =>
          html`<li><steg-progression-card variant="compact" .instrument=${livsomraden} .assessments=${bySubject.get(s)}></steg-progression-card></li>`,
      )}
    </ul>`);
    const cards = [...list.querySelectorAll('steg-progression-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(cards.length).to.equal(500);
    cards.forEach((card, i) => {
      expect(said(card.shadowRoot!.querySelector('.who')), subjects[i]).to.contain(subjects[i]!);
      expect(card.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });
    const sheets = new Set(cards.flatMap((c) => c.shadowRoot!.adoptedStyleSheets));
    expect(sheets.size).to.equal(cards[0]!.shadowRoot!.adoptedStyleSheets.length);
    // Light: each row is a handful of nodes, not a full card.
    expect(cards[0]!.shadowRoot!.querySelectorAll('*').length).to.be.below(40);
  });

  describe('bad input', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['an instrument that is not one', { instrument: { id: 'x' } }, 'instrument'],
      ['assessments that are not a list', { instrument: livsomraden, assessments: 'nope' }, 'assessments'],
      [
        'an answer off the scale',
        {
          instrument: livsomraden,
          assessments: [{ ...handMadeParticipant().assessments[0]!, answers: [{ linkId: 'work', value: 42 }] }],
        },
        'assessments',
      ],
      [
        'a goal for an unknown area',
        {
          instrument: livsomraden,
          assessments: handMadeParticipant().assessments,
          goals: [{ ...handMadeParticipant().goals[0]!, areaId: 'moon' }],
        },
        'goals',
      ],
      [
        'an episode of an unknown intervention',
        {
          instrument: livsomraden,
          assessments: handMadeParticipant().assessments,
          interventions: [],
          episodes: handMadeParticipant().episodes,
        },
        'episodes',
      ],
      [
        'a progression that is not one',
        { instrument: livsomraden, progression: { role: 'boss', occasions: 3 } },
        'progression',
      ],
    ];
    for (const [name, props, property] of cases) {
      it(`shows an alert and dispatches steg-error for ${name}`, async () => {
        const el = await mount<StegProgressionCard>(html`<steg-progression-card lang="sv"></steg-progression-card>`);
        const event = oneEvent(el, 'steg-error');
        Object.assign(el, props);
        const error = await event;
        await el.updateComplete;
        expect(error.detail.property).to.equal(property);
        expect(error.detail.issues.length).to.be.greaterThan(0);
        const alert = shadow(el).querySelector('[role="alert"]')!;
        expect(said(alert)).to.contain('Det gick inte att visa innehållet');
        expect(said(alert)).to.contain(property);
        await expect(el).to.be.accessible();
      });
    }

    it('recovers when good data replaces bad', async () => {
      const el = await mount<StegProgressionCard>(html`<steg-progression-card lang="sv"></steg-progression-card>`);
      el.instrument = { nope: true };
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.not.equal(null);
      el.instrument = livsomraden;
      el.assessments = handMadeParticipant().assessments;
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(shadow(el).querySelectorAll('li.area').length).to.equal(areaIds.length);
    });
  });
});
