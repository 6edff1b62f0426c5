import { expect } from '@open-wc/testing';
import {
  arbetsnara,
  areasForRole,
  builtInInstruments,
  livsomraden,
  parseInstrument,
  stageFor,
  validateAssessment,
  type Assessment,
  type Instrument,
  type RespondentRole,
} from '../../../src/sdk/index.js';

/** Every piece of text in an instrument, with where it is. */
function allTexts(instrument: Instrument): { where: string; lang: string; text: string }[] {
  const out: { where: string; lang: string; text: string }[] = [];
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.sv === 'string')
        for (const [lang, text] of Object.entries(record)) out.push({ where, lang, text: String(text) });
      else for (const [key, v] of Object.entries(record)) walk(v, `${where}.${key}`);
    }
  };
  walk(instrument, '');
  return out;
}

/** LIX readability (Björnsson): words per sentence + percentage of words longer than six letters. Under 30 is easy. */
function lix(text: string): number {
  const words = text
    .split(/[\s,]+/)
    .map((w) => w.replace(/[^\p{L}\d-]/gu, ''))
    .filter(Boolean);
  const sentences = text.split(/[.!?]+/).filter((s) => s.trim() !== '').length;
  const long = words.filter((w) => w.length > 6).length;
  return words.length / sentences + (100 * long) / words.length;
}

function swedishRespondentTexts(instrument: Instrument): string[] {
  const texts: string[] = [];
  for (const scale of Object.values(instrument.scales)) {
    for (const step of scale.steps) texts.push(step.label.sv, step.description!.sv);
    for (const stage of scale.stages ?? []) texts.push(stage.label.sv, stage.description?.sv ?? '');
  }
  for (const area of instrument.areas) for (const item of area.items) texts.push(item.text.sv, item.help?.sv ?? '');
  return texts.filter(Boolean);
}

/** A completed assessment in which a role answers every item it is asked, with the scale's middle step. */
function fullAssessment(instrument: Instrument, role: RespondentRole): Assessment {
  return {
    id: `full-${role}`,
    instrument: { id: instrument.id, version: instrument.version },
    subjectId: 'p0001',
    role,
    occasion: 'baseline',
    authored: '2026-01-05T09:00:00Z',
    status: 'completed',
    answers: areasForRole(instrument, role).flatMap(({ items }) =>
      items.map((item) => {
        const scale = instrument.scales[item.scaleId]!;
        return { linkId: item.linkId, value: Math.round((scale.min + scale.max) / 2) };
      }),
    ),
  };
}

describe('built-in instruments', () => {
  for (const instrument of [livsomraden, arbetsnara]) {
    describe(instrument.id, () => {
      it('passes parseInstrument unchanged', () => {
        const result = parseInstrument(instrument);
        expect(result.ok, JSON.stringify(result.ok ? [] : result.issues)).to.equal(true);
        if (result.ok) expect(result.value).to.deep.equal(instrument);
      });

      it('has every text in Swedish and English, none empty', () => {
        for (const { where, lang, text } of allTexts(instrument))
          expect(text.trim(), `${where}.${lang}`).to.not.equal('');
        for (const { where, lang } of allTexts(instrument).filter((t) => t.lang === 'sv')) {
          expect(
            allTexts(instrument).some((t) => t.where === where && t.lang === 'en'),
            `${where} in English`,
          ).to.equal(true, lang);
        }
      });

      it('gives every step a label and a plain-language description', () => {
        for (const scale of Object.values(instrument.scales)) {
          for (const step of scale.steps) {
            expect(step.label.sv, `step ${step.value}`).to.be.a('string');
            expect(step.description?.sv, `step ${step.value} description`).to.be.a('string').with.length.above(10);
            expect(step.description?.en, `step ${step.value} description`).to.be.a('string').with.length.above(10);
          }
        }
      });

      it('is MIT licensed and free to adapt', () => {
        expect(instrument.licence).to.include({ spdx: 'MIT', derivativesAllowed: true });
        expect(instrument.version).to.equal('1.0.0');
      });

      it('offers "Vet inte" and "Vill inte svara"', () => {
        for (const scale of Object.values(instrument.scales)) {
          expect(scale.missingCodes?.map((m) => [m.code, m.label.sv, m.label.en])).to.deep.equal([
            ['unknown', 'Vet inte', "Don't know"],
            ['declined', 'Vill inte svara', 'Prefer not to say'],
          ]);
        }
      });

      it('validates a full assessment by each of its roles', () => {
        for (const role of instrument.respondentRoles)
          expect(validateAssessment(instrument, fullAssessment(instrument, role)), role).to.deep.equal([]);
      });

      it('marks its reliability as an assumption and says so', () => {
        for (const area of instrument.areas) {
          expect(area.scoring.reliability, area.id).to.include({ value: 0.7, kind: 'assumed' });
          expect(area.scoring.reliability?.source, area.id).to.match(/^Assumed, not measured\./);
          expect(area.scoring.referenceSd, area.id).to.be.above(0);
        }
      });

      it('borrows no Outcomes Star stage names', () => {
        const borrowed = /\b(stuck|accepting help|believing|learning|self[- ]reliance)\b/i;
        for (const { where, text } of allTexts(instrument)) expect(text, where).not.to.match(borrowed);
      });

      it('cannot be changed by accident', () => {
        expect(() => {
          (instrument.areas[0]!.label as { sv: string }).sv = 'Ändrad';
        }).to.throw(TypeError);
        expect(instrument.areas[0]!.label.sv).not.to.equal('Ändrad');
      });
    });
  }

  it('are listed by id in builtInInstruments', () => {
    expect(Object.keys(builtInInstruments)).to.deep.equal(['stegvis:livsomraden', 'stegvis:arbetsnara']);
    expect(builtInInstruments['stegvis:livsomraden']).to.equal(livsomraden);
    expect(builtInInstruments['stegvis:arbetsnara']).to.equal(arbetsnara);
  });
});

