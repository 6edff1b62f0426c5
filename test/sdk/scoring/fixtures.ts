// A small instrument that exercises every scoring rule, and helpers to write assessments by hand.
import type {
  Answer,
  Assessment,
  CohortAccumulator,
  CohortData,
  CohortReport,
  CohortReportOptions,
  Instrument,
  RespondentRole,
} from '../../../src/sdk/index.js';
import { cohortAccumulator as uncheckedAccumulator, reportOnce } from '../../../src/sdk/scoring/cohort-accumulator.js';

const steps = (min: number, max: number) =>
  Array.from({ length: max - min + 1 }, (_, i) => ({
    value: min + i,
    code: `v${min + i}`,
    label: { sv: `Steg ${min + i}`, en: `Step ${min + i}` },
  }));

/**
 * Areas:
 * - `housing`: single item on 1–5, stages 1–2 "early", 3–5 "late", reliability 0.8 and referenceSd 1;
 * - `health`: mean of three 1–5 items, `health.3` reverse-scored, minAnswered 2;
 * - `work`: sum of two 1–5 items (needs both by default);
 * - `worry`: single item on 0–4 where lower is better (ASI style), with missing codes.
 * The case manager answers every item but `health.3`.
 */
export function testInstrument(): Instrument {
  return {
    id: 'scoring-test',
    version: '1.0.0',
    title: { sv: 'Test', en: 'Test' },
    licence: { derivativesAllowed: true },
    scales: {
      five: {
        id: 'five',
        min: 1,
        max: 5,
        direction: 'higherIsBetter',
        steps: steps(1, 5),
        stages: [
          { id: 'early', from: 1, to: 2, label: { sv: 'Tidigt', en: 'Early' } },
          { id: 'late', from: 3, to: 5, label: { sv: 'Senare', en: 'Later' } },
        ],
        missingCodes: [{ code: 'declined', label: { sv: 'Vill inte svara', en: 'Prefer not to say' } }],
      },
      worry: {
        id: 'worry',
        min: 0,
        max: 4,
        direction: 'lowerIsBetter',
        steps: steps(0, 4),
        missingCodes: [
          { code: 'notApplicable', label: { sv: 'Gäller inte mig', en: 'Does not apply' } },
          { code: 'declined', label: { sv: 'Vill inte svara', en: 'Prefer not to say' } },
        ],
      },
    },
    areas: [
      {
        id: 'housing',
        label: { sv: 'Boende', en: 'Housing' },
        items: [{ linkId: 'housing.1', text: { sv: 'Boende', en: 'Housing' }, scaleId: 'five' }],
        scoring: { method: 'single', reliability: { value: 0.8, kind: 'assumed' }, referenceSd: 1 },
      },
      {
        id: 'health',
        label: { sv: 'Hälsa', en: 'Health' },
        items: [
          { linkId: 'health.1', text: { sv: 'Mår', en: 'Feel' }, scaleId: 'five' },
          { linkId: 'health.2', text: { sv: 'Sover', en: 'Sleep' }, scaleId: 'five' },
          {
            linkId: 'health.3',
            text: { sv: 'Har ont', en: 'In pain' },
            scaleId: 'five',
            reverseScored: true,
            roles: ['participant'],
          },
        ],
        scoring: { method: 'mean', minAnswered: 2 },
      },
      {
        id: 'work',
        label: { sv: 'Arbete', en: 'Work' },
        items: [
          { linkId: 'work.1', text: { sv: 'Söker', en: 'Search' }, scaleId: 'five' },
          { linkId: 'work.2', text: { sv: 'Tror', en: 'Believe' }, scaleId: 'five' },
        ],
        scoring: { method: 'sum' },
      },
      {
        id: 'worry',
        label: { sv: 'Oro', en: 'Worry' },
        items: [{ linkId: 'worry.1', text: { sv: 'Oro', en: 'Worry' }, scaleId: 'worry' }],
        scoring: { method: 'single' },
      },
    ],
    respondentRoles: ['participant', 'caseManager'],
  } as Instrument;
}

/** A single-area instrument on 1–5 (for cohort tests where the arithmetic is done by hand). */
export function oneAreaInstrument(): Instrument {
  return {
    id: 'one-area',
    version: '1.0.0',
    title: { sv: 'Ett område', en: 'One area' },
    licence: { derivativesAllowed: true },
    scales: { five: { id: 'five', min: 1, max: 5, direction: 'higherIsBetter', steps: steps(1, 5) } },
    areas: [
      {
        id: 'a',
        label: { sv: 'A', en: 'A' },
        items: [{ linkId: 'a.1', text: { sv: 'A', en: 'A' }, scaleId: 'five' }],
        scoring: { method: 'single', reliability: { value: 0.5, kind: 'assumed' }, referenceSd: 1 },
      },
    ],
    respondentRoles: ['participant', 'caseManager'],
  } as Instrument;
}

let counter = 0;

/** Writes an assessment from `{ linkId: value | missing code | null }`. */
export function assessment(
  values: Record<string, number | null | 'declined' | 'notApplicable' | 'unknown'>,
  extra: Partial<Omit<Assessment, 'answers'>> = {},
): Assessment {
  counter += 1;
  const answers: Answer[] = Object.entries(values).map(([linkId, v]) =>
    typeof v === 'string' ? { linkId, value: null, missing: v } : { linkId, value: v },
  );
  return {
    id: extra.id ?? `a${counter}`,
    instrument: extra.instrument ?? { id: 'scoring-test', version: '1.0.0' },
    subjectId: extra.subjectId ?? 'p1',
    role: extra.role ?? ('participant' as RespondentRole),
    occasion: extra.occasion ?? 'baseline',
    authored: extra.authored ?? '2026-01-01T09:00:00Z',
    status: extra.status ?? 'completed',
    answers,
    ...(extra.replaces ? { replaces: extra.replaces } : {}),
  };
}

/**
 * A report with every figure shown (minCell 1, which `cohortReport` refuses), for tests of the
 * statistics themselves. It goes past the option check on purpose; nothing public can.
 */
export function unsuppressedReport(
  instrument: Instrument,
  data: Partial<CohortData>,
  options: CohortReportOptions = {},
): CohortReport {
  return reportOnce(instrument, data, { ...options, minCell: 1 });
}

/** An accumulator with every figure shown (see `unsuppressedReport`). */
export function unsuppressedAccumulator(instrument: Instrument): CohortAccumulator {
  return uncheckedAccumulator(instrument, { minCell: 1 });
}
