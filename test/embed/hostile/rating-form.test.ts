import { expect } from '@open-wc/testing';
import '../../../src/components/rating-form/define.js';
import { validAssessment, validInstrument } from '../../sdk/hostile/fixtures.js';
import { wrongKindNames, wrongKinds } from '../../sdk/hostile/hostile-values.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { assessmentsCases, attributeCases, instrumentCases } from './cases.js';
import { expectRecovers, runHostileCase, type HostileCase } from './harness.js';

const tag = 'steg-rating-form';
const base = () => ({ instrument: validInstrument(), subjectId: 'p-001', occasion: 'baseline', layout: 'all' });

function cases(): HostileCase[] {
  // `previous` and `value` are the participant's own earlier work: a bad one is reported but
  // must never stop the form (see the element's docs), so those expect `reports`.
  const previous = assessmentsCases('previous')
    .filter((c) => c.props && !Array.isArray(c.props.previous))
    .map((c) => ({ ...c, outcome: 'rejects' in c.outcome ? { reports: 'previous' } : c.outcome }));
  const drafts: HostileCase[] = wrongKinds()
    .map((value, i) => ({ name: `value = ${wrongKindNames[i]}`, props: { value }, outcome: { safe: true } as const }))
    .filter((c) => c.props.value !== undefined && c.props.value !== null);
  drafts.push(
    {
      name: 'value with an answer NaN',
      props: { value: { answers: [{ linkId: 'boende.1', value: Number.NaN }] } },
      outcome: { safe: true },
    },
    {
      name: 'value with 10,000 answers',
      props: { value: { answers: Array.from({ length: 10_000 }, (_, i) => ({ linkId: `x${i}`, value: 1 })) } },
      outcome: { safe: true },
    },
    {
      name: 'value answering with markup',
      props: {
        value: { answers: [{ linkId: 'halsa.1', value: 3, comment: '<img src=x onerror=window.__stegvisPwned=1>' }] },
      },
      outcome: { safe: true },
    },
  );
  return [
    ...instrumentCases(),
    ...previous,
    {
      name: 'previous: a valid earlier assessment',
      props: { previous: validAssessment() },
      outcome: { renders: true },
    },
    ...drafts,
    {
      name: 'respondent-role="<script>"',
      attrs: { 'respondent-role': '<script>alert(1)</script>' },
      outcome: { rejects: 'respondentRole' },
    },
    {
      name: 'respondent-role the instrument lacks',
      attrs: { 'respondent-role': 'joint' },
      outcome: { rejects: 'respondentRole' },
    },
    { name: 'occasion="<b>"', attrs: { occasion: '<b>' }, outcome: { safe: true } },
    { name: 'heading-level="NaN"', attrs: { 'heading-level': 'NaN' }, outcome: { safe: true } },
    { name: 'heading-level="99"', attrs: { 'heading-level': '99' }, outcome: { safe: true } },
    { name: 'layout="<img>"', attrs: { layout: '<img src=x onerror=alert(1)>' }, outcome: { safe: true } },
    ...attributeCases(),
  ];
}

describe('<steg-rating-form> under hostile input', () => {
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
      await el.updateComplete;
    }
    await expectRecovers(el, base(), tag, all);
    expect(el.shadowRoot!.querySelectorAll('input[type=radio]').length).to.be.greaterThan(0);
  });
});
