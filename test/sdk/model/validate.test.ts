// Cross-reference checks: what a schema alone cannot know about an assessment, goal, card or intervention.
import { expect } from '@open-wc/testing';
import {
  parseAssessmentFor,
  parseInstrument,
  validateAssessment,
  validateEpisodes,
  validateGoal,
  validateIntervention,
  validateProgressionCard,
  type Instrument,
} from '../../../src/sdk/index.js';
import {
  assessment,
  card,
  episode,
  expectOnlyIssue,
  goal,
  instrument,
  intervention,
  issuesOf,
  type Loose,
} from './fixtures.js';

function parsedInstrument(): Instrument {
  const result = parseInstrument(instrument());
  if (!result.ok) throw new Error('fixture instrument is invalid');
  return result.value;
}

const cases: { name: string; breakIt: (a: Loose) => void; path: (string | number)[]; en: string; sv?: string }[] = [
  {
    name: 'an answer to an item the instrument does not have',
    breakIt: (a) => (a.answers[1].linkId = 'work.1'),
    path: ['answers', 1, 'linkId'],
    en: 'No item with this linkId in the instrument.',
    sv: 'Instrumentet har ingen fråga med detta linkId.',
  },
  {
    name: 'a value above the scale',
    breakIt: (a) => (a.answers[0].value = 7),
    path: ['answers', 0, 'value'],
    en: 'The value is not a step of the scale 1–5.',
    sv: 'Värdet är inget steg på skalan 1–5.',
  },
  {
    name: 'a value between two steps',
    breakIt: (a) => (a.answers[0].value = 2.5),
    path: ['answers', 0, 'value'],
    en: 'The value is not a step of the scale 1–5.',
  },
  {
    name: "an answer to the participant's item by the case manager",
    breakIt: (a) => {
      a.role = 'caseManager';
      a.answers[2] = { linkId: 'health.2', value: 3 };
    },
    path: ['answers', 2, 'linkId'],
    en: 'The item is not answered by the role "caseManager".',
    sv: 'Frågan besvaras inte av rollen "caseManager".',
  },
  {
    name: 'a missing code the scale does not offer',
    breakIt: (a) => (a.answers[2].missing = 'unknown'),
    path: ['answers', 2, 'missing'],
    en: 'The scale "five" does not offer this missing code.',
    sv: 'Skalan "five" har inte denna kod för saknat svar.',
  },
  {
    name: 'an assessment made with another version',
    breakIt: (a) => (a.instrument.version = '2.0.0'),
    path: ['instrument', 'version'],
    en: 'The assessment was made with another version than 1.0.0.',
    sv: 'Skattningen gjordes med en annan version än 1.0.0.',
  },
  {
    name: 'an assessment of another instrument',
    breakIt: (a) => (a.instrument.id = 'stegvis:livsomraden'),
    path: ['instrument', 'id'],
    en: 'The assessment is for another instrument than "test:instrument".',
  },
  {
    name: 'a role that does not answer the instrument',
    breakIt: (a) => {
      a.role = 'joint';
    },
    path: ['role'],
    en: 'The instrument is not answered by the role "joint".',
    sv: 'Instrumentet besvaras inte av rollen "joint".',
  },
  {
    name: 'a completed assessment with a required item unanswered',
    breakIt: (a) => a.answers.splice(2, 1),
    path: ['answers'],
    en: 'The required item "health.2" (area "health") has no answer.',
    sv: 'Den obligatoriska frågan "health.2" (området "health") saknar svar.',
  },
];