describe('livsomraden', () => {
  it('has the eight life areas, one item per role each, scored single', () => {
    expect(livsomraden.areas.map((a) => a.id)).to.deep.equal([
      'work',
      'finances',
      'housing',
      'physicalHealth',
      'mentalWellbeing',
      'everydayLife',
      'relationships',
      'education',
    ]);
    for (const area of livsomraden.areas) {
      expect(
        area.items.map((i) => i.linkId),
        area.id,
      ).to.deep.equal([area.id, `${area.id}.cm`]);
      expect(
        area.items.map((i) => i.roles),
        area.id,
      ).to.deep.equal([['participant', 'joint'], ['caseManager']]);
      expect(area.items[1]!.text.sv, area.id).to.match(/deltagare/);
      expect(area.scoring.method).to.equal('single');
      expect(area.shortLabel?.sv, area.id).to.be.a('string');
      expect(area.shortLabel?.en, area.id).to.be.a('string');
      expect(area.scoring.referenceSd).to.equal(2);
    }
  });

  it('uses a 1–10 ladder, higher is better, in five stages of two steps', () => {
    const scale = livsomraden.scales.ladder10!;
    expect([scale.min, scale.max, scale.direction]).to.deep.equal([1, 10, 'higherIsBetter']);
    expect(scale.stages!.map((s) => [s.from, s.to])).to.deep.equal([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
    expect(stageFor(scale, 6)?.label.sv).to.equal('Jag provar själv');
    expect(new Set(scale.stages!.map((s) => s.label.sv)).size).to.equal(5);
  });

  it('speaks in "jag"-form', () => {
    for (const area of livsomraden.areas)
      expect(area.items[0]!.text.sv, area.id).to.match(/\b(jag|mig|min|mitt|mina)\b/i);
  });

  it('is easy to read: LIX under 25 and no sentence longer than 16 words', () => {
    const texts = swedishRespondentTexts(livsomraden);
    expect(lix(texts.join(' '))).to.be.below(25);
    for (const text of texts) {
      for (const sentence of text.split(/[.!?]+/).filter((s) => s.trim())) {
        expect(sentence.trim().split(/\s+/).length, sentence).to.be.at.most(16);
      }
    }
  });
});

describe('arbetsnara', () => {
  const paired = arbetsnara.areas.filter((a) => a.id !== 'caseManagerBelief');

  it("covers the BIP-inspired areas plus the case manager's belief", () => {
    expect(arbetsnara.areas.map((a) => a.id)).to.deep.equal([
      'jobSearch',
      'labourMarket',
      'healthCoping',
      'cooperation',
      'determination',
      'workBelief',
      'networkSupport',
      'everydayCoping',
      'concentration',
      'caseManagerBelief',
    ]);
    expect(arbetsnara.respondentRoles).to.deep.equal(['participant', 'caseManager']);
  });

  it('uses a 1–5 scale with an anchor for every step', () => {
    const scale = arbetsnara.scales.anchor5!;
    expect(scale.steps.map((s) => s.value)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(scale.steps.map((s) => s.label.sv)).to.deep.equal([
      'Stämmer inte alls',
      'Stämmer lite',
      'Stämmer ibland',
      'Stämmer oftast',
      'Stämmer helt',
    ]);
  });

  it('asks the participant in "jag"-form and the case manager about "deltagaren", one item each per area', () => {
    for (const area of paired) {
      expect(area.scoring.method, area.id).to.equal('mean');
      expect(
        area.items.map((i) => i.roles),
        area.id,
      ).to.deep.equal([['participant'], ['caseManager']]);
      expect(area.items[0]!.text.sv, area.id).to.match(/^Jag /);
      expect(area.items[1]!.text.sv, area.id).to.match(/^Deltagaren /);
    }
  });

  it("gives each role exactly one item per area, so a role's mean is its own answer", () => {
    const forParticipant = areasForRole(arbetsnara, 'participant');
    const forCaseManager = areasForRole(arbetsnara, 'caseManager');
    expect(forParticipant.map((a) => a.area.id)).to.deep.equal(paired.map((a) => a.id));
    expect(forCaseManager.map((a) => a.area.id)).to.deep.equal(arbetsnara.areas.map((a) => a.id));
    for (const { area, items } of [...forParticipant, ...forCaseManager]) expect(items, area.id).to.have.length(1);
  });

  it('asks only the case manager for their belief in the participant', () => {
    const belief = arbetsnara.areas.find((a) => a.id === 'caseManagerBelief')!;
    expect(belief.label.sv).to.equal('Min tilltro till att deltagaren får ett arbete');
    expect(belief.items.map((i) => i.roles)).to.deep.equal([['caseManager']]);
    const wrongRole = fullAssessment(arbetsnara, 'participant');
    wrongRole.answers.push({ linkId: 'caseManagerBelief.caseManager', value: 4 });
    expect(validateAssessment(arbetsnara, wrongRole).map((i) => i.code)).to.deep.equal(['wrong_role']);
  });

  it('is easy to read for the participant: LIX under 30', () => {
    const participantTexts = swedishRespondentTexts(arbetsnara).filter((t) => !/deltagaren/i.test(t));
    expect(lix(participantTexts.join(' '))).to.be.below(30);
  });
});
