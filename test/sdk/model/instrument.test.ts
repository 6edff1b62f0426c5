import { expect } from '@open-wc/testing';
import { parseInstrument, formatIssue } from '../../../src/sdk/index.js';
import { expectOnlyIssue, instrument, issuesOf, type Loose } from './fixtures.js';

interface InvalidCase {
  /** What is wrong, as a person would say it. */
  name: string;
  breakIt: (input: Loose) => void;
  path: (string | number)[];
  en: string;
  sv?: string;
}

const instrumentCases: InvalidCase[] = [
  {
    name: 'a version that is not semantic',
    breakIt: (i) => (i.version = '1.0'),
    path: ['version'],
    en: 'Must be a semantic version such as 1.0.0.',
    sv: 'Måste vara en semantisk version, till exempel 1.0.0.',
  },
  {
    name: 'an id with a space',
    breakIt: (i) => (i.id = 'mitt instrument'),
    path: ['id'],
    en: 'May only contain letters, digits and . _ : / - and must start with a letter or digit.',
    sv: 'Får bara innehålla bokstäver, siffror och . _ : / - och måste börja med en bokstav eller siffra.',
  },
  {
    name: 'an empty id',
    breakIt: (i) => (i.id = ''),
    path: ['id'],
    en: 'Must not be empty.',
    sv: 'Får inte vara tomt.',
  },
  {
    name: 'no title',
    breakIt: (i) => delete i.title,
    path: ['title'],
    en: 'This field is required.',
    sv: 'Fältet måste finnas.',
  },
  {
    name: 'an empty Swedish title',
    breakIt: (i) => (i.title = { sv: '', en: 'Test' }),
    path: ['title', 'sv'],
    en: 'Swedish text must not be empty.',
    sv: 'Svensk text får inte vara tom.',
  },
  {
    name: 'a title in English only',
    breakIt: (i) => (i.title = { en: 'Test' }),
    path: ['title', 'sv'],
    en: 'This field is required.',
  },
  {
    name: 'a title that is a number',
    breakIt: (i) => (i.title = 7),
    path: ['title'],
    en: 'Expected an object, got a number.',
    sv: 'Väntade ett objekt, fick ett tal.',
  },
  {
    name: 'a title that is text',
    breakIt: (i) => (i.title = 'Test'),
    path: ['title'],
    en: 'Expected an object, got text.',
    sv: 'Väntade ett objekt, fick text.',
  },
  {
    name: 'an unknown field',
    breakIt: (i) => (i.colour = 'blue'),
    path: [],
    en: 'Unknown field(s): "colour".',
    sv: 'Okända fält: "colour".',
  },
  {
    name: 'a licence without derivativesAllowed',
    breakIt: (i) => delete i.licence.derivativesAllowed,
    path: ['licence', 'derivativesAllowed'],
    en: 'This field is required.',
  },
  {
    name: 'no areas',
    breakIt: (i) => (i.areas = []),
    path: ['areas'],
    en: 'An instrument needs at least one area.',
    sv: 'Ett instrument behöver minst ett område.',
  },
  {
    name: 'an unknown respondent role',
    breakIt: (i) => i.respondentRoles.push('patient'),
    path: ['respondentRoles', 2],
    en: 'Must be one of "participant", "caseManager", "joint".',
    sv: 'Måste vara ett av "participant", "caseManager", "joint".',
  },
  {
    name: 'an item on an unknown scale',
    breakIt: (i) => (i.areas[0].items[0].scaleId = 'seven'),
    path: ['areas', 0, 'items', 0, 'scaleId'],
    en: 'Names a scale that is not in scales.',
    sv: 'Anger en skala som inte finns i scales.',
  },
  {
    name: 'a linkId used twice',
    breakIt: (i) => (i.areas[1].items[0].linkId = 'housing.1'),
    path: ['areas', 1, 'items', 0, 'linkId'],
    en: 'Duplicate linkId (also in the area at index 0).',
    sv: 'linkId finns redan (i området vid index 0).',
  },
  {
    name: 'single scoring with two items',
    breakIt: (i) => (i.areas[1].scoring = { method: 'single' }),
    path: ['areas', 1, 'scoring', 'method'],
    en: 'Scoring "single" needs exactly one item per role; the role participant has 2 in this area.',
    sv: 'Poängsättningen "single" kräver exakt en fråga per roll; rollen participant har 2 i området.',
  },
  {
    name: 'an area id used twice',
    breakIt: (i) => (i.areas[1].id = 'housing'),
    path: ['areas', 1, 'id'],
    en: 'Duplicate id (the same as at index 0).',
  },
  {
    name: 'an item for a role the instrument does not have',
    breakIt: (i) => (i.areas[1].items[1].roles = ['joint']),
    path: ['areas', 1, 'items', 1, 'roles'],
    en: 'Role "joint" is not one of the instrument\'s respondent roles.',
    sv: 'Rollen "joint" finns inte bland instrumentets svarsroller.',
  },
  {
    name: 'minAnswered above the number of items',
    breakIt: (i) => (i.areas[1].scoring.minAnswered = 3),
    path: ['areas', 1, 'scoring', 'minAnswered'],
    en: "minAnswered is more than the area's 2 items.",
  },
  {
    name: 'a mean over items on different scales',
    breakIt: (i) => {
      i.scales.other = { ...i.scales.five, id: 'other' };
      i.areas[1].items[1].scaleId = 'other';
    },
    path: ['areas', 1, 'items'],
    en: 'All items of the area must use the same scale to be combined.',
  },
  {
    name: 'a reliability of 1.2',
    breakIt: (i) => (i.areas[0].scoring.reliability = { value: 1.2, kind: 'assumed' }),
    path: ['areas', 0, 'scoring', 'reliability', 'value'],
    en: 'Must be at most 0.999.',
    sv: 'Får vara högst 0.999.',
  },
  {
    name: 'a reference SD of 0',
    breakIt: (i) => (i.areas[0].scoring.referenceSd = 0),
    path: ['areas', 0, 'scoring', 'referenceSd'],
    en: 'Must be greater than 0.',
    sv: 'Måste vara större än 0.',
  },
  {
    name: 'an unknown scoring method',
    breakIt: (i) => (i.areas[0].scoring.method = 'median'),
    path: ['areas', 0, 'scoring', 'method'],
    en: 'Must be one of "single", "mean", "sum".',
  },
  {
    name: 'an area without items',
    breakIt: (i) => (i.areas[0].items = []),
    path: ['areas', 0, 'items'],
    en: 'An area needs at least one item.',
    sv: 'Ett område behöver minst en fråga.',
  },
];

