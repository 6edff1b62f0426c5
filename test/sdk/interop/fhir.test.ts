import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  FHIR_ITEM_CONTROL,
  FHIR_ITEM_WEIGHT,
  FHIR_OPTION_PREFIX,
  FHIR_TRANSLATION,
  fromFhirQuestionnaireResponse,
  livsomraden,
  arbetsnara,
  resolveText,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  type Assessment,
} from '../../../src/sdk/index.js';
import { testInstrument } from '../scoring/fixtures.js';
import { arbitraryAssessment } from './arbitraries.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function linkIds(items: Json[] = []): string[] {
  return items.flatMap((i) => [i.linkId as string, ...linkIds(i.item)]);
}

const instrument = testInstrument();
const base: Assessment = {
  id: 'a1',
  instrument: { id: 'scoring-test', version: '1.0.0' },
  subjectId: 'p-17',
  role: 'participant',
  occasion: 'followUp',
  authored: '2026-03-01T09:30:00Z',
  status: 'completed',
  answers: [
    { linkId: 'housing.1', value: 4, comment: 'Har fått en egen lägenhet' },
    { linkId: 'health.1', value: null, missing: 'declined' },
    { linkId: 'worry.1', value: 0 },
  ],
};

describe('toFhirQuestionnaire', () => {
  const q = toFhirQuestionnaire(instrument) as Json;

  it('is an R4 Questionnaire pinned to the instrument version', () => {
    expect(q).to.include({
      resourceType: 'Questionnaire',
      url: 'urn:stegvis:instrument:scoring-test',
      version: '1.0.0',
      status: 'active',
      title: 'Test',
    });
  });

  it('makes each area a group of choice items', () => {
    expect(q.item.map((g: Json) => [g.linkId, g.type, g.text])).to.deep.equal([
      ['area:housing', 'group', 'Boende'],
      ['area:health', 'group', 'Hälsa'],
      ['area:work', 'group', 'Arbete'],
      ['area:worry', 'group', 'Oro'],
    ]);
    expect(q.item[1].item.map((i: Json) => [i.linkId, i.type])).to.deep.equal([
      ['health.1', 'choice'],
      ['health.2', 'choice'],
      ['health.3', 'choice'],
    ]);
  });

  it('gives each step as a valueCoding with its score in the itemWeight extension and its number as prefix', () => {
    const options = q.item[0].item[0].answerOption as Json[];
    expect(options[0]).to.deep.equal({
      extension: [
        { url: FHIR_ITEM_WEIGHT, valueDecimal: 1 },
        { url: FHIR_OPTION_PREFIX, valueString: '1' },
      ],
      valueCoding: {
        system: 'urn:stegvis:instrument:scoring-test:scale:five',
        code: 'v1',
        display: 'Steg 1',
        _display: {
          extension: [
            {
              url: FHIR_TRANSLATION,
              extension: [
                { url: 'lang', valueCode: 'en' },
                { url: 'content', valueString: 'Step 1' },
              ],
            },
          ],
        },
      },
    });
    // Five steps, then the scale's missing code, which has no weight.
    expect(options).to.have.length(6);
    expect(options[5].extension).to.equal(undefined);
    expect(options[5].valueCoding).to.include({
      system: 'urn:stegvis:missing-code',
      code: 'declined',
      display: 'Vill inte svara',
    });
  });

  it('carries English through the translation extension', () => {
    expect(q._title.extension[0].extension).to.deep.equal([
      { url: 'lang', valueCode: 'en' },
      { url: 'content', valueString: 'Test' },
    ]);
    expect(q.item[0]._text.extension[0].extension[1]).to.deep.equal({ url: 'content', valueString: 'Housing' });
  });

  it('keeps every linkId unique, even where an area and its item share an id', () => {
    for (const inst of [instrument, livsomraden]) {
      const ids = linkIds((toFhirQuestionnaire(inst) as Json).item);
      expect(new Set(ids).size).to.equal(ids.length);
    }
  });
});

