import { expect } from '@open-wc/testing';
import '../../../src/components/progression-card/define.js';
import { validCard } from '../../sdk/hostile/fixtures.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import {
  assessmentsCases,
  attributeCases,
  cardsCases,
  goalsCases,
  instrumentCases,
  interventionCases,
  progressionCardBase,
  wrongKindCases,
} from './cases.js';
import { expectRecovers, runHostileCase, type HostileCase } from './harness.js';

const tag = 'steg-progression-card';
const base = progressionCardBase;

function cases(): HostileCase[] {
  return [
    ...instrumentCases(),
    ...assessmentsCases(),
    ...goalsCases(),
    ...cardsCases(),
    ...interventionCases(),
    ...wrongKindCases('progression'),
    {
      name: 'respondent-role="<script>"',
      attrs: { 'respondent-role': '<script>alert(1)</script>' },
      outcome: { safe: true },
    },
    { name: 'variant="<img>"', attrs: { variant: '<img src=x onerror=alert(1)>' }, outcome: { safe: true } },
    {
      name: 'variant="compact" with everything hostile at once',
      attrs: { variant: 'compact' },
      props: { cards: [{ ...validCard(), text: '<script>alert(1)</script>' }] },
      outcome: { renders: true },
    },
    ...attributeCases(),
  ];
}

describe('<steg-progression-card> under hostile input', () => {
  failOnLitWarnings();
  const all = cases();
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    container.lang = 'en';
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it(`has at least 50 hostile cases (${all.length})`, () => {
    expect(all.length).to.be.at.least(50);
  });

  for (const c of all) {
    it(c.name, async () => {
      await runHostileCase(tag, base(), c, container);
    });
  }

  it('keeps working after every hostile input in turn, on one element', async function () {
    // Hundreds of renders, some of 200 areas, on a machine the other test files share.
    this.timeout(60_000);
    const el = await runHostileCase(tag, base(), { name: 'start', outcome: { renders: true } }, container);
    for (const c of all) {
      try {
        Object.assign(el, c.props ?? {});
      } catch {
        // A setter that throws is reported by the case's own test; here only the recovery counts.
      }
      for (const [name, value] of Object.entries(c.attrs ?? {})) el.setAttribute(name, value);
      try {
        await el.updateComplete;
      } catch {
        // Reported by the case's own test; here only the recovery counts.
      }
    }
    await expectRecovers(el, base(), tag, all);
  });
});