const scaleCases: InvalidCase[] = [
  {
    name: 'steps that leave out a value',
    breakIt: (i) => i.scales.five.steps.splice(2, 1),
    path: ['scales', 'five', 'steps'],
    en: 'The steps must cover every whole value from min to max; 1 value(s) have no step.',
    sv: 'Stegen måste täcka varje heltal från min till max; 1 värde(n) saknar steg.',
  },
  {
    name: 'a step below min',
    breakIt: (i) => i.scales.five.steps.push({ value: 0, code: 's0', label: { sv: 'Noll' } }),
    path: ['scales', 'five', 'steps', 5, 'value'],
    en: 'The step value lies outside the scale (min to max).',
    sv: 'Stegvärdet ligger utanför skalan (min till max).',
  },
  {
    name: 'max not above min',
    breakIt: (i) => (i.scales.five.max = 1),
    path: ['scales', 'five', 'max'],
    en: 'max must be greater than min.',
    sv: 'max måste vara större än min.',
  },
  {
    name: 'overlapping stages',
    breakIt: (i) => (i.scales.five.stages[1].from = 2),
    path: ['scales', 'five', 'stages', 1],
    en: 'The stage overlaps the stage at index 0.',
    sv: 'Fasen överlappar fasen vid index 0.',
  },
  {
    name: 'a stage that ends before it starts',
    breakIt: (i) => (i.scales.five.stages[1] = { ...i.scales.five.stages[1], from: 5, to: 3 }),
    path: ['scales', 'five', 'stages', 1, 'to'],
    en: 'The stage ends (to) before it starts (from).',
  },
  {
    name: 'a stage beyond max',
    breakIt: (i) => (i.scales.five.stages[1].to = 6),
    path: ['scales', 'five', 'stages', 1],
    en: 'The stage (from–to) lies outside the scale (min–max).',
  },
  {
    name: 'a step value that is not whole',
    breakIt: (i) => (i.scales.five.steps[1].value = 2.5),
    path: ['scales', 'five', 'steps', 1, 'value'],
    en: 'Expected a whole number, got a number with decimals.',
    sv: 'Väntade ett heltal, fick ett tal med decimaler.',
  },
  {
    name: 'a step code used twice',
    breakIt: (i) => (i.scales.five.steps[1].code = 's1'),
    path: ['scales', 'five', 'steps', 1, 'code'],
    en: 'Duplicate code (the same as at index 0).',
    sv: 'code finns redan (samma som vid index 0).',
  },
  {
    name: 'a missing code offered twice',
    breakIt: (i) => i.scales.five.missingCodes.push({ code: 'declined', label: { sv: 'Nej' } }),
    path: ['scales', 'five', 'missingCodes', 1, 'code'],
    en: 'Duplicate code (the same as at index 0).',
  },
  {
    name: 'an unknown missing code',
    breakIt: (i) => (i.scales.five.missingCodes[0].code = 'skipped'),
    path: ['scales', 'five', 'missingCodes', 0, 'code'],
    en: 'Must be one of "declined", "notApplicable", "unknown".',
  },
  {
    name: 'an unknown direction',
    breakIt: (i) => (i.scales.five.direction = 'up'),
    path: ['scales', 'five', 'direction'],
    en: 'Must be one of "higherIsBetter", "lowerIsBetter".',
    sv: 'Måste vara ett av "higherIsBetter", "lowerIsBetter".',
  },
  {
    name: 'a scale stored under another key than its id',
    breakIt: (i) => (i.scales.five.id = 'fem'),
    path: ['scales', 'five', 'id'],
    en: 'The scale id must be the key it is stored under in scales.',
    sv: 'Skalans id måste vara nyckeln den ligger under i scales.',
  },
];

