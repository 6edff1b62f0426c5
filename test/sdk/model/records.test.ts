// Goals, progression cards, interventions, episodes, participant attributes and whole cohorts.
import { expect } from '@open-wc/testing';
import {
  parseCohortData,
  parseEpisode,
  parseGoal,
  parseIntervention,
  parseParticipantAttributes,
  parseProgressionCard,
  type ParseResult,
} from '../../../src/sdk/index.js';
import {
  card,
  cohort,
  episode,
  expectOnlyIssue,
  goal,
  intervention,
  issuesOf,
  participant,
  type Loose,
} from './fixtures.js';

interface Case {
  name: string;
  breakIt: (x: Loose) => void;
  path: (string | number)[];
  en: string;
  sv?: string;
}

function describeSchema(
  title: string,
  valid: () => Loose,
  parse: (input: unknown) => ParseResult<unknown>,
  cases: Case[],
): void {
  describe(title, () => {
    it('accepts a valid value and keeps every field', () => {
      const result = parse(valid());
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.value).to.deep.equal(valid());
    });
    for (const c of cases) {
      it(`rejects ${c.name}`, () => {
        const input = valid();
        c.breakIt(input);
        expectOnlyIssue(issuesOf(parse(input)), c.path, c.en, c.sv);
      });
    }
  });
}

describeSchema('AreaGoal schema', goal, parseGoal, [
  {
    name: 'a target date before the goal was set',
    breakIt: (g) => (g.targetDate = '2026-01-01'),
    path: ['targetDate'],
    en: 'The target date is before the date the goal was set.',
    sv: 'Måldatumet ligger före datumet då målet sattes.',
  },
  {
    name: 'no target value',
    breakIt: (g) => delete g.targetValue,
    path: ['targetValue'],
    en: 'This field is required.',
    sv: 'Fältet måste finnas.',
  },
  {
    name: 'a GAS level of 3',
    breakIt: (g) => (g.gas = { attained: 3 }),
    path: ['gas', 'attained'],
    en: 'Must be one of -2, -1, 0, 1, 2.',
    sv: 'Måste vara ett av -2, -1, 0, 1, 2.',
  },
  {
    name: 'a GAS baseline at the expected level',
    breakIt: (g) => (g.gas = { baselineLevel: 0 }),
    path: ['gas', 'baselineLevel'],
    en: 'Must be one of -2, -1.',
  },
  {
    name: 'a GAS weight of 0',
    breakIt: (g) => (g.gas = { weight: 0 }),
    path: ['gas', 'weight'],
    en: 'Must be greater than 0.',
    sv: 'Måste vara större än 0.',
  },
  {
    name: 'a goal set by an unknown role',
    breakIt: (g) => (g.setBy = 'boss'),
    path: ['setBy'],
    en: 'Must be one of "participant", "caseManager", "joint".',
  },
  {
    name: 'an unknown status',
    breakIt: (g) => (g.status = 'reached'),
    path: ['status'],
    en: 'Must be one of "active", "achieved", "dropped".',
  },
]);

describeSchema('ProgressionCard schema', card, parseProgressionCard, [
  {
    name: 'an achieved card without the date it was achieved',
    breakIt: (c) => delete c.achievedAt,
    path: ['achievedAt'],
    en: 'An achieved card needs the date it was achieved.',
    sv: 'Ett uppnått kort behöver datumet då det uppnåddes.',
  },
  {
    name: 'an open card with an achieved date',
    breakIt: (c) => (c.status = 'open'),
    path: ['achievedAt'],
    en: 'Only an achieved card has achievedAt (status is "open").',
    sv: 'Bara ett uppnått kort har achievedAt (status är "open").',
  },
  {
    name: 'a card dropped before it was created',
    breakIt: (c) => {
      c.status = 'dropped';
      delete c.achievedAt;
      c.droppedAt = '2026-02-01';
    },
    path: ['droppedAt'],
    en: 'droppedAt is before the card was created.',
    sv: 'droppedAt ligger före datumet då kortet skapades.',
  },
  {
    name: 'an empty step',
    breakIt: (c) => (c.text = ''),
    path: ['text'],
    en: 'The step must not be empty.',
    sv: 'Steget får inte vara tomt.',
  },
  {
    name: 'a step longer than 2,000 characters',
    breakIt: (c) => (c.text = 'a'.repeat(2001)),
    path: ['text'],
    en: 'The step may be at most 2,000 characters.',
    sv: 'Steget får vara högst 2 000 tecken.',
  },
  {
    name: 'an unknown status',
    breakIt: (c) => (c.status = 'done'),
    path: ['status'],
    en: 'Must be one of "open", "achieved", "dropped".',
  },
]);

