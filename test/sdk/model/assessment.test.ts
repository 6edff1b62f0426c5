import { expect } from '@open-wc/testing';
import { parseAssessment, parseAssessments } from '../../../src/sdk/index.js';
import { assessment, expectOnlyIssue, issuesOf, type Loose } from './fixtures.js';

const cases: { name: string; breakIt: (a: Loose) => void; path: (string | number)[]; en: string; sv?: string }[] = [
  {
    name: 'a date that does not exist',
    breakIt: (a) => (a.authored = '2026-13-01'),
    path: ['authored'],
    en: 'Must be a date or date-time in ISO 8601 format, for example 2026-03-01 or 2026-03-01T09:30:00Z.',
    sv: 'Måste vara ett datum eller en tidpunkt i ISO 8601-format, till exempel 2026-03-01 eller 2026-03-01T09:30:00Z.',
  },
  {
    name: 'a date written out in Swedish',
    breakIt: (a) => (a.authored = '1 mars 2026'),
    path: ['authored'],
    en: 'Must be a date or date-time in ISO 8601 format, for example 2026-03-01 or 2026-03-01T09:30:00Z.',
  },
  {
    name: 'an unknown role',
    breakIt: (a) => (a.role = 'patient'),
    path: ['role'],
    en: 'Must be one of "participant", "caseManager", "joint".',
    sv: 'Måste vara ett av "participant", "caseManager", "joint".',
  },
  {
    name: 'an unknown occasion',
    breakIt: (a) => (a.occasion = 'midway'),
    path: ['occasion'],
    en: 'Must be one of "baseline", "followUp", "exit", "postExit".',
  },
  {
    name: 'an unknown status',
    breakIt: (a) => (a.status = 'done'),
    path: ['status'],
    en: 'Must be one of "in-progress", "completed", "amended", "entered-in-error", "stopped".',
  },
  {
    name: 'an empty subject id',
    breakIt: (a) => (a.subjectId = ''),
    path: ['subjectId'],
    en: 'Must not be empty.',
    sv: 'Får inte vara tomt.',
  },
  {
    name: 'a subject id with a space',
    breakIt: (a) => (a.subjectId = 'Anna Andersson'),
    path: ['subjectId'],
    en: 'May only contain letters, digits and . _ : / - and must start with a letter or digit.',
  },
  {
    name: 'no instrument version',
    breakIt: (a) => delete a.instrument.version,
    path: ['instrument', 'version'],
    en: 'This field is required.',
    sv: 'Fältet måste finnas.',
  },
  {
    name: 'answers that are not a list',
    breakIt: (a) => (a.answers = 'housing.1=3'),
    path: ['answers'],
    en: 'Expected a list, got text.',
    sv: 'Väntade en lista, fick text.',
  },
  {
    name: 'two answers to the same item',
    breakIt: (a) => (a.answers[1].linkId = 'housing.1'),
    path: ['answers', 1, 'linkId'],
    en: 'Duplicate linkId (the same as at index 0).',
    sv: 'linkId finns redan (samma som vid index 0).',
  },
  {
    name: 'an answer with both a value and a missing code',
    breakIt: (a) => (a.answers[0].missing = 'unknown'),
    path: ['answers', 0, 'missing'],
    en: 'An answer cannot have both a value and a missing code.',
    sv: 'Ett svar kan inte ha både ett värde och en kod för saknat svar.',
  },
  {
    name: 'a value that is NaN',
    breakIt: (a) => (a.answers[0].value = Number.NaN),
    path: ['answers', 0, 'value'],
    en: 'Expected a number, got NaN.',
    sv: 'Väntade ett tal, fick NaN.',
  },
  {
    name: 'an infinite value',
    breakIt: (a) => (a.answers[0].value = Infinity),
    path: ['answers', 0, 'value'],
    en: 'Expected a number, got an infinite number.',
  },
  {
    name: 'a value given as text',
    breakIt: (a) => (a.answers[0].value = '3'),
    path: ['answers', 0, 'value'],
    en: 'Expected a number, got text.',
    sv: 'Väntade ett tal, fick text.',
  },
  {
    name: 'an answer with no value field',
    breakIt: (a) => delete a.answers[0].value,
    path: ['answers', 0, 'value'],
    en: 'This field is required.',
  },
  {
    name: 'an unknown missing code',
    breakIt: (a) => (a.answers[2].missing = 'skipped'),
    path: ['answers', 2, 'missing'],
    en: 'Must be one of "declined", "notApplicable", "unknown".',
  },
  {
    name: 'a comment longer than 10,000 characters',
    breakIt: (a) => (a.answers[1].comment = 'x'.repeat(10001)),
    path: ['answers', 1, 'comment'],
    en: 'Must be at most 10,000 characters.',
    sv: 'Får vara högst 10 000 tecken.',
  },
  {
    name: 'an unknown field on an answer',
    breakIt: (a) => (a.answers[0].score = 3),
    path: ['answers', 0],
    en: 'Unknown field(s): "score".',
    sv: 'Okända fält: "score".',
  },
];

describe('Assessment and Answer schemas', () => {
  it('accepts a valid assessment, with a comment and a missing code', () => {
    const result = parseAssessment(assessment());
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value).to.deep.equal(assessment());
  });

  it('accepts an answer with no value and no reason, and an amendment that names what it replaces', () => {
    const input = assessment();
    input.answers[0] = { linkId: 'housing.1', value: null };
    input.status = 'amended';
    input.replaces = 'a0';
    input.authored = '2026-03-01T09:30:00+01:00';
    expect(parseAssessment(input).ok).to.equal(true);
  });

  for (const c of cases) {
    it(`rejects ${c.name}`, () => {
      const input = assessment();
      c.breakIt(input);
      expectOnlyIssue(issuesOf(parseAssessment(input)), c.path, c.en, c.sv);
    });
  }

  it('reports every broken answer of every assessment in a list, each at its own path', () => {
    const second = assessment();
    second.answers[1].value = 'fyra';
    second.answers[2].missing = 'skipped';
    const first = assessment();
    first.role = 'boss';
    const issues = issuesOf(parseAssessments([first, second]));
    expect(issues.map((i) => [i.path, i.message])).to.deep.equal([
      [[0, 'role'], 'Must be one of "participant", "caseManager", "joint".'],
      [[1, 'answers', 1, 'value'], 'Expected a number, got text.'],
      [[1, 'answers', 2, 'missing'], 'Must be one of "declined", "notApplicable", "unknown".'],
    ]);
  });

  it('says what is required when given nothing at all', () => {
    const issues = issuesOf(parseAssessment({}));
    expect(issues.map((i) => i.path.join('.'))).to.deep.equal([
      'id',
      'instrument',
      'subjectId',
      'role',
      'occasion',
      'authored',
      'status',
      'answers',
    ]);
    expect(issues.map((i) => i.code)).to.deep.equal(issues.map(() => 'required'));
    expect(issues[1]!.message).to.equal('This field is required.');
    expect(issues[3]!.message).to.equal(
      'This field is required; it must be one of "participant", "caseManager", "joint".',
    );
    expect(issues[3]!.messages.sv).to.equal(
      'Fältet måste finnas och vara ett av "participant", "caseManager", "joint".',
    );
  });
});
