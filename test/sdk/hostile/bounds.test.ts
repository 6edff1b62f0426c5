// Bounded work on any input, and no personal data in any message. These assert refusals and
// issue counts, never timings: before the limits, each of these inputs hung, ran out of memory
// or threw (see bench/RESULTS.md for the times).
import { expect } from '@open-wc/testing';
import * as sdk from '../../../src/sdk/index.js';
import { LIMITS } from '../../../src/sdk/model/limits.js';
import { validAssessment, validCohort, validInstrument } from './fixtures.js';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CANARY = '19121212CANARY';
const NUMBER_CANARY = 191212121212;

function issueText(result: sdk.ParseResult<unknown>): string {
  if (result.ok) return '';
  return JSON.stringify(result.issues);
}

describe('bounded work on hostile input', () => {
  it('refuses a scale of 0–1e8 or up to MAX_SAFE_INTEGER without looping over its values', () => {
    for (const max of [1e8, Number.MAX_SAFE_INTEGER]) {
      const instrument = validInstrument() as Loose;
      const scale = Object.values(instrument.scales)[0] as Loose;
      scale.min = 0;
      scale.max = max;
      const result = sdk.parseInstrument(instrument);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.issues.length).to.be.lessThan(10);
    }
  });

  it('accepts a 0–100 scale (101 steps)', () => {
    const instrument = validInstrument() as Loose;
    const scale = Object.values(instrument.scales)[0] as Loose;
    scale.min = 0;
    scale.max = 100;
    scale.steps = Array.from({ length: 101 }, (_, v) => ({ value: v, code: `s${v}`, label: { sv: `${v}` } }));
    delete scale.stages;
    const result = sdk.parseInstrument(instrument);
    expect(result.ok, issueText(result)).to.equal(true);
  });

  it('refuses an area of 217 items, and scores the largest allowed mean area without throwing', () => {
    const instrument = validInstrument() as Loose;
    const area = instrument.areas[0];
    const item = area.items[0];
    area.scoring = { method: 'mean' };
    area.items = Array.from({ length: 217 }, (_, i) => ({ ...item, linkId: `big.${i}` }));
    expect(sdk.parseInstrument(instrument).ok).to.equal(false);
    area.items = area.items.slice(0, 20);
    const parsed = sdk.parseInstrument(instrument);
    expect(parsed.ok, issueText(parsed)).to.equal(true);
    if (!parsed.ok) return;
    const scale = Object.values(parsed.value.scales)[0]!;
    const a = validAssessment() as Loose;
    a.answers = area.items.map((it: Loose, i: number) => ({ linkId: it.linkId, value: i % 2 ? scale.min : scale.max }));
    const score = sdk.scoreAssessment(parsed.value, a as sdk.Assessment);
    expect(score.areas[0]!.score).to.be.a('number');
  });

  it('refuses a sparse list of length 2³²−1 by its length', () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    for (const result of [
      sdk.parseAssessments(sparse),
      sdk.parseGoals(sparse),
      sdk.parseCohortData({ assessments: sparse }),
    ]) {
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.issues.map((i) => i.code)).to.deep.equal(['too_large']);
    }
  });

  it('returns the first 100 issues of a long list of bad entries and counts the rest', () => {
    const bad = Array.from({ length: 5000 }, () => 7);
    const result = sdk.parseAssessments(bad);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues).to.have.length(101);
    const last = result.issues[100]!;
    expect(last.code).to.equal('too_many_issues');
    // A hundred problems are enough: the other 4,900 entries are counted, not read.
    expect(last.message).to.include('the next 4900 entries were not checked');
    // A long list of bad objects (each several problems) stops after the first hundred problems too.
    const objects = sdk.parseAssessments(Array.from({ length: 200_000 }, (_, i) => ({ id: `a${i}`, answers: null })));
    expect(objects.ok).to.equal(false);
    if (!objects.ok) {
      expect(objects.issues).to.have.length(101);
      expect(objects.issues[100]!.message).to.match(
        /more problem\(s\) were found\. After 100 problems, the next \d+ entries/,
      );
    }
    const cohort = sdk.parseCohortData({ assessments: bad, goals: bad });
    expect(cohort.ok).to.equal(false);
    if (!cohort.ok) expect(cohort.issues[100]!.message).to.include('9900');
  });

  it('refuses a 50 MB string by its length, and reads a 16 MB CSV cell in one pass', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const instrument = validInstrument() as Loose;
    instrument.version = huge;
    const result = sdk.parseInstrument(instrument);
    expect(result.ok).to.equal(false);
    expect(issueText(result).length).to.be.lessThan(2000);
    const csv = sdk.toCsv(validInstrument(), [validAssessment()]);
    const lines = csv.split('\n');
    const cell = 'y'.repeat(16 * 1024 * 1024);
    const withCell = `${lines[0]}\n"${cell}"${lines[1]!.slice(lines[1]!.indexOf(','))}\n`;
    const parsed = sdk.fromCsv(validInstrument(), withCell);
    expect(parsed.ok).to.equal(false);
    expect(issueText(parsed)).not.to.include('yyyyyyyyyy');
    if (!parsed.ok) expect(parsed.issues.map((i) => [i.code, i.path[0]])).to.deep.include(['too_large', 2]);
  });

  it('refuses a CSV cell over the cell limit by its length and line, and reads one at the limit', () => {
    const csv = sdk.toCsv(validInstrument(), [validAssessment()]);
    const [header, first] = csv.split('\r\n');
    const comment = header!.split(',').indexOf('comment');
    const withComment = (text: string): string => {
      const cells = first!.split(',');
      cells[comment] = text;
      return `${header}\r\n${cells.join(',')}\r\n`;
    };
    const over = sdk.fromCsv(validInstrument(), withComment('z'.repeat(LIMITS.csvCellLength + 1)));
    expect(over.ok).to.equal(false);
    if (over.ok) return;
    expect(over.issues.map((i) => [i.code, i.path[0]])).to.deep.equal([['too_large', 2]]);
    expect(over.issues[0]!.message).to.include(String(LIMITS.csvCellLength + 1));
    expect(issueText(over)).not.to.include('zzzz');
    // At the cell limit the cell is read; the comment's own 10,000-character limit then speaks, by field.
    const at = sdk.fromCsv(validInstrument(), withComment('z'.repeat(LIMITS.csvCellLength)));
    expect(at.ok).to.equal(false);
    if (!at.ok) expect(at.issues.map((i) => i.code)).not.to.include('too_large');
    expect(issueText(at)).not.to.include('zzzz');
  });

  it('checks FHIR answers against the instrument as fromCsv does (999 on the scale is an issue)', () => {
    const instrument = validInstrument();
    const resource = sdk.toFhirQuestionnaireResponse(instrument, validAssessment()) as Loose;
    const json = JSON.stringify(resource);
    const code = (resource.item?.[0]?.answer?.[0] ?? resource.item?.[0]?.item?.[0]?.answer?.[0]) as Loose | undefined;
    // Rewrite the first answer as a bare integer off the scale.
    const broken = JSON.parse(json) as Loose;
    const first = broken.item[0].answer ? broken.item[0] : broken.item[0].item[0];
    first.answer = [{ valueInteger: 999 }];
    const result = sdk.fromFhirQuestionnaireResponse(instrument, broken);
    expect(result.ok, code ? 'coded answers' : 'answers').to.equal(false);
  });
});