describeSchema('Intervention schema', intervention, parseIntervention, [
  {
    name: 'an unknown category',
    breakIt: (i) => (i.category = 'medical'),
    path: ['category'],
    en: 'Must be one of "jobFocused", "competence", "health", "social", "coordination".',
    sv: 'Måste vara ett av "jobFocused", "competence", "health", "social", "coordination".',
  },
  {
    name: 'an unknown provider',
    breakIt: (i) => (i.provider = 'af'),
    path: ['provider'],
    en: 'Must be one of "arbetsformedlingen", "forsakringskassan", "kommun", "region", "samordningsforbund", "other".',
  },
  {
    name: 'target areas given as text',
    breakIt: (i) => (i.targetAreaIds = 'health'),
    path: ['targetAreaIds'],
    en: 'Expected a list, got text.',
  },
  {
    name: 'a label without Swedish',
    breakIt: (i) => (i.label = { en: 'Counselling' }),
    path: ['label', 'sv'],
    en: 'This field is required.',
  },
]);

describeSchema('InterventionEpisode schema', episode, parseEpisode, [
  {
    name: 'an episode that ends before it starts',
    breakIt: (e) => (e.end = '2026-02-01'),
    path: ['end'],
    en: 'The episode ends before it starts.',
    sv: 'Perioden slutar innan den börjar.',
  },
  { name: 'an episode with no start', breakIt: (e) => delete e.start, path: ['start'], en: 'This field is required.' },
]);

describeSchema('ParticipantAttributes schema', () => [participant()], parseParticipantAttributes, [
  {
    name: 'an unknown gender',
    breakIt: (p) => (p[0].gender = 'female'),
    path: [0, 'gender'],
    en: 'Must be one of "woman", "man", "other", "unknown".',
  },
  {
    name: 'a personal identity number as subject id',
    breakIt: (p) => (p[0].subjectId = '19900101 1234'),
    path: [0, 'subjectId'],
    en: 'May only contain letters, digits and . _ : / - and must start with a letter or digit.',
  },
]);

describeSchema('CohortData schema', cohort, parseCohortData, [
  {
    name: 'a cohort without assessments',
    breakIt: (c) => delete c.assessments,
    path: ['assessments'],
    en: 'This field is required.',
    sv: 'Fältet måste finnas.',
  },
  {
    name: 'a goal deep inside with a text target',
    breakIt: (c) => (c.goals[0].targetValue = 'fyra'),
    path: ['goals', 0, 'targetValue'],
    en: 'Expected a number, got text.',
  },
  {
    name: 'an unknown list',
    breakIt: (c) => (c.notes = []),
    path: [],
    en: 'Unknown field(s): "notes".',
    sv: 'Okända fält: "notes".',
  },
]);

describe('CohortData schema, all problems at once', () => {
  it('reports a problem in each list with the path into that list', () => {
    const input = cohort();
    input.assessments[0].answers[0].value = null;
    input.assessments[0].answers[0].missing = 'why';
    input.cards[0].status = 'open';
    input.episodes[0].end = '2025-01-01';
    input.participants[0].gender = 'f';
    const issues = issuesOf(parseCohortData(input));
    expect(issues.map((i) => i.path)).to.deep.equal([
      ['assessments', 0, 'answers', 0, 'missing'],
      ['cards', 0, 'achievedAt'],
      ['episodes', 0, 'end'],
      ['participants', 0, 'gender'],
    ]);
  });
});
