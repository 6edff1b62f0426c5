// Small valid instances of every model type. Each test takes a fresh copy and breaks one thing.
import { expect } from '@open-wc/testing';
import type { ParseResult, StegIssue } from '../../../src/sdk/index.js';

/** Any JSON-like value a test may poke at freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

/** A 1–5 scale with two stages and one missing code ("Vill inte svara"). */
export function fivePointScale(): Loose {
  return {
    id: 'five',
    min: 1,
    max: 5,
    direction: 'higherIsBetter',
    steps: [1, 2, 3, 4, 5].map((value) => ({
      value,
      code: `s${value}`,
      label: { sv: `Steg ${value}`, en: `Step ${value}` },
    })),
    stages: [
      { id: 'early', from: 1, to: 2, label: { sv: 'Början', en: 'Early' } },
      { id: 'late', from: 3, to: 5, label: { sv: 'Senare', en: 'Later' } },
    ],
    missingCodes: [{ code: 'declined', label: { sv: 'Vill inte svara', en: 'Prefer not to say' } }],
  };
}

/**
 * Two areas answered by the participant and the case manager: `housing` (one item, `single`)
 * and `health` (two items, `mean`; `health.2` is for the participant only and required).
 */
export function instrument(): Loose {
  return {
    id: 'test:instrument',
    version: '1.0.0',
    title: { sv: 'Testinstrument', en: 'Test instrument' },
    licence: { spdx: 'MIT', derivativesAllowed: true },
    scales: { five: fivePointScale() },
    areas: [
      {
        id: 'housing',
        label: { sv: 'Boende', en: 'Housing' },
        items: [{ linkId: 'housing.1', text: { sv: 'Hur bor jag?', en: 'How do I live?' }, scaleId: 'five' }],
        scoring: { method: 'single' },
      },
      {
        id: 'health',
        label: { sv: 'Hälsa', en: 'Health' },
        items: [
          { linkId: 'health.1', text: { sv: 'Hur mår jag?', en: 'How am I?' }, scaleId: 'five' },
          {
            linkId: 'health.2',
            text: { sv: 'Sover jag bra?', en: 'Do I sleep well?' },
            scaleId: 'five',
            roles: ['participant'],
            required: true,
          },
        ],
        scoring: { method: 'mean', minAnswered: 1 },
      },
    ],
    respondentRoles: ['participant', 'caseManager'],
  };
}

/** A completed participant assessment of `instrument()`. */
export function assessment(): Loose {
  return {
    id: 'a1',
    instrument: { id: 'test:instrument', version: '1.0.0' },
    subjectId: 'p0001',
    role: 'participant',
    occasion: 'baseline',
    authored: '2026-03-01T09:30:00Z',
    status: 'completed',
    answers: [
      { linkId: 'housing.1', value: 3 },
      { linkId: 'health.1', value: 4, comment: 'Bättre nu' },
      { linkId: 'health.2', value: null, missing: 'declined' },
    ],
  };
}

/** An active goal for `housing`. */
export function goal(): Loose {
  return {
    id: 'g1',
    subjectId: 'p0001',
    areaId: 'housing',
    setBy: 'participant',
    setAt: '2026-03-01',
    baselineValue: 2,
    targetValue: 4,
    targetDate: '2026-09-01',
    status: 'active',
  };
}

/** An achieved progression card for `health`. */
export function card(): Loose {
  return {
    id: 'c1',
    subjectId: 'p0001',
    areaId: 'health',
    text: 'Gå till gymmet en gång i veckan',
    createdBy: 'participant',
    createdAt: '2026-03-01',
    status: 'achieved',
    achievedAt: '2026-05-10',
  };
}

/** A health intervention aimed at `health`. */
export function intervention(): Loose {
  return {
    id: 'iv1',
    label: { sv: 'Samtalsstöd', en: 'Counselling' },
    category: 'health',
    provider: 'region',
    targetAreaIds: ['health'],
  };
}

/** A closed episode of `intervention()`. */
export function episode(): Loose {
  return { id: 'e1', subjectId: 'p0001', interventionId: 'iv1', start: '2026-03-01', end: '2026-06-30' };
}

/** Attributes of one participant. */
export function participant(): Loose {
  return { subjectId: 'p0001', gender: 'woman', unitId: 'enhet-norr' };
}

/** A cohort with one of everything. */
export function cohort(): Loose {
  return {
    assessments: [assessment()],
    goals: [goal()],
    cards: [card()],
    interventions: [intervention()],
    episodes: [episode()],
    participants: [participant()],
  };
}

/** The issues of a failed result; fails the test if the result is ok. */
export function issuesOf(result: ParseResult<unknown>): StegIssue[] {
  if (result.ok) expect.fail('expected the input to be rejected, but it was accepted');
  return (result as { ok: false; issues: StegIssue[] }).issues;
}

/**
 * Asserts that the only problem found is at `path` with the English message `en` (and the
 * Swedish `sv` when given): one broken thing gives one clear message, not a cascade.
 */
export function expectOnlyIssue(issues: StegIssue[], path: (string | number)[], en: string, sv?: string): void {
  expect(
    issues.map((i) => [i.path, i.message]),
    'issues',
  ).to.deep.equal([[path, en]]);
  expect(issues[0]!.messages.en).to.equal(en);
  if (sv !== undefined) expect(issues[0]!.messages.sv).to.equal(sv);
}