describe('toFhirQuestionnaireResponse', () => {
  const qr = toFhirQuestionnaireResponse(instrument, base) as Json;

  it('answers with codings grouped by area', () => {
    expect(qr).to.include({
      resourceType: 'QuestionnaireResponse',
      id: 'a1',
      questionnaire: 'urn:stegvis:instrument:scoring-test|1.0.0',
      status: 'completed',
      authored: '2026-03-01T09:30:00Z',
    });
    expect(qr.subject).to.deep.equal({ identifier: { system: 'urn:stegvis:subject', value: 'p-17' } });
    expect(qr.item.map((g: Json) => g.linkId)).to.deep.equal(['area:housing', 'area:health', 'area:worry']);
    expect(qr.item[0].item[0].answer[0].valueCoding).to.include({ code: 'v4', display: 'Steg 4' });
    expect(qr.item[1].item[0].answer[0].valueCoding).to.include({
      system: 'urn:stegvis:missing-code',
      code: 'declined',
    });
    expect(qr.item[0].item[0].extension).to.deep.equal([
      { url: 'urn:stegvis:fhir:comment', valueString: 'Har fått en egen lägenhet' },
    ]);
  });

  it('reads back to the same assessment', () => {
    const back = fromFhirQuestionnaireResponse(instrument, JSON.parse(JSON.stringify(qr)));
    expect(back).to.deep.equal({ ok: true, value: base });
  });

  it('round-trips any valid assessment without loss (property)', function () {
    // Generous: the machine running the suite may be busy; speed is measured in bench/, not here.
    this.timeout(120_000);
    fc.assert(
      fc.property(arbitraryAssessment(instrument), (assessment) => {
        const resource = JSON.parse(JSON.stringify(toFhirQuestionnaireResponse(instrument, assessment)));
        expect(fromFhirQuestionnaireResponse(instrument, resource)).to.deep.equal({ ok: true, value: assessment });
      }),
      { numRuns: 200 },
    );
  });

  it('returns answers in instrument order', () => {
    const shuffled = { ...base, answers: base.answers.slice().reverse() };
    const back = fromFhirQuestionnaireResponse(instrument, toFhirQuestionnaireResponse(instrument, shuffled));
    expect(back.ok && back.value.answers.map((a) => a.linkId)).to.deep.equal(['housing.1', 'health.1', 'worry.1']);
  });
});

describe('fromFhirQuestionnaireResponse', () => {
  const good = () => JSON.parse(JSON.stringify(toFhirQuestionnaireResponse(instrument, base))) as Json;
  const issuesOf = (resource: unknown) => {
    const result = fromFhirQuestionnaireResponse(instrument, resource);
    expect(result.ok).to.equal(false);
    return result.ok ? [] : result.issues.map((i) => [i.path, i.code]);
  };

  it('rejects what is not a QuestionnaireResponse', () => {
    expect(issuesOf(null)).to.deep.equal([[[], 'invalid_type']]);
    expect(issuesOf([])).to.deep.equal([[[], 'invalid_type']]);
    expect(issuesOf({ resourceType: 'Patient' })).to.deep.equal([[['resourceType'], 'wrong_resource']]);
  });

  it('names every missing field', () => {
    expect(issuesOf({ resourceType: 'QuestionnaireResponse' })).to.deep.equal([
      [['id'], 'required'],
      [['questionnaire'], 'required'],
      [['status'], 'invalid_value'],
      [['authored'], 'required'],
      [['subject'], 'required'],
      [['extension'], 'required'],
      [['extension'], 'required'],
    ]);
  });

  it('points at a code that is not on the scale', () => {
    const r = good();
    r.item[0].item[0].answer[0].valueCoding.code = 'v9';
    expect(issuesOf(r)).to.deep.equal([[['item', 0, 'item', 0, 'answer', 0, 'valueCoding'], 'unknown_code']]);
  });

  it('points at an unknown linkId and at a second answer', () => {
    const r = good();
    r.item[2].item[0].linkId = 'nope';
    r.item[0].item[0].answer.push({ valueCoding: { code: 'v1' } });
    expect(issuesOf(r)).to.deep.equal([
      [['item', 0, 'item', 0, 'answer'], 'too_many'],
      [['item', 2, 'item', 0, 'linkId'], 'unknown_link_id'],
    ]);
  });

  it('rejects a response to another questionnaire', () => {
    const r = good();
    r.questionnaire = 'http://example.org/Questionnaire/other|1.0.0';
    expect(issuesOf(r)).to.deep.equal([[['questionnaire'], 'instrument_mismatch']]);
  });

  it('never throws, even on a resource whose getters throw', () => {
    const hostile = {
      resourceType: 'QuestionnaireResponse',
      get id(): string {
        throw new Error('boom');
      },
    };
    expect(issuesOf(hostile)).to.deep.equal([[[], 'unreadable']]);
  });

  it('reads a response from another system with the role and occasion given', () => {
    const foreign = {
      resourceType: 'QuestionnaireResponse',
      id: 'lhc-1',
      questionnaire: 'urn:stegvis:instrument:scoring-test|1.0.0',
      status: 'completed',
      subject: { reference: 'Patient/p-9' },
      source: { reference: 'Patient/p-9' },
      authored: '2026-04-01',
      item: [
        { linkId: 'housing.1', answer: [{ valueCoding: { code: 'v2' } }] },
        { linkId: 'worry.1', answer: [{ valueInteger: 3 }] },
      ],
    };
    const result = fromFhirQuestionnaireResponse(instrument, foreign, { occasion: 'exit' });
    expect(result).to.deep.equal({
      ok: true,
      value: {
        id: 'lhc-1',
        instrument: { id: 'scoring-test', version: '1.0.0' },
        subjectId: 'p-9',
        role: 'participant',
        occasion: 'exit',
        authored: '2026-04-01',
        status: 'completed',
        answers: [
          { linkId: 'housing.1', value: 2 },
          { linkId: 'worry.1', value: 3 },
        ],
      },
    });
  });
});

