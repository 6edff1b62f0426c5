import { expect } from '@open-wc/testing';
import { progression } from '../../../src/sdk/index.js';
import { assessment, testInstrument } from './fixtures.js';

describe('progression', () => {
  const instrument = testInstrument();

  it('pairs the first completed with the last completed and lists every occasion', () => {
    const p = progression(instrument, [
      assessment({ 'housing.1': 3 }, { id: 'f1', occasion: 'followUp', authored: '2026-04-01T09:00:00Z' }),
      assessment({ 'housing.1': 1 }, { id: 'b', occasion: 'baseline', authored: '2026-01-01T09:00:00Z' }),
      assessment({ 'housing.1': 4 }, { id: 'f2', occasion: 'followUp', authored: '2026-07-01T09:00:00Z' }),
    ]);
    expect(p.occasions.map((o) => o.assessmentId)).to.deep.equal(['b', 'f1', 'f2']);
    expect(p.baseline?.assessmentId).to.equal('b');
    expect(p.latest?.assessmentId).to.equal('f2');
    expect(p.change?.areas.find((a) => a.areaId === 'housing')?.delta).to.equal(3);
  });

  it('takes the exit occasion as latest even when a post-exit rating follows', () => {
    const p = progression(instrument, [
      assessment({ 'housing.1': 1 }, { id: 'b', authored: '2026-01-01' }),
      assessment({ 'housing.1': 4 }, { id: 'x', occasion: 'exit', authored: '2026-06-01' }),
      assessment({ 'housing.1': 2 }, { id: 'post', occasion: 'postExit', authored: '2026-12-01' }),
    ]);
    expect(p.latest?.assessmentId).to.equal('x');
  });

  it('ignores entered-in-error and unfinished assessments', () => {
    const p = progression(instrument, [
      assessment({ 'housing.1': 5 }, { id: 'wrong', status: 'entered-in-error', authored: '2025-12-01' }),
      assessment({ 'housing.1': 2 }, { id: 'b', authored: '2026-01-01' }),
      assessment({ 'housing.1': 5 }, { id: 'draft', status: 'in-progress', authored: '2026-09-01' }),
      assessment({ 'housing.1': 3 }, { id: 'f', occasion: 'followUp', authored: '2026-04-01' }),
    ]);
    expect(p.baseline?.assessmentId).to.equal('b');
    expect(p.latest?.assessmentId).to.equal('f');
    expect(p.excluded).to.deep.equal([
      { assessmentId: 'draft', reason: 'notCompleted' },
      { assessmentId: 'wrong', reason: 'enteredInError' },
    ]);
  });

  it('lets an amendment replace the original and stand where it stood', () => {
    const p = progression(instrument, [
      assessment({ 'housing.1': 1 }, { id: 'b', authored: '2026-01-01' }),
      assessment({ 'housing.1': 3 }, { id: 'f', occasion: 'followUp', authored: '2026-04-01' }),
      // Amends the baseline months later: it is still the baseline.
      assessment({ 'housing.1': 2 }, { id: 'b2', status: 'amended', replaces: 'b', authored: '2026-05-01' }),
    ]);
    expect(p.baseline?.assessmentId).to.equal('b2');
    expect(p.latest?.assessmentId).to.equal('f');
    expect(p.change?.areas[0]?.delta).to.equal(1);
    expect(p.excluded).to.deep.equal([{ assessmentId: 'b', reason: 'replaced' }]);
  });

  it('follows a chain of amendments to the last one', () => {
    const p = progression(instrument, [
      assessment({ 'housing.1': 1 }, { id: 'b', authored: '2026-01-01' }),
      assessment({ 'housing.1': 2 }, { id: 'b2', status: 'amended', replaces: 'b', authored: '2026-02-01' }),
      assessment({ 'housing.1': 3 }, { id: 'b3', status: 'amended', replaces: 'b2', authored: '2026-03-01' }),
      assessment({ 'housing.1': 5 }, { id: 'f', occasion: 'followUp', authored: '2026-02-15' }),
    ]);
    expect(p.occasions.map((o) => o.assessmentId)).to.deep.equal(['b3', 'f']);
  });

  it('never pairs another instrument version silently', () => {
    const v2 = { id: 'scoring-test', version: '2.0.0' };
    const data = [
      assessment({ 'housing.1': 1 }, { id: 'b', authored: '2026-01-01' }),
      assessment({ 'housing.1': 4 }, { id: 'f', occasion: 'followUp', authored: '2026-04-01', instrument: v2 }),
    ];
    const strict = progression(instrument, data);
    expect(strict.latest).to.equal(null);
    expect(strict.change).to.equal(null);
    expect(strict.excluded).to.deep.equal([{ assessmentId: 'f', reason: 'otherVersion' }]);
    expect(strict.warnings.map((w) => w.code)).to.deep.equal(['other_version_excluded']);
    const mixed = progression(instrument, data, { mixVersions: true });
    expect(mixed.change?.mixedVersions).to.equal(true);
    expect(mixed.mixedVersions).to.equal(true);
    expect(mixed.warnings.map((w) => w.code)).to.include('mixed_versions');
  });

  it('follows one role and one participant', () => {
    const p = progression(
      instrument,
      [
        assessment({ 'housing.1': 1 }, { id: 'p-b', authored: '2026-01-01' }),
        assessment({ 'housing.1': 5 }, { id: 'cm-b', role: 'caseManager', authored: '2026-01-01' }),
        assessment({ 'housing.1': 2 }, { id: 'q-b', subjectId: 'p2', authored: '2026-01-01' }),
      ],
      { role: 'caseManager', subjectId: 'p1' },
    );
    expect(p.occasions.map((o) => o.assessmentId)).to.deep.equal(['cm-b']);
    expect(p.latest).to.equal(null);
  });

  it('gives the same timeline whatever the input order', () => {
    const list = [
      assessment({ 'housing.1': 1 }, { id: 'b', authored: '2026-01-01' }),
      assessment({ 'housing.1': 3 }, { id: 'f', occasion: 'followUp', authored: '2026-04-01' }),
      assessment({ 'housing.1': 2 }, { id: 'b2', status: 'amended', replaces: 'b', authored: '2026-05-01' }),
      assessment({ 'housing.1': 4 }, { id: 'x', occasion: 'exit', authored: '2026-06-01' }),
    ];
    const forward = progression(instrument, list);
    const backward = progression(instrument, list.slice().reverse());
    expect(backward).to.deep.equal(forward);
  });
});
