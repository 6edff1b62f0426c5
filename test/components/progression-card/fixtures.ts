import type {
  Assessment,
  AreaGoal,
  Intervention,
  InterventionEpisode,
  Occasion,
  ProgressionCard,
  RespondentRole,
} from '../../../src/sdk/index.js';
import { generateSampleCohort, livsomraden } from '../../../src/sdk/index.js';

/** Areas of livsomraden, in order. */
export const areaIds = [
  'work',
  'finances',
  'housing',
  'physicalHealth',
  'mentalWellbeing',
  'everydayLife',
  'relationships',
  'education',
] as const;

/** A completed livsomraden assessment with the given values (participant items, or `.cm` ones for the case manager). */
export function rating(
  subjectId: string,
  role: RespondentRole,
  occasion: Occasion,
  authored: string,
  values: Partial<Record<(typeof areaIds)[number], number>>,
): Assessment {
  return {
    id: `${subjectId}-${role}-${occasion}-${authored}`,
    instrument: { id: livsomraden.id, version: livsomraden.version },
    subjectId,
    role,
    occasion,
    authored,
    status: 'completed',
    answers: areaIds.map((area) => {
      const value = values[area];
      return {
        linkId: role === 'caseManager' ? `${area}.cm` : area,
        value: value ?? null,
        ...(value === undefined ? { missing: 'unknown' as const } : {}),
      };
    }),
  };
}

/**
 * One participant, hand-made so every expected figure is known: work 3 → 7 (+4, a reliable
 * improvement with r = .70 and SD 2), finances 5 → 4 (−1), housing 6 → 6 (±0), physical health
 * 4 → 5 (+1); the case manager rates work 5 at exit (the participant 2 steps higher).
 */
export function handMadeParticipant(): {
  assessments: Assessment[];
  goals: AreaGoal[];
  cards: ProgressionCard[];
  interventions: Intervention[];
  episodes: InterventionEpisode[];
} {
  const all = { mentalWellbeing: 5, everydayLife: 5, relationships: 6, education: 4 };
  return {
    assessments: [
      rating('p-test', 'participant', 'baseline', '2026-01-10T09:00:00Z', {
        work: 3,
        finances: 5,
        housing: 6,
        physicalHealth: 4,
        ...all,
      }),
      rating('p-test', 'participant', 'followUp', '2026-04-10T09:00:00Z', {
        work: 5,
        finances: 5,
        housing: 6,
        physicalHealth: 5,
        ...all,
      }),
      rating('p-test', 'participant', 'exit', '2026-07-10T09:00:00Z', {
        work: 7,
        finances: 4,
        housing: 6,
        physicalHealth: 5,
        ...all,
      }),
      rating('p-test', 'caseManager', 'baseline', '2026-01-10T10:00:00Z', {
        work: 2,
        finances: 5,
        housing: 6,
        physicalHealth: 4,
        ...all,
      }),
      rating('p-test', 'caseManager', 'exit', '2026-07-10T10:00:00Z', {
        work: 5,
        finances: 4,
        housing: 7,
        physicalHealth: 5,
        ...all,
      }),
    ],
    goals: [
      {
        id: 'g-work',
        subjectId: 'p-test',
        areaId: 'work',
        setBy: 'participant',
        setAt: '2026-01-10T09:00:00Z',
        baselineValue: 3,
        targetValue: 8,
      },
      {
        id: 'g-fin',
        subjectId: 'p-test',
        areaId: 'finances',
        setBy: 'participant',
        setAt: '2026-01-10T09:00:00Z',
        baselineValue: 5,
        targetValue: 4,
      },
    ],
    cards: [
      {
        id: 'c1',
        subjectId: 'p-test',
        areaId: 'work',
        text: 'Ringa två arbetsgivare',
        createdBy: 'participant',
        createdAt: '2026-01-10T09:00:00Z',
        status: 'achieved',
        achievedAt: '2026-03-01T09:00:00Z',
      },
      {
        id: 'c2',
        subjectId: 'p-test',
        areaId: 'finances',
        text: 'Göra en budget med <b>min</b> handläggare',
        createdBy: 'participant',
        createdAt: '2026-02-10T09:00:00Z',
        status: 'open',
      },
    ],
    interventions: [
      {
        id: 'i-job',
        label: { sv: 'Stöd till jobb', en: 'Job support' },
        category: 'jobFocused',
        provider: 'arbetsformedlingen',
        targetAreaIds: ['work'],
      },
      {
        id: 'i-health',
        label: { sv: 'Hälsosamtal', en: 'Health talks' },
        category: 'health',
        provider: 'region',
        targetAreaIds: ['physicalHealth', 'mentalWellbeing'],
      },
      {
        id: 'i-later',
        label: { sv: 'Efteråt', en: 'Afterwards' },
        category: 'social',
        provider: 'kommun',
        targetAreaIds: [],
      },
    ],
    episodes: [
      { subjectId: 'p-test', interventionId: 'i-job', start: '2026-02-01' },
      { subjectId: 'p-test', interventionId: 'i-health', start: '2026-01-15', end: '2026-05-01' },
      { subjectId: 'p-test', interventionId: 'i-later', start: '2027-01-15' },
    ],
  };
}

/** A small sample cohort, shared by the tests (deterministic). */
export const cohort = generateSampleCohort({ seed: 7, participants: 40 });

/** One sample participant's data. */
export function participantData(subjectId: string) {
  return {
    assessments: cohort.assessments.filter((a) => a.subjectId === subjectId),
    goals: cohort.goals.filter((g) => g.subjectId === subjectId),
    cards: cohort.cards.filter((c) => c.subjectId === subjectId),
    interventions: cohort.interventions,
    episodes: cohort.episodes.filter((e) => e.subjectId === subjectId),
  };
}
