import { expect } from '@open-wc/testing';
import {
  arbetsnara,
  livsomraden,
  parseInstrument,
  validateAssessment,
  type Assessment,
  type Instrument,
} from '../../../src/sdk/index.js';

/**
 * What a score of an instrument means and which answers are valid — everything but its wording.
 * Two assessments are comparable when this is the same; the version says so (assessments of
 * different versions are left out of progressions and cohort reports, or flagged `mixed_versions`).
 */
function meaning(instrument: Instrument) {
  return {
    id: instrument.id,
    respondentRoles: [...instrument.respondentRoles],
    scales: Object.fromEntries(
      Object.entries(instrument.scales).map(([id, s]) => [
        id,
        {
          min: s.min,
          max: s.max,
          direction: s.direction,
          steps: s.steps.map((step) => step.value),
          stages: (s.stages ?? []).map((stage) => [stage.id, stage.from, stage.to]),
          missingCodes: (s.missingCodes ?? []).map((code) => code.code),
        },
      ]),
    ),
    areas: instrument.areas.map((area) => ({
      id: area.id,
      scoring: JSON.stringify(area.scoring),
      items: area.items.map((item) => [item.linkId, item.scaleId, item.required ?? false, [...(item.roles ?? [])]]),
    })),
  };
}

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const areaIds = [
  'work',
  'finances',
  'housing',
  'physicalHealth',
  'mentalWellbeing',
  'everydayLife',
  'relationships',
  'education',
];

describe('instrument versions', () => {
  it('keeps livsomraden at 1.0.0 only while a score means what it meant in 1.0.0', () => {
    // The role-specific wording (the case manager's steps and help about the participant) changed
    // no step, stage, item or scoring; the joint role answers the participant's items, an addition
    // that leaves every earlier answer valid. A change to anything below needs a new version.
    expect(livsomraden.version).to.equal('1.0.0');
    const m = meaning(livsomraden);
    expect(m.respondentRoles).to.deep.equal(['participant', 'caseManager', 'joint']);
    expect(m.scales).to.deep.equal({
      ladder10: {
        min: 1,
        max: 10,
        direction: 'higherIsBetter',
        steps: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        stages: [
          ['hard', 1, 2],
          ['support', 3, 4],
          ['trying', 5, 6],
          ['steady', 7, 8],
          ['managing', 9, 10],
        ],
        missingCodes: ['unknown', 'declined'],
      },
    });
    expect(m.areas.map((a) => a.id)).to.deep.equal(areaIds);
    for (const area of m.areas) {
      expect(area.items).to.deep.equal([
        [area.id, 'ladder10', true, ['participant', 'joint']],
        [`${area.id}.cm`, 'ladder10', true, ['caseManager']],
      ]);
      expect(JSON.parse(area.scoring)).to.deep.include({ method: 'single', referenceSd: 2 });
      expect(JSON.parse(area.scoring).reliability.value).to.equal(0.7);
    }
  });

  it('tells wording from meaning: reworded steps keep it, a moved stage boundary or a new area does not', () => {
    const reworded = structuredClone(livsomraden) as Loose;
    reworded.scales['ladder10']!.steps[0]!.description = { sv: 'Annan text', en: 'Other text' };
    expect(meaning(reworded as Instrument)).to.deep.equal(meaning(livsomraden));
    const moved = structuredClone(livsomraden) as Loose;
    moved.scales['ladder10']!.stages![0]!.to = 3;
    expect(meaning(moved as Instrument)).not.to.deep.equal(meaning(livsomraden));
    const extra = structuredClone(livsomraden) as Loose;
    extra.areas.push({ ...extra.areas[0]!, id: 'extra' });
    expect(meaning(extra as Instrument)).not.to.deep.equal(meaning(livsomraden));
  });

  it('still accepts an assessment made before the wording changed (participant and case manager, 1.0.0)', () => {
    const parsed = parseInstrument(livsomraden);
    expect(parsed.ok).to.equal(true);
    for (const role of ['participant', 'caseManager'] as const) {
      const assessment: Assessment = {
        id: `a-${role}`,
        subjectId: 'p0001',
        instrument: { id: livsomraden.id, version: '1.0.0' },
        role,
        occasion: 'baseline',
        status: 'completed',
        authored: '2026-01-15T10:00:00Z',
        answers: areaIds.map((id, i) => ({
          linkId: role === 'participant' ? id : `${id}.cm`,
          value: (i % 10) + 1,
        })),
      };
      expect(validateAssessment(livsomraden, assessment), role).to.deep.equal([]);
    }
  });

  it('arbetsnara is at 1.0.0 too', () => {
    expect(arbetsnara.version).to.equal('1.0.0');
  });
});
