import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { StegRatingForm } from '../src/components/rating-form/define.js';
import type { RatingFormValue } from '../src/components/rating-form/rating-form-value.js';
import {
  arbetsnara,
  generateSampleCohort,
  livsomraden,
  sampleParticipant,
  type Assessment,
  type Instrument,
} from '../src/sdk/index.js';

// Arabic is a module of its own: importing it registers it for every element.
import '../src/translations/ar.js';
import { livsomradenArabic } from '../src/translations/ar-instruments.js';

// Importing the class, not only the module, keeps a bundler that trusts package.json
// "sideEffects" from dropping the registration.
if (!customElements.get('steg-rating-form')) customElements.define('steg-rating-form', StegRatingForm);

const cohort = generateSampleCohort({ seed: 7, participants: 24 });
const subjectId = sampleParticipant(cohort, 'improved') ?? cohort.assessments[0]!.subjectId;
const baseline: Assessment | undefined = cohort.assessments.find(
  (a) =>
    a.subjectId === subjectId &&
    a.role === 'participant' &&
    a.occasion === 'baseline' &&
    a.instrument.id === livsomraden.id,
);

interface Args {
  instrument: Instrument;
  respondentRole: 'participant' | 'caseManager' | 'joint';
  layout: 'all' | 'step' | 'auto';
  lang: string;
  collectGoals: boolean;
  collectCards: boolean;
  required: boolean;
  disabled: boolean;
  previous?: Assessment;
  value?: RatingFormValue;
  /** The `disabled-reason` attribute. */
  disabledReason?: string;
  /** Text for the `intro` slot. */
  intro?: string;
  /** A container width for the story, e.g. `360px`. */
  width?: string;
  /** The element's own wording (`.strings`). */
  strings?: Partial<Record<string, string>>;
}

const renderForm = (args: Args): TemplateResult => html`<steg-rating-form
  lang=${args.lang}
  respondent-role=${args.respondentRole}
  layout=${args.layout}
  subject-id=${subjectId}
  occasion="followUp"
  ?collect-goals=${args.collectGoals}
  ?collect-cards=${args.collectCards}
  ?required=${args.required}
  ?disabled=${args.disabled}
  disabled-reason=${ifDefined(args.disabledReason)}
  .instrument=${args.instrument}
  .previous=${args.previous}
  .value=${args.value}
  .strings=${args.strings}
  >${args.intro ? html`<p slot="intro">${args.intro}</p>` : nothing}</steg-rating-form
>`;

const render = (args: Args): TemplateResult =>
  args.width
    ? html`<div style="inline-size: ${args.width}; max-inline-size: 100%">${renderForm(args)}</div>`
    : renderForm(args);

