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
    en: 'Expected an object, got 7.',
    sv: 'Väntade ett objekt, fick 7.',
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
    en: 'Unknown field(s): colour.',
    sv: 'Okända fält: colour.',
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
    en: 'Unknown scale "seven".',
    sv: 'Okänd skala "seven".',
  },
  {
    name: 'a linkId used twice',
    breakIt: (i) => (i.areas[1].items[0].linkId = 'housing.1'),
    path: ['areas', 1, 'items', 0, 'linkId'],
    en: 'Duplicate linkId "housing.1" (also in area "housing").',
    sv: 'linkId "housing.1" finns redan (i området "housing").',
  },
  {
    name: 'single scoring with two items',
    breakIt: (i) => (i.areas[1].scoring = { method: 'single' }),
    path: ['areas', 1, 'scoring', 'method'],
    en: 'Scoring "single" needs exactly one item per role; in area "health" the role "participant" has 2.',
    sv: 'Poängsättningen "single" kräver exakt en fråga per roll; i området "health" har rollen "participant" 2.',
  },
  {
    name: 'an area id used twice',
    breakIt: (i) => (i.areas[1].id = 'housing'),
    path: ['areas', 1, 'id'],
    en: 'Duplicate id "housing" (first used at index 0).',
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
    en: "minAnswered (3) is more than the area's 2 items.",
  },
  {
    name: 'a mean over items on different scales',
    breakIt: (i) => {
      i.scales.other = { ...i.scales.five, id: 'other' };
      i.areas[1].items[1].scaleId = 'other';
    },
    path: ['areas', 1, 'items'],
    en: 'All items of area "health" must use the same scale to be combined.',
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
    en: 'The steps must cover every value from 1 to 5; missing 3.',
    sv: 'Stegen måste täcka varje värde från 1 till 5; saknas 3.',
  },
  {
    name: 'a step below min',
    breakIt: (i) => i.scales.five.steps.push({ value: 0, code: 's0', label: { sv: 'Noll' } }),
    path: ['scales', 'five', 'steps', 5, 'value'],
    en: 'Step value 0 lies outside 1–5.',
    sv: 'Stegvärdet 0 ligger utanför 1–5.',
  },
  {
    name: 'max not above min',
    breakIt: (i) => (i.scales.five.max = 1),
    path: ['scales', 'five', 'max'],
    en: 'max (1) must be greater than min (1).',
    sv: 'max (1) måste vara större än min (1).',
  },
  {
    name: 'overlapping stages',
    breakIt: (i) => (i.scales.five.stages[1].from = 2),
    path: ['scales', 'five', 'stages', 1],
    en: 'Stage "late" overlaps stage "early".',
    sv: 'Fasen "late" överlappar fasen "early".',
  },
  {
    name: 'a stage that ends before it starts',
    breakIt: (i) => (i.scales.five.stages[1] = { ...i.scales.five.stages[1], from: 5, to: 3 }),
    path: ['scales', 'five', 'stages', 1, 'to'],
    en: 'Stage "late" ends (3) before it starts (5).',
  },
  {
    name: 'a stage beyond max',
    breakIt: (i) => (i.scales.five.stages[1].to = 6),
    path: ['scales', 'five', 'stages', 1],
    en: 'Stage "late" (3–6) lies outside the scale 1–5.',
  },
  {
    name: 'a step value that is not whole',
    breakIt: (i) => (i.scales.five.steps[1].value = 2.5),
    path: ['scales', 'five', 'steps', 1, 'value'],
    en: 'Expected a whole number, got 2.5.',
    sv: 'Väntade ett heltal, fick 2,5.',
  },
  {
    name: 'a step code used twice',
    breakIt: (i) => (i.scales.five.steps[1].code = 's1'),
    path: ['scales', 'five', 'steps', 1, 'code'],
    en: 'Duplicate code "s1" (first used at index 0).',
    sv: 'code "s1" finns redan (första gången vid index 0).',
  },
  {
    name: 'a missing code offered twice',
    breakIt: (i) => i.scales.five.missingCodes.push({ code: 'declined', label: { sv: 'Nej' } }),
    path: ['scales', 'five', 'missingCodes', 1, 'code'],
    en: 'Duplicate code "declined" (first used at index 0).',
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
    en: 'The scale is stored under "five" but its id is "fem".',
    sv: 'Skalan ligger under "five" men har id "fem".',
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
    expect(formatIssue(issue!, 'en')).to.equal('areas[0].items[0].scaleId: Unknown scale "seven".');
    expect(formatIssue(issue!, 'sv')).to.equal('areas[0].items[0].scaleId: Okänd skala "seven".');
  });
});

describe('RatingScale rules', () => {
  runCases(scaleCases);

  it('reports a duplicate step and the value it leaves uncovered together', () => {
    const input = instrument();
    input.scales.five.steps[2].value = 2;
    const issues = issuesOf(parseInstrument(input));
    expect(issues.map((i) => [i.path, i.message])).to.deep.equal([
      [['scales', 'five', 'steps', 2, 'value'], 'Step value 2 appears twice (first at index 1).'],
      [['scales', 'five', 'steps'], 'The steps must cover every value from 1 to 5; missing 3.'],
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
