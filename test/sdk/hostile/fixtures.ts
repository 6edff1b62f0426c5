// Small, valid instances of every SDK input type: the starting points the hostile tests break.
import type {
  AreaGoal,
  Assessment,
  CohortData,
  Instrument,
  Intervention,
  InterventionEpisode,
  ParticipantAttributes,
  ProgressionCard,
} from '../../../src/sdk/index.js';

const fivePoint = {
  id: 'fem',
  min: 1,
  max: 5,
  direction: 'higherIsBetter',
  steps: [1, 2, 3, 4, 5].map((value) => ({
    value,
    code: `s${value}`,
    label: { sv: `Steg ${value}`, en: `Step ${value}` },
  })),
  stages: [
    { id: 'early', from: 1, to: 2, label: { sv: 'Början', en: 'Start' } },
    { id: 'late', from: 3, to: 5, label: { sv: 'Senare', en: 'Later' } },
  ],
  missingCodes: [{ code: 'declined', label: { sv: 'Vill inte svara', en: 'Prefer not to say' } }],
} as const;

/** A two-area instrument answered by the participant and the case manager. */
export function validInstrument(): Instrument {
  return structuredClone({
    id: 'hostile-test',
    version: '1.0.0',
    title: { sv: 'Testinstrument', en: 'Test instrument' },
    licence: { spdx: 'MIT', derivativesAllowed: true },
    scales: { fem: fivePoint },
    areas: [
      {
        id: 'boende',
        label: { sv: 'Boende', en: 'Housing' },
        items: [{ linkId: 'boende.1', text: { sv: 'Hur bor du?', en: 'How do you live?' }, scaleId: 'fem' }],
        scoring: { method: 'single' },
      },
      {
        id: 'halsa',
        label: { sv: 'Hälsa', en: 'Health' },
        items: [
          { linkId: 'halsa.1', text: { sv: 'Hur mår du?', en: 'How are you?' }, scaleId: 'fem' },
          { linkId: 'halsa.2', text: { sv: 'Sover du?', en: 'Do you sleep?' }, scaleId: 'fem', roles: ['participant'] },
        ],
        scoring: { method: 'mean', minAnswered: 1 },
      },
    ],
    respondentRoles: ['participant', 'caseManager'],
  }) as unknown as Instrument;
}

/** A completed participant assessment of `validInstrument()`. */
export function validAssessment(): Assessment {
  return {
    id: 'a1',
    instrument: { id: 'hostile-test', version: '1.0.0' },
    subjectId: 'p-001',
    role: 'participant',
    occasion: 'baseline',
    authored: '2026-03-01T09:30:00Z',
    status: 'completed',
    answers: [
      { linkId: 'boende.1', value: 3 },
      { linkId: 'halsa.1', value: 4, comment: 'Bättre nu' },
      { linkId: 'halsa.2', value: null, missing: 'declined' },
    ],
  };
}

/** An active goal for the housing area. */
export function validGoal(): AreaGoal {
  return {
    id: 'g1',
    subjectId: 'p-001',
    areaId: 'boende',
    setBy: 'participant',
    setAt: '2026-03-01',
    baselineValue: 3,
    targetValue: 4,
    targetDate: '2026-09-01',
    gas: { baselineLevel: -1, weight: 1, attained: 0 },
    status: 'active',
  };
}

/** An achieved progression card. */
export function validCard(): ProgressionCard {
  return {
    id: 'c1',
    subjectId: 'p-001',
    areaId: 'boende',
    text: 'Ringa hyresvärden själv',
    createdBy: 'participant',
    createdAt: '2026-03-01',
    status: 'achieved',
    achievedAt: '2026-04-01',
  };
}

/** A work-oriented intervention. */
export function validIntervention(): Intervention {
  return {
    id: 'i1',
    label: { sv: 'Arbetsträning', en: 'Work training' },
    category: 'jobFocused',
    provider: 'samordningsforbund',
    targetAreaIds: ['boende', 'halsa'],
  };
}

/** One participant's time in `validIntervention()`. */
export function validEpisode(): InterventionEpisode {
  return { id: 'e1', subjectId: 'p-001', interventionId: 'i1', start: '2026-03-01', end: '2026-06-01' };
}

/** Attributes of one participant. */
export function validParticipant(): ParticipantAttributes {
  return { subjectId: 'p-001', gender: 'woman', unitId: 'u1', programmeId: 'mia' };
}

/** A tiny cohort with every list present. */
export function validCohort(): CohortData {
  return {
    assessments: [validAssessment()],
    goals: [validGoal()],
    cards: [validCard()],
    interventions: [validIntervention()],
    episodes: [validEpisode()],
    participants: [validParticipant()],
  };
}
