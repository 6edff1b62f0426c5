import { expect } from '@open-wc/testing';
import {
  fromFhirQuestionnaireResponse,
  livsomraden,
  toFhirQuestionnaire,
  type RespondentRole,
} from '../../../src/sdk/index.js';

/**
 * The exported Questionnaire in a real FHIR form filler: LHC-Forms 40 (the `lforms` package, a dev
 * dependency), loaded from its prebuilt distribution as a page would load it (Zone.js, the
 * `lhc-forms` web component bundle, the FHIR R4 support), filled in by clicking its radio buttons,
 * and its QuestionnaireResponse read back with `fromFhirQuestionnaireResponse`.
 */
const dist = '/node_modules/lforms/dist/lforms';

interface LFormsGlobal {
  lformsVersion: string;
  Util: {
    addFormToPage(form: unknown, container: HTMLElement, options?: Record<string, unknown>): Promise<void>;
    getFormFHIRData(type: 'QuestionnaireResponse', version: 'R4', container: HTMLElement): Record<string, unknown>;
  };
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The rendered form's radio groups, by the linkId of their item (LHC-Forms names them `radiogroup_<linkId>/1/1`). */
function radioGroups(container: HTMLElement): Map<string, HTMLInputElement[]> {
  const groups = new Map<string, HTMLInputElement[]>();
  for (const input of container.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    const linkId = input.name.replace(/^radiogroup_/, '').replace(/\/1\/1$/, '');
    groups.set(linkId, [...(groups.get(linkId) ?? []), input]);
  }
  return groups;
}

describe('the livsomraden Questionnaire in LHC-Forms (a real FHIR form filler)', function () {
  this.timeout(60_000);
  let LForms: LFormsGlobal;

  before(async () => {
    await loadScript(`${dist}/webcomponent/assets/lib/zone.min.js`);
    await loadScript(`${dist}/webcomponent/lhc-forms.js`);
    await loadScript(`${dist}/fhir/lformsFHIRAll.min.js`);
    LForms = (window as unknown as { LForms: LFormsGlobal }).LForms;
  });

  it('is LHC-Forms 40', () => {
    expect(LForms.lformsVersion).to.match(/^40\./);
  });

  it('shows each step’s score after its text unless told not to (displayScoreWithAnswerText: false)', async () => {
    const questionnaire = toFhirQuestionnaire(livsomraden, { role: 'participant' }) as Json;
    const firstLabel = async (options: Record<string, unknown>) => {
      const container = document.createElement('div');
      document.body.append(container);
      try {
        await LForms.Util.addFormToPage(questionnaire, container, { fhirVersion: 'R4', ...options });
        for (let i = 0; i < 300 && !container.querySelector('input[type="radio"]'); i++)
          await new Promise((resolve) => setTimeout(resolve, 50));
        return clean(container.querySelector('input[type="radio"]')!.closest('label')!.textContent);
      } finally {
        container.remove();
      }
    };
    const step = questionnaire.item[0].item[0].answerOption[0].valueCoding.display as string;
    // The score comes from the itemWeight extension the export writes for scoring.
    expect(await firstLabel({})).to.equal(`1. ${step} - 1`);
    expect(await firstLabel({ displayScoreWithAnswerText: false })).to.equal(`1. ${step}`);
  });

  const roles: RespondentRole[] = ['participant', 'caseManager'];
  for (const role of roles) {
    it(`shows the ${role}'s form, is filled in by clicking, and its response imports with every answer (${role})`, async () => {
      const questionnaire = toFhirQuestionnaire(livsomraden, { role }) as Json;
      const other = toFhirQuestionnaire(livsomraden, {
        role: role === 'participant' ? 'caseManager' : 'participant',
      }) as Json;
      const questions: Json[] = questionnaire.item.flatMap((group: Json) => group.item);
      const otherTexts: string[] = other.item.flatMap((group: Json) => group.item.map((q: Json) => q.text));
      const container = document.createElement('div');
      document.body.append(container);
      try {
        await LForms.Util.addFormToPage(questionnaire, container, { fhirVersion: 'R4' });
        // The web component renders after its inputs are set: wait for the radio buttons.
        for (let i = 0; i < 300 && container.querySelectorAll('input[type="radio"]').length === 0; i++)
          await new Promise((resolve) => setTimeout(resolve, 50));
        const shown = clean(container.textContent);

        // One question per area, this role's wording only.
        expect(questions).to.have.length(livsomraden.areas.length);
        const groups = radioGroups(container);
        expect([...groups.keys()]).to.deep.equal(questions.map((q) => q.linkId));
        for (const q of questions) expect(shown).to.contain(q.text);
        for (const text of otherTexts) if (!questions.some((q) => q.text === text)) expect(shown).not.to.contain(text);

        // The steps as radio buttons (not a dropdown), each with its meaning.
        expect(container.querySelectorAll('select, lhc-autocomplete, input.ansList')).to.have.length(0);
        for (const q of questions) {
          const radios = groups.get(q.linkId)!;
          expect(radios).to.have.length(q.answerOption.length);
          const labels = radios.map((r) => clean(r.closest('label')!.textContent));
          q.answerOption.forEach((option: Json, i: number) => expect(labels[i]).to.contain(option.valueCoding.display));
        }
        // A step's description is there (the participant's or the case manager's voice).
        expect(questions[0]!.answerOption[0].valueCoding.display).to.contain(' – ');

        // Fill in: area i gets step (i mod 10) + 1, by clicking its label as a person would.
        const chosen = new Map<string, number>();
        questions.forEach((q, i) => {
          const option = q.answerOption[i % 10];
          const weight = option.extension.find((e: Json) => e.url.endsWith('/itemWeight')).valueDecimal as number;
          chosen.set(q.linkId, weight);
          groups.get(q.linkId)![i % 10]!.closest('label')!.click();
        });
        const picked = () => [...groups.values()].map((radios, i) => radios[i % 10]!.checked);
        for (let i = 0; i < 100 && picked().includes(false); i++) await new Promise((r) => setTimeout(r, 50));
        expect(picked()).to.deep.equal(questions.map(() => true));

        // LHC-Forms' own QuestionnaireResponse, read back.
        const response = LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', container) as Json;
        expect(response.resourceType).to.equal('QuestionnaireResponse');
        // A form filler knows neither the resource's id nor whom it is about: the case system that
        // stores the response sets both. Without them the import says so, naming the fields.
        const bare = fromFhirQuestionnaireResponse(livsomraden, response, { role, occasion: 'baseline' });
        expect(bare.ok).to.equal(false);
        if (!bare.ok) expect(bare.issues.map((i) => i.path.join('.')).sort()).to.deep.equal(['id', 'subject']);
        const stored = { ...response, id: 'svar-1', subject: { identifier: { value: 'p0001' } } };
        const imported = fromFhirQuestionnaireResponse(livsomraden, stored, { role, occasion: 'baseline' });
        if (!imported.ok) throw new Error(JSON.stringify(imported.issues, null, 1));
        const answers = imported.value.answers.map((a) => [a.linkId, a.value]);
        expect(answers).to.deep.equal([...chosen]);
        expect(imported.value.role).to.equal(role);
        expect(imported.value.instrument).to.deep.equal({ id: livsomraden.id, version: livsomraden.version });
      } finally {
        container.remove();
      }
    });
  }
});