function runCases(cases: InvalidCase[]): void {
  for (const c of cases) {
    it(`rejects ${c.name}`, () => {
      const input = instrument();
      c.breakIt(input);
      expectOnlyIssue(issuesOf(parseInstrument(input)), c.path, c.en, c.sv);
    });
  }
}

describe('Instrument schema', () => {
  it('accepts a valid instrument and keeps every field', () => {
    const result = parseInstrument(instrument());
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value).to.deep.equal(instrument());
  });

  it('accepts extra languages in localized text', () => {
    const input = instrument();
    input.title.ar = 'أداة اختبار';
    const result = parseInstrument(input);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.title.ar).to.equal('أداة اختبار');
  });

  runCases(instrumentCases);

  it('reports every problem of a badly broken instrument, not just the first', () => {
    const input = instrument();
    input.version = 'latest';
    input.areas[0].items[0].scaleId = 'seven';
    input.areas[1].items[0].linkId = 'housing.1';
    input.respondentRoles = ['participant', 'boss'];
    const issues = issuesOf(parseInstrument(input));
    expect(issues.map((i) => i.path)).to.have.deep.members([['version'], ['respondentRoles', 1]]);
    // Cross-reference checks need a well-typed instrument: fixing the types reveals the rest.
    input.version = '1.0.1';
    input.respondentRoles = ['participant'];
    const rest = issuesOf(parseInstrument(input));
    expect(rest.map((i) => i.path)).to.have.deep.members([
      ['areas', 0, 'items', 0, 'scaleId'],
      ['areas', 1, 'items', 0, 'linkId'],
    ]);
  });

  it('rejects an instrument no role answers, and names the items whose role is then unknown', () => {
    const input = instrument();
    input.respondentRoles = [];
    const issues = issuesOf(parseInstrument(input));
    expect(issues.map((i) => [i.path, i.message, i.messages.sv])).to.deep.equal([
      [['respondentRoles'], 'Must have at least 1 entry.', 'Måste ha minst 1 post.'],
      [
        ['areas', 1, 'items', 1, 'roles'],
        'Role "participant" is not one of the instrument\'s respondent roles.',
        'Rollen "participant" finns inte bland instrumentets svarsroller.',
      ],
    ]);
  });

  it('formats an issue as path and message in either language', () => {
    const input = instrument();
    input.areas[0].items[0].scaleId = 'seven';
    const [issue] = issuesOf(parseInstrument(input));
    expect(formatIssue(issue!, 'en')).to.equal('areas[0].items[0].scaleId: Names a scale that is not in scales.');
    expect(formatIssue(issue!, 'sv')).to.equal('areas[0].items[0].scaleId: Anger en skala som inte finns i scales.');
  });
});

describe('RatingScale rules', () => {
  runCases(scaleCases);

  it('reports a duplicate step and the value it leaves uncovered together', () => {
    const input = instrument();
    input.scales.five.steps[2].value = 2;
    const issues = issuesOf(parseInstrument(input));
    expect(issues.map((i) => [i.path, i.message])).to.deep.equal([
      [['scales', 'five', 'steps', 2, 'value'], 'The step value appears twice (first at index 1).'],
      [['scales', 'five', 'steps'], 'The steps must cover every whole value from min to max; 1 value(s) have no step.'],
    ]);
  });

  it('accepts stages that touch but do not overlap, and a scale without stages', () => {
    const touching = instrument();
    touching.scales.five.stages = [
      { id: 'a', from: 1, to: 1, label: { sv: 'A' } },
      { id: 'b', from: 2, to: 5, label: { sv: 'B' } },
    ];
    expect(parseInstrument(touching).ok).to.equal(true);
    const none = instrument();
    delete none.scales.five.stages;
    expect(parseInstrument(none).ok).to.equal(true);
  });
});