/** Focuses step 4 of the first question without choosing it (for play functions). */
async function focusFirstStep(canvas: HTMLElement, value = 4): Promise<void> {
  const form = canvas.querySelector('steg-rating-form')!;
  await form.updateComplete;
  form.shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="v:${value}"]`)!.focus();
  await form.updateComplete;
}

/** Clicks a button inside the form's shadow root by its visible text (for play functions). */
async function clickFormButton(canvas: HTMLElement, text: string): Promise<void> {
  const form = canvas.querySelector('steg-rating-form')!;
  await form.updateComplete;
  [...form.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(text))?.click();
  await form.updateComplete;
}

const meta: Meta<Args> = {
  title: 'Komponenter/Rating form',
  component: 'steg-rating-form',
  tags: ['autodocs'],
  render,
  args: {
    instrument: livsomraden,
    respondentRole: 'participant',
    layout: 'all',
    lang: 'sv',
    collectGoals: false,
    collectCards: false,
    required: false,
    disabled: false,
  },
  argTypes: {
    instrument: { control: false },
    previous: { control: false },
    value: { control: false },
    respondentRole: { control: 'inline-radio', options: ['participant', 'caseManager', 'joint'] },
    layout: { control: 'inline-radio', options: ['all', 'step', 'auto'] },
    lang: { control: 'inline-radio', options: ['sv', 'en', 'ar'] },
    strings: { control: 'object' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The self-rating form. Native radio groups, no pre-selected value, "Vet inte" / "Vill inte svara" set apart, a review page, ' +
          'GOV.UK error summary, form-associated (submits `JSON.stringify(value)` with a plain `<form>`), and a draft that can be ' +
          'stored anywhere and restored exactly. It sends and stores nothing itself: see "Utkast sparas lokalt".',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Livsområden, answered by the participant, every area on one page. */
export const Deltagare: Story = {};

/** The same instrument answered by the case manager about the participant. */
export const Handläggare: Story = { args: { respondentRole: 'caseManager' } };

/** Arbetsnära: the participant answers the "jag" statements. */
export const ArbetsnäraDeltagare: Story = { name: 'Arbetsnära – deltagare', args: { instrument: arbetsnara } };

/** Arbetsnära: the case manager answers the statements about "deltagaren", and one of their own. */
export const ArbetsnäraHandläggare: Story = {
  name: 'Arbetsnära – handläggare',
  args: { instrument: arbetsnara, respondentRole: 'caseManager' },
};

/** One area per page, GOV.UK style: "Område 3 av 8", back and continue; focus moves to each page's heading. */
export const EttOmrådePerSida: Story = { name: 'Ett område per sida', args: { layout: 'step' } };

/** `layout="auto"` in a phone-wide container (360 px): one area per page. */
export const SmalSkärm: Story = {
  name: 'Smal skärm (auto)',
  args: { layout: 'auto' },
  render: (args) =>
    html`<div style="max-inline-size: 360px; border: 1px dashed #8d98a3; padding: 8px">${render(args)}</div>`,
};

/** "Förra gången: 4" beside each item, from the participant's baseline; nothing is pre-selected. */
export const MedFörraSvaren: Story = { name: 'Med förra svaren', args: { previous: baseline } };

/** The host enables the desired level (goal) and "what would be a step forward for me?" per area. */
export const MedMålOchStegFramåt: Story = {
  name: 'Med mål och steg framåt',
  args: { collectGoals: true, collectCards: true },
};

/** "Granska svaren" with unanswered required items: the error summary, focused, linked to each item. */
export const Valideringsfel: Story = {
  args: {
    value: {
      answers: [
        { linkId: 'work', value: 4 },
        { linkId: 'finances', value: null, missing: 'unknown' },
      ],
    },
  },
  play: async ({ canvasElement }) => clickFormButton(canvasElement, 'Granska svaren'),
};

/** The review page with a change button per area, restored from a draft. */
export const Granska: Story = {
  args: {
    collectGoals: true,
    collectCards: true,
    value: {
      answers: livsomraden.areas.map((area, i) =>
        i === 2
          ? { linkId: area.id, value: null, missing: 'declined' as const }
          : { linkId: area.id, value: ((i * 3) % 10) + 1 },
      ),
      formState: {
        review: true,
        goals: [{ areaId: 'work', targetValue: 6 }],
        cards: [{ areaId: 'work', text: 'Gå till praktikplatsen två dagar i veckan.' }],
      },
    },
  },
};

/** English interface and texts. */
export const English: Story = { args: { lang: 'en', previous: baseline } };

/**
 * Right to left: a page in Arabic. `import 'stegvis/translations/ar.js'` gives the interface, and
 * `livsomradenArabic` (from `stegvis/translations/ar-instruments.js`) the instrument's texts. Not yet
 * reviewed by a native speaker.
 */
export const HögerTillVänster: Story = {
  name: 'Höger till vänster (arabiska)',
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      ${render({ ...args, lang: 'ar', instrument: args.instrument === livsomraden ? livsomradenArabic : args.instrument })}
    </div>`,
};

/**
 * A municipality's own words: `.strings` replaces any interface string of one element (here the
 * case manager's form says "coachen" and "Nästa fråga"); `registerTranslation('sv', { ratingForm: … })`
 * does the same for every element on the page.
 */
export const EgnaOrd: Story = {
  name: 'Egna ord (kommunens ordval)',
  args: {
    respondentRole: 'caseManager',
    layout: 'step',
    collectCards: true,
    strings: {
      continue: 'Nästa fråga',
      areaOf: 'Fråga {n} av {total}',
      stepForwardCaseManager: 'Vad skulle deltagaren och coachen se som ett steg framåt? (frivilligt)',
    },
  },
};

/** Forced dark theme. */
export const Mörkt: Story = {
  render: (args) => html`<div style="background: #15191d; padding: 16px">
    <steg-rating-form theme="dark" lang=${args.lang} layout="step" .instrument=${args.instrument} .previous=${baseline}></steg-rating-form>
  </div>`,
};

/**
 * Forced colours (Windows contrast themes) come from the system, never from a theme of these stories:
 * turn them on in Chrome or Edge DevTools, Rendering → "Emulate CSS media feature forced-colors: active",
 * with "prefers-color-scheme" light or dark for the two system palettes. Every story is checked that
 * way in the test suite (real emulation, light and dark palette).
 */
export const TvingadeFärger: Story = { name: 'Tvingade färger (slå på i DevTools)' };

/** Disabled, as inside a `<fieldset disabled>`. */
export const Avstängd: Story = { args: { disabled: true } };

const reason = 'Svaren är skickade till din handläggare. Hör av dig till hen om du vill ändra något.';

/** Disabled, with the host's reason in `disabled-reason`, announced at the top (360 px). */
export const AvstängdMedSkäl360: Story = {
  name: 'Avstängd med skäl, 360 px',
  args: { disabled: true, disabledReason: reason, width: '360px' },
};

/** Disabled, with the host's reason in `disabled-reason` (1000 px). */
export const AvstängdMedSkäl1000: Story = {
  name: 'Avstängd med skäl, 1000 px',
  args: { disabled: true, disabledReason: reason, width: '1000px' },
};

/**
 * Keyboard focus on a step that is not chosen: its meaning is shown as a preview ("Om du väljer
 * det här:"), dashed and unfilled, never like an answer (360 px).
 */