describe('no personal data in messages', () => {
  it('refuses subject ids shaped like a personnummer or samordningsnummer, without repeating them', () => {
    // 19121212-1212 is the Swedish Tax Agency's test number; 19121272-1219 a co-ordination form (day + 60).
    const numbers = [
      '191212121212',
      '19121212-1212',
      '121212-1212',
      '1212121212',
      '121212+1212',
      'Patient/191212121212',
    ];
    for (const id of numbers) {
      const a = { ...validAssessment(), subjectId: id };
      const result = sdk.parseAssessment(a);
      expect(result.ok, id).to.equal(false);
      expect(issueText(result)).not.to.include('1212121');
      // '+' is not an id character at all: that form is refused as an invalid id.
      expect(issueText(result)).to.include(id.includes('+') ? 'invalid_id' : 'personal_identity_number');
    }
    // A samordningsnummer: day 12 + 60 = 72, Luhn check digit worked out for it.
    const base = '1212721';
    const digits = '121272121';
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
      if (d > 9) d -= 9;
      sum += d;
    }
    const samordning = `${digits.slice(0, 6)}-${digits.slice(6)}${(10 - (sum % 10)) % 10}`;
    expect(base.length).to.equal(7);
    expect(sdk.parseAssessment({ ...validAssessment(), subjectId: samordning }).ok).to.equal(false);
    // Ids that only look numeric are fine: a bad date or a failing Luhn check.
    for (const id of ['191213121212', '121212-1213', '123456789', 'p-0001']) {
      expect(sdk.parseAssessment({ ...validAssessment(), subjectId: id }).ok, id).to.equal(true);
    }
    const fhir = sdk.toFhirQuestionnaireResponse(validInstrument(), validAssessment()) as Loose;
    fhir.subject = { reference: 'Patient/19121212-1212' };
    const fromFhir = sdk.fromFhirQuestionnaireResponse(validInstrument(), fhir);
    expect(fromFhir.ok).to.equal(false);
    expect(issueText(fromFhir)).not.to.include('1212-1212');
  });

  it('never repeats a canary put into every field of an assessment, a cohort, an instrument, CSV and FHIR', () => {
    const texts: string[] = [];
    const fill = (value: unknown, canary: unknown): unknown => {
      if (Array.isArray(value)) return value.map((v) => fill(v, canary));
      if (typeof value === 'object' && value !== null)
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, canary)]));
      return canary;
    };
    for (const canary of [CANARY, NUMBER_CANARY, `${CANARY} `.repeat(300)]) {
      texts.push(issueText(sdk.parseAssessment(fill(validAssessment(), canary))));
      texts.push(issueText(sdk.parseAssessments([fill(validAssessment(), canary)])));
      texts.push(issueText(sdk.parseCohortData(fill(validCohort(), canary))));
      texts.push(issueText(sdk.parseInstrument(fill(validInstrument(), canary))));
      texts.push(issueText(sdk.parseAssessmentFor(validInstrument(), fill(validAssessment(), canary))));
      const fhir = sdk.toFhirQuestionnaireResponse(validInstrument(), validAssessment());
      texts.push(issueText(sdk.fromFhirQuestionnaireResponse(validInstrument(), fill(fhir, canary))));
      const csv = sdk.toCsv(validInstrument(), [validAssessment()]).split('\n');
      const header = csv[0]!;
      const row = header
        .split(',')
        .map(() => String(canary))
        .join(',');
      texts.push(issueText(sdk.fromCsv(validInstrument(), `${header}\n${row}\n`)));
    }
    for (const text of texts) {
      expect(text.length).to.be.greaterThan(0);
      expect(text).not.to.include('CANARY');
      expect(text).not.to.include(String(NUMBER_CANARY));
    }
  });

  it('never repeats a canary put into one field at a time, past parsing into validation against the instrument', () => {
    // With every field broken at once, parsing stops at the first type errors; one field at a
    // time reaches the checks against the instrument (unknown linkIds and areas, values off the scale).
    const leaves = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      Array.isArray(value)
        ? value.flatMap((v, i) => leaves(v, [...path, i]))
        : typeof value === 'object' && value !== null
          ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]))
          : [path];
    const withLeaf = <T>(value: T, path: (string | number)[], leaf: unknown): T => {
      const copy = structuredClone(value) as Loose;
      let at = copy;
      for (const key of path.slice(0, -1)) at = at[key];
      at[path[path.length - 1]!] = leaf;
      return copy as T;
    };
    const instrument = validInstrument();
    const interventions = validCohort().interventions ?? [];
    const checks: [string, unknown, (value: never) => string][] = [
      ['assessment', validAssessment(), (a) => issueText(sdk.parseAssessmentFor(instrument, a))],
      ['goal', validCohort().goals?.[0], (g) => JSON.stringify(sdk.validateGoal(instrument, g))],
      ['card', validCohort().cards?.[0], (c) => JSON.stringify(sdk.validateProgressionCard(instrument, c))],
      ['intervention', interventions[0], (i) => JSON.stringify(sdk.validateIntervention(instrument, i))],
      [
        'FHIR QuestionnaireResponse',
        sdk.toFhirQuestionnaireResponse(instrument, validAssessment()),
        (r) => issueText(sdk.fromFhirQuestionnaireResponse(instrument, r)),
      ],
      [
        'CSV row',
        sdk.toCsv(instrument, [validAssessment()]).split('\r\n')[1]!.split(','),
        (cells) => {
          const header = sdk.toCsv(instrument, [validAssessment()]).split('\r\n')[0]!;
          return issueText(sdk.fromCsv(instrument, `${header}\r\n${(cells as string[]).join(',')}\r\n`));
        },
      ],
      ['episode', validCohort().episodes?.[0], (e) => JSON.stringify(sdk.validateEpisodes(interventions, [e]))],
    ];
    let reported = 0;
    let tried = 0;
    const leaks: string[] = [];
    for (const [name, value, check] of checks) {
      expect(value, name).not.to.equal(undefined);
      for (const path of leaves(value)) {
        for (const canary of [CANARY, NUMBER_CANARY]) {
          let text: string;
          try {
            text = check(withLeaf(value, path, canary) as never);
          } catch (error) {
            // validate* expect parsed input: a wrong type may throw; the thrown text is checked too.
            text = String(error);
          }
          tried += 1;
          if (text.length > 2) reported += 1;
          if (text.includes('CANARY') || text.includes(String(NUMBER_CANARY)))
            leaks.push(`${name}.${path.join('.')} = ${canary}: ${text.slice(0, 200)}`);
        }
      }
    }
    expect(leaks).to.deep.equal([]);
    expect(reported, `${reported} of ${tried} led to an issue`).to.be.greaterThan(tried / 4);
  });
});
