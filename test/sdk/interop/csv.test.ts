import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { escapeCsvFormula, fromCsv, toCsv, unescapeCsvFormula, type Assessment } from '../../../src/sdk/index.js';
import { testInstrument } from '../scoring/fixtures.js';
import { arbitraryAssessment, freeText } from './arbitraries.js';

const instrument = testInstrument();
const base: Assessment = {
  id: 'a1',
  instrument: { id: 'scoring-test', version: '1.0.0' },
  subjectId: 'p-17',
  role: 'participant',
  occasion: 'baseline',
  authored: '2026-03-01T09:30:00Z',
  status: 'completed',
  answers: [
    { linkId: 'housing.1', value: 4, comment: 'Bor hos "mamma", tillfälligt\nflyttar snart' },
    { linkId: 'health.1', value: null, missing: 'declined' },
    { linkId: 'health.2', value: 3 },
  ],
};
const header =
  'assessment_id,instrument_id,instrument_version,subject_id,role,occasion,authored,status,replaces,area_id,link_id,value,missing,comment,area_score';

describe('toCsv', () => {
  it('writes a header and one row per answer, with RFC 4180 quoting and CRLF', () => {
    const csv = toCsv(instrument, [base]);
    expect(csv).to.equal(
      [
        header,
        'a1,scoring-test,1.0.0,p-17,participant,baseline,2026-03-01T09:30:00Z,completed,,housing,housing.1,4,,"Bor hos ""mamma"", tillfälligt\nflyttar snart",4',
        // Health has one value (3) of the two needed by minAnswered 2 → no area score.
        'a1,scoring-test,1.0.0,p-17,participant,baseline,2026-03-01T09:30:00Z,completed,,health,health.1,,declined,,',
        'a1,scoring-test,1.0.0,p-17,participant,baseline,2026-03-01T09:30:00Z,completed,,health,health.2,3,,,',
        '',
      ].join('\r\n'),
    );
  });

  it('defuses cells that a spreadsheet would run as formulas', () => {
    const csv = toCsv(instrument, [
      { ...base, answers: [{ linkId: 'housing.1', value: 1, comment: '=HYPERLINK("http://x","klicka")' }] },
    ]);
    expect(csv).to.include(`"'=HYPERLINK(""http://x"",""klicka"")"`);
    expect(escapeCsvFormula('+46 70')).to.equal("'+46 70");
    expect(escapeCsvFormula('@SUM')).to.equal("'@SUM");
    expect(escapeCsvFormula('\tx')).to.equal("'\tx");
    expect(escapeCsvFormula('-1')).to.equal('-1');
    expect(escapeCsvFormula("'=x")).to.equal("''=x");
    expect(escapeCsvFormula('vanlig text')).to.equal('vanlig text');
  });

  it('un-defuses exactly what it defused (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => unescapeCsvFormula(escapeCsvFormula(s)) === s));
  });

  it('writes one row for an assessment without answers, and can use semicolons', () => {
    const csv = toCsv(instrument, [{ ...base, answers: [] }], { delimiter: ';' });
    expect(csv.split('\r\n')[1]).to.equal(
      'a1;scoring-test;1.0.0;p-17;participant;baseline;2026-03-01T09:30:00Z;completed;;;;;;;',
    );
  });
});

describe('fromCsv', () => {
  it('reads back what toCsv wrote', () => {
    expect(fromCsv(instrument, toCsv(instrument, [base, { ...base, id: 'a2', answers: [] }]))).to.deep.equal({
      ok: true,
      value: [base, { ...base, id: 'a2', answers: [] }],
    });
  });

  it('round-trips any valid assessments without loss, with either delimiter (property)', function () {
    // Generous: the machine running the suite may be busy; speed is measured in bench/, not here.
    this.timeout(120_000);
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryAssessment(instrument), { selector: (a) => a.id, maxLength: 4 }),
        fc.constantFrom(',', ';' as const),
        (list, delimiter) => {
          expect(fromCsv(instrument, toCsv(instrument, list, { delimiter }))).to.deep.equal({ ok: true, value: list });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps formula-like comments intact (property)', () => {
    fc.assert(
      fc.property(freeText, (comment) => {
        const a = { ...base, answers: [{ linkId: 'housing.1', value: 2, comment }] };
        const back = fromCsv(instrument, toCsv(instrument, [a]));
        return back.ok && back.value[0]!.answers[0]!.comment === comment;
      }),
    );
  });

  it('reports a bad cell with its row and column', () => {
    const csv = toCsv(instrument, [base]).replace(',housing.1,4,', ',housing.1,fyra,');
    const result = fromCsv(instrument, csv);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.path, i.code])).to.deep.equal([[[2, 'value'], 'not_a_number']]);
      expect(result.issues[0]!.message).to.equal('Row 2, column value: the cell is not a number.');
      expect(result.issues[0]!.messages.sv).to.equal('Rad 2, kolumn value: fältet är inget tal.');
    }
  });

  it('counts rows by line, so a quoted line break moves the row numbers on', () => {
    // Row 2 holds a comment over two lines; the health.2 row starts on line 5.
    const csv = toCsv(instrument, [base]).replace(',health.2,3,', ',health.2,9,');
    const result = fromCsv(instrument, csv);
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).to.deep.equal([[[5, 'value'], 'value_off_scale']]);
  });

  it('reports rows of one assessment that disagree, missing columns and short rows', () => {
    const rows = toCsv(instrument, [
      {
        ...base,
        answers: [
          { linkId: 'housing.1', value: 1 },
          { linkId: 'health.2', value: 2 },
        ],
      },
    ]).split('\r\n');
    rows[2] = rows[2]!.replace('participant', 'caseManager');
    const inconsistent = fromCsv(instrument, rows.join('\r\n'));
    expect(!inconsistent.ok && inconsistent.issues.map((i) => i.path)).to.deep.equal([[3, 'role']]);
    const missing = fromCsv(instrument, 'assessment_id,value\r\na1,3\r\n');
    expect(!missing.ok && missing.issues.map((i) => i.path)).to.deep.include([1, 'subject_id']);
    const short = fromCsv(instrument, `${header}\r\na1,scoring-test\r\n`);
    expect(!short.ok && short.issues.map((i) => [i.path, i.code])).to.deep.equal([[[2], 'column_count']]);
  });

  it('reports an unclosed quote and an empty file', () => {
    expect(fromCsv(instrument, '').ok).to.equal(false);
    const result = fromCsv(instrument, `${header}\r\na1,"open`);
    expect(!result.ok && result.issues[0]!.code).to.equal('unclosed_quote');
  });

  it('reads columns in any order and a byte-order mark', () => {
    const csv =
      '\uFEFFlink_id;value;assessment_id;instrument_id;instrument_version;subject_id;role;occasion;authored;status\r\nhousing.1;5;x1;scoring-test;1.0.0;p1;participant;exit;2026-05-01;completed\r\n';
    const result = fromCsv(instrument, csv);
    expect(result.ok && result.value[0]).to.deep.equal({
      id: 'x1',
      instrument: { id: 'scoring-test', version: '1.0.0' },
      subjectId: 'p1',
      role: 'participant',
      occasion: 'exit',
      authored: '2026-05-01',
      status: 'completed',
      answers: [{ linkId: 'housing.1', value: 5 }],
    });
  });
});