export const FörhandsvisningVidFokus360: Story = {
  name: 'Förhandsvisning vid fokus, 360 px',
  args: { width: '360px', layout: 'all' },
  play: async ({ canvasElement }) => focusFirstStep(canvasElement),
};

/** The focus preview beside a chosen answer's look (1000 px): step 7 chosen, step 4 focused. */
export const FörhandsvisningVidFokus1000: Story = {
  name: 'Förhandsvisning vid fokus, 1000 px',
  args: { width: '1000px', value: { answers: [{ linkId: 'work', value: 7 }] } },
  play: async ({ canvasElement }) => focusFirstStep(canvasElement),
};

const introText =
  'Du svarar på åtta frågor om hur ditt liv ser ut just nu. Det finns inga rätta svar. Du kan hoppa över en fråga.';

/** The host's introduction in the `intro` slot, before the first area (360 px, one area per page). */
export const Inledning360: Story = {
  name: 'Inledning, 360 px',
  args: { intro: introText, width: '360px', layout: 'auto' },
};

/** The host's introduction in the `intro` slot, before the first area (1000 px). */
export const Inledning1000: Story = {
  name: 'Inledning, 1000 px',
  args: { intro: introText, width: '1000px' },
};

/** A bad instrument: an accessible error state and a `steg-error` event, never a crash. */
export const FelaktigtInstrument: Story = {
  name: 'Felaktigt instrument',
  args: { instrument: { id: 'x', version: 'ett', areas: [] } as unknown as Instrument },
};

/**
 * The instrument is replaced by a new version while a draft is open: every answer whose item
 * still exists is kept; the rest is shown to the participant and reported in `steg-answers-dropped`.
 */
export const NyVersionAvInstrumentet: Story = {
  name: 'Ny version av instrumentet',
  render: (args) => {
    const next: Instrument = {
      ...livsomraden,
      version: '2.0.0',
      areas: livsomraden.areas.filter((a) => a.id !== 'education'),
    };
    const swap = (event: Event) => {
      const form = (event.target as HTMLElement).parentElement!.querySelector('steg-rating-form')!;
      form.instrument = next;
    };
    return html`${render({
      ...args,
      value: {
        answers: [
          { linkId: 'work', value: 5 },
          { linkId: 'education', value: 3, comment: 'Jag har börjat på SFI.' },
        ],
      },
    })}
      <p><button @click=${swap}>Byt till version 2.0.0 (utan "Utbildning och kunskaper")</button></p>`;
  },
};

/**
 * Inside a plain `<form>` of a legacy page: the form submits `JSON.stringify(value)` under its
 * `name`, and is blocked (with the error summary) while required items are unanswered.
 */
export const IEttVanligtFormulär: Story = {
  name: 'I ett vanligt formulär',
  render: (args) => {
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      form.querySelector('output')!.textContent = String(new FormData(form).get('skattning'));
    };
    return html`<form @submit=${onSubmit}>
      <steg-rating-form name="skattning" lang=${args.lang} layout="step" subject-id=${subjectId} occasion="followUp" .instrument=${args.instrument}></steg-rating-form>
      <p><button type="submit">Spara i ärendet</button> <button type="reset">Börja om</button></p>
      <output style="display: block; white-space: pre-wrap; font-family: monospace; font-size: 0.8rem"></output>
    </form>`;
  },
};

/**
 * The host decides where drafts go; the form stores nothing itself. Here every change is saved
 * to `localStorage` and the draft (answers, comments, the page) comes back after a reload. The
 * draft is removed when the answers are sent.
 *
 * ```js
 * const key = 'stegvis-draft:' + form.getAttribute('subject-id');
 * const saved = localStorage.getItem(key);
 * if (saved) form.value = JSON.parse(saved);
 * form.addEventListener('input', () => localStorage.setItem(key, JSON.stringify(form.value)));
 * form.addEventListener('steg-submit', () => localStorage.removeItem(key));
 * ```
 */
export const UtkastSparasLokalt: Story = {
  name: 'Utkast sparas lokalt',
  render: (args) => {
    const key = `stegvis-draft:${subjectId}`;
    let saved: RatingFormValue | undefined;
    try {
      saved = JSON.parse(localStorage.getItem(key) ?? 'null') ?? undefined;
    } catch {
      saved = undefined;
    }
    const save = (event: Event) => {
      localStorage.setItem(key, JSON.stringify((event.target as StegRatingForm).value));
    };
    const sent = () => localStorage.removeItem(key);
    const clear = (event: Event) => {
      localStorage.removeItem(key);
      const form = (event.target as HTMLElement).closest('div')!.querySelector('steg-rating-form')!;
      form.value = null;
    };
    return html`<div>
      <p style="font-size: 0.875rem">Svara på några frågor och ladda om sidan: svaren, kommentarerna och sidan finns kvar.
        <button @click=${clear}>Töm utkastet</button></p>
      <steg-rating-form
        lang=${args.lang}
        layout="step"
        subject-id=${subjectId}
        occasion="followUp"
        .instrument=${args.instrument}
        .value=${saved}
        @input=${save}
        @steg-submit=${sent}
      ></steg-rating-form>
    </div>`;
  },
};
