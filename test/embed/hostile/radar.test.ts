import { expect } from '@open-wc/testing';
import '../../../src/components/radar/define.js';
import { validAssessment, validGoal, validInstrument } from '../../sdk/hostile/fixtures.js';
import { awkwardStrings, injectionStrings } from '../../sdk/hostile/hostile-values.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import {
  assessmentsCases,
  attributeCases,
  goalsCases,
  instrumentCases,
  wrongEntryCases,
  wrongKindCases,
} from './cases.js';
import { expectRecovers, runHostileCase, type HostileCase } from './harness.js';

const tag = 'steg-radar';
const base = () => ({ instrument: validInstrument(), assessments: [validAssessment()], goals: [validGoal()] });

/** Explicit series: values keyed by area id, labels free text. */
function seriesCases(): HostileCase[] {
  const series = (
    values: Record<string, unknown>,
    label: unknown = 'Egen serie',
    extra: Record<string, unknown> = {},
  ) => [{ label, values, ...extra }];
  const rejects = { rejects: 'series' } as const;
  const cases: HostileCase[] = [
    ...wrongKindCases('series'),
    ...wrongEntryCases('series'),
    { name: 'series: a value NaN', props: { series: series({ boende: Number.NaN }) }, outcome: rejects },
    {
      name: 'series: a value Infinity',
      props: { series: series({ boende: Number.POSITIVE_INFINITY }) },
      outcome: rejects,
    },
    { name: 'series: a value off the scale', props: { series: series({ boende: 99 }) }, outcome: rejects },
    { name: 'series: a value "3"', props: { series: series({ boende: '3' }) }, outcome: rejects },
    { name: 'series: an unknown area', props: { series: series({ nowhere: 3 }) }, outcome: rejects },
    { name: 'series: an empty label', props: { series: series({ boende: 3 }, '') }, outcome: rejects },
    { name: 'series: kind "evil"', props: { series: series({ boende: 3 }, 'x', { kind: 'evil' }) }, outcome: rejects },
    {
      name: 'series: duplicate ids',
      props: { series: [...series({ boende: 3 }, 'a', { id: 's1' }), ...series({ boende: 4 }, 'b', { id: 's1' })] },
      outcome: rejects,
    },
    {
      name: 'series: 500 series',
      props: {
        series: Array.from({ length: 500 }, (_, i) => ({
          id: `s${i}`,
          label: `S ${i}`,
          values: { boende: 1 + (i % 5) },
        })),
      },
      outcome: { safe: true },
    },
  ];
  for (const text of [...injectionStrings.slice(0, 8), ...awkwardStrings.slice(0, 3)]) {
    cases.push({
      name: `series label ${JSON.stringify(text.slice(0, 30))}`,
      props: { series: series({ boende: 3, halsa: 4 }, text) },
      outcome: { renders: true, shows: text },
    });
  }
  return cases;
}

function cases(): HostileCase[] {
  return [
    ...instrumentCases(),
    ...assessmentsCases(),
    ...goalsCases(),
    ...seriesCases(),
    {
      name: 'respondent-role="<script>"',
      attrs: { 'respondent-role': '<script>alert(1)</script>' },
      outcome: { rejects: 'respondentRole' },
    },
    { name: 'label with markup', attrs: { label: injectionStrings[1]! }, outcome: { renders: true } },
    { name: 'grid="javascript:alert(1)"', attrs: { grid: 'javascript:alert(1)' }, outcome: { safe: true } },
    { name: 'subject-id with markup', attrs: { 'subject-id': injectionStrings[0]! }, outcome: { safe: true } },
    { name: 'hiddenSeries = a string', props: { hiddenSeries: 'all' }, outcome: { safe: true } },
    { name: 'hiddenSeries = undefined', props: { hiddenSeries: undefined }, outcome: { safe: true } },
    { name: 'hiddenSeries = null', props: { hiddenSeries: null }, outcome: { safe: true } },
    {
      name: 'hiddenSeries = 10,000 ids',
      props: { hiddenSeries: Array.from({ length: 10_000 }, (_, i) => `s${i}`) },
      outcome: { safe: true },
    },
    ...attributeCases(),
  ];
}

describe('<steg-radar> under hostile input', () => {
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