describe('validateAssessment', () => {
  it('finds nothing wrong with a consistent assessment', () => {
    expect(validateAssessment(parsedInstrument(), assessment())).to.deep.equal([]);
  });

  for (const c of cases) {
    it(`reports ${c.name}`, () => {
      const input = assessment();
      c.breakIt(input);
      expectOnlyIssue(validateAssessment(parsedInstrument(), input), c.path, c.en, c.sv);
    });
  }

  it('lets an assessment still in progress leave required items open', () => {
    const input = assessment();
    input.status = 'in-progress';
    input.answers.splice(2, 1);
    expect(validateAssessment(parsedInstrument(), input)).to.deep.equal([]);
  });

  it('reports every cross-reference problem in one pass', () => {
    const input = assessment();
    input.instrument.version = '0.9.0';
    input.answers = [
      { linkId: 'housing.1', value: 0 },
      { linkId: 'ghost', value: 3 },
      { linkId: 'health.2', value: null, missing: 'notApplicable' },
    ];
    const issues = validateAssessment(parsedInstrument(), input);
    expect(issues.map((i) => [i.path, i.code])).to.deep.equal([
      [['instrument', 'version'], 'version_mismatch'],
      [['answers', 0, 'value'], 'value_off_scale'],
      [['answers', 1, 'linkId'], 'unknown_link_id'],
      [['answers', 2, 'missing'], 'missing_code_not_offered'],
    ]);
  });

  it('parseAssessmentFor reports schema problems first, then the instrument checks', () => {
    const broken = assessment();
    broken.authored = 'igår';
    broken.answers[0].value = 9;
    expect(issuesOf(parseAssessmentFor(parsedInstrument(), broken)).map((i) => i.path)).to.deep.equal([['authored']]);
    broken.authored = '2026-03-02';
    expect(issuesOf(parseAssessmentFor(parsedInstrument(), broken)).map((i) => i.path)).to.deep.equal([
      ['answers', 0, 'value'],
    ]);
  });
});

describe('validateGoal, validateProgressionCard, validateIntervention, validateEpisodes', () => {
  it('accept goals, cards, interventions and episodes that fit the instrument', () => {
    const inst = parsedInstrument();
    expect(validateGoal(inst, goal())).to.deep.equal([]);
    expect(validateProgressionCard(inst, card())).to.deep.equal([]);
    expect(validateIntervention(inst, intervention())).to.deep.equal([]);
    expect(validateEpisodes([intervention()], [episode()])).to.deep.equal([]);
  });

  it('report a goal for an area the instrument does not have', () => {
    expectOnlyIssue(
      validateGoal(parsedInstrument(), { ...goal(), areaId: 'work' }),
      ['areaId'],
      'No area with this id in the instrument.',
      'Instrumentet har inget område med detta id.',
    );
  });

  it('report a target and a baseline off the scale, both', () => {
    const issues = validateGoal(parsedInstrument(), { ...goal(), baselineValue: 0, targetValue: 8 });
    expect(issues.map((i) => [i.path, i.message])).to.deep.equal([
      [['targetValue'], 'targetValue lies outside the scale 1–5.'],
      [['baselineValue'], 'baselineValue lies outside the scale 1–5.'],
    ]);
  });

  it('report a card linked to an unknown area', () => {
    expectOnlyIssue(
      validateProgressionCard(parsedInstrument(), { ...card(), areaId: 'finances' }),
      ['areaId'],
      'No area with this id in the instrument.',
    );
  });

  it('report each unknown target area of an intervention', () => {
    const issues = validateIntervention(parsedInstrument(), {
      ...intervention(),
      targetAreaIds: ['work', 'health', 'money'],
    });
    expect(issues.map((i) => [i.path, i.message])).to.deep.equal([
      [['targetAreaIds', 0], 'No area with this id in the instrument.'],
      [['targetAreaIds', 2], 'No area with this id in the instrument.'],
    ]);
  });

  it('report an episode of an unknown intervention', () => {
    expectOnlyIssue(
      validateEpisodes([intervention()], [episode(), { ...episode(), interventionId: 'iv9' }]),
      [1, 'interventionId'],
      'No intervention with this id in the catalogue.',
      'Det finns ingen insats med detta id i katalogen.',
    );
  });
});