describe('toFhirQuestionnaire for one role', () => {
  const choiceItems = (q: Json): Json[] => q.item.flatMap((g: Json) => g.item as Json[]);

  it("exports only the case manager's items, worded about the participant, each answered once", () => {
    const q = toFhirQuestionnaire(livsomraden, { role: 'caseManager' }) as Json;
    const items = choiceItems(q);
    expect(items.map((i) => i.linkId)).to.deep.equal(livsomraden.areas.map((a) => `${a.id}.cm`));
    expect(items[0]!.text).to.equal('Hur går det för deltagaren med arbete eller annat att göra på dagarna?');
    expect(items[0]!.item[0].text).to.equal(
      'Till exempel ett jobb, en praktik eller en aktivitet som deltagaren går till.',
    );
    expect(q.extension).to.deep.equal([{ url: 'urn:stegvis:fhir:respondent-role', valueCode: 'caseManager' }]);
    // The step in the case manager's voice, with its meaning, in Swedish and English.
    const step3 = items[0]!.answerOption[2].valueCoding;
    expect(step3.display).to.equal('Vill ha hjälp – Deltagaren vill att något ska bli bättre och tar emot hjälp.');
    expect(step3._display.extension[0].extension[1].valueString).to.equal(
      'Wants help – The participant wants something to get better and accepts help.',
    );
    const all = JSON.stringify(q);
    expect(all).not.to.match(/Jag vill ha hjälp|som jag går till/);
  });

  it("exports the participant's items alone in the participant's voice", () => {
    const items = choiceItems(toFhirQuestionnaire(arbetsnara, { role: 'participant' }) as Json);
    expect(items.every((i) => i.linkId.endsWith('.participant'))).to.equal(true);
    expect(items).to.have.length(9);
  });

  it('marks every rating item as radio buttons (SDC itemControl)', () => {
    for (const q of [
      toFhirQuestionnaire(livsomraden) as Json,
      toFhirQuestionnaire(livsomraden, { role: 'joint' }) as Json,
    ]) {
      for (const item of choiceItems(q)) {
        expect(item.extension[0]).to.deep.equal({
          url: FHIR_ITEM_CONTROL,
          valueCodeableConcept: {
            coding: [
              {
                system: 'http://hl7.org/fhir/questionnaire-item-control',
                code: 'radio-button',
                display: 'Radio Button',
              },
            ],
          },
        });
      }
    }
  });

  it('a response filled in from the exported form, as a filler writes it, imports as an assessment', () => {
    const q = toFhirQuestionnaire(livsomraden, { role: 'caseManager' }) as Json;
    // What a form filler does: copy each group and item, answer with one of the item's options.
    const picks = [0, 3, 6, 9, 10, 2, 5, 8];
    const response = {
      resourceType: 'QuestionnaireResponse',
      id: 'qr-1',
      questionnaire: `${q.url}|${q.version}`,
      status: 'completed',
      authored: '2026-05-04T10:00:00Z',
      subject: { identifier: { value: 'p-9' } },
      item: q.item.map((group: Json, g: number) => ({
        linkId: group.linkId,
        text: group.text,
        item: group.item.map((item: Json) => ({
          linkId: item.linkId,
          text: item.text,
          answer: [{ valueCoding: item.answerOption[picks[g]!].valueCoding }],
        })),
      })),
    };
    const result = fromFhirQuestionnaireResponse(livsomraden, response, { role: 'caseManager', occasion: 'baseline' });
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
    if (!result.ok) return;
    expect(result.value.role).to.equal('caseManager');
    expect(result.value.subjectId).to.equal('p-9');
    // Options 0–9 are the steps 1–10; option 10 is the first missing code ("Vet inte").
    expect(result.value.answers.map((a) => [a.linkId, a.value, a.missing])).to.deep.equal(
      livsomraden.areas.map((a, g) => [
        `${a.id}.cm`,
        picks[g]! < 10 ? picks[g]! + 1 : null,
        picks[g]! < 10 ? undefined : 'unknown',
      ]),
    );
    expect(resolveText(livsomraden.title, 'sv')).to.equal('Livsområden');
  });
});
