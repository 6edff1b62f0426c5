import type { Meta, StoryObj } from '@storybook/web-components';
import { html, type TemplateResult } from 'lit';
import { StegProgressionCard } from '../src/components/progression-card/define.js';
import {
  generateSampleCohort,
  livsomraden,
  sampleParticipant,
  type Instrument,
  type SampleStory,
} from '../src/sdk/index.js';

// Importing the class, not only the module, keeps a bundler that trusts package.json
// "sideEffects" from dropping the registration.
if (!customElements.get('steg-progression-card')) customElements.define('steg-progression-card', StegProgressionCard);

const cohort = generateSampleCohort({ seed: 11, participants: 120 });

// Stories pick participants who set goals, so the goal marks show; and the first participant
// with a missing occasion also improved clearly in this cohort, so that story takes the next one.
const withGoals = new Set(cohort.goals.map((g) => g.subjectId));
const among = (keep: (subjectId: string) => boolean) => ({
  ...cohort,
  assessments: cohort.assessments.filter((a) => keep(a.subjectId)),
});
const improvedId = sampleParticipant(
  among((s) => withGoals.has(s)),
  'improved',
);
const missingId = sampleParticipant(
  among((s) => withGoals.has(s) && s !== improvedId),
  'missingOccasions',
);

/** One sample participant's data, everything filtered to them. */
function participant(story: SampleStory) {
  const picked =
    story === 'improved' ? improvedId : story === 'missingOccasions' ? missingId : sampleParticipant(cohort, story);
  const subjectId = picked ?? cohort.assessments[0]!.subjectId;
  return {
    subjectId,
    assessments: cohort.assessments.filter((a) => a.subjectId === subjectId),
    goals: cohort.goals.filter((g) => g.subjectId === subjectId),
    cards: cohort.cards.filter((c) => c.subjectId === subjectId),
    interventions: cohort.interventions,
    episodes: cohort.episodes.filter((e) => e.subjectId === subjectId),
  };
}

interface Args {
  story: SampleStory;
  instrument: Instrument;
  respondentRole: 'participant' | 'caseManager' | 'joint';
  variant: 'full' | 'compact';
  showRadar: boolean;
  lang: string;
  theme?: 'light' | 'dark';
}

const logEvent = (event: Event) => {
  const detail = (event as CustomEvent).detail as { areaId?: string; cardId?: string };
  const output = (event.currentTarget as HTMLElement).parentElement?.querySelector('output');
  if (output) output.textContent = `${event.type}: ${detail.areaId ?? detail.cardId ?? ''}`;
};

const render = (args: Args): TemplateResult => {
  const data = participant(args.story);
  return html`<steg-progression-card
      lang=${args.lang}
      respondent-role=${args.respondentRole}
      variant=${args.variant}
      theme=${args.theme ?? 'light'}
      ?show-radar=${args.showRadar}
      .instrument=${args.instrument}
      .assessments=${data.assessments}
      .goals=${data.goals}
      .cards=${data.cards}
      .interventions=${data.interventions}
      .episodes=${data.episodes}
      @steg-area-activate=${logEvent}
      @steg-card-activate=${logEvent}
    >
      <button slot="actions" type="button">${args.lang.startsWith('en') ? 'New rating' : 'Ny skattning'}</button>
    </steg-progression-card>
    <output style="display: block; font-size: 0.8rem; margin-block-start: 0.5rem" aria-live="polite"></output>`;
};

const meta: Meta<Args> = {
  title: 'Komponenter/Progression card',
  component: 'steg-progression-card',
  tags: ['autodocs'],
  render,
  args: {
    story: 'improved',
    instrument: livsomraden,
    respondentRole: 'participant',
    variant: 'full',
    showRadar: false,
    lang: 'sv',
  },
  argTypes: {
    instrument: { control: false },
    story: { control: 'inline-radio', options: ['improved', 'worsened', 'missingOccasions'] },
    respondentRole: { control: 'inline-radio', options: ['participant', 'caseManager', 'joint'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "One participant's steps forward, on sample data from `generateSampleCohort`: per life area a dot plot of start (ring), latest (dot) " +
          'and goal (diamond) with an arrow, "+3 steg", the stage now, reliable change and the case manager\'s view; the participant\'s own ' +
          "next-step cards; and the interventions of the period. Every figure is the SDK's (`progression`, `goalAttainment`, `roleGap`). " +
          'Click an area or a card: the typed events are shown under the card. Prints on one A4 page.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A participant who improved clearly between start and exit. */
export const Förbättrad: Story = {};

/** A participant who got worse in several areas. */
export const Försämrad: Story = { args: { story: 'worsened' } };

/** A participant who left early or skipped a follow-up: fewer occasions, some areas without a comparison. */
export const SaknadeTillfällen: Story = { name: 'Saknade tillfällen', args: { story: 'missingOccasions' } };

/** The case manager's ratings of the same participant, with the participant's view as the other side of the gap. */
export const HandläggarensSkattning: Story = {
  name: 'Handläggarens skattning',
  args: { respondentRole: 'caseManager' },
};

/** With the embedded radar of start, latest and goal (loaded only when `show-radar` is set). */
export const MedRadar: Story = { name: 'Med radar', args: { showRadar: true } };

/** `variant="compact"`: one row per participant, as in a case list (here 40; the benchmark renders 500). */
export const KompaktLista: Story = {
  name: 'Kompakt lista',
  render: (args) => {
    const subjects = [...new Set(cohort.assessments.map((a) => a.subjectId))].slice(0, 40);
    return html`<ul style="list-style: none; padding: 0; margin: 0">
      ${subjects.map(
        (s) => html`<li>
          <steg-progression-card
            lang=${args.lang}
            variant="compact"
            .instrument=${args.instrument}
            .assessments=${cohort.assessments.filter((a) => a.subjectId === s)}
            .goals=${cohort.goals.filter((g) => g.subjectId === s)}
          >
            <a slot="actions" href=${`#${s}`}>${args.lang.startsWith('en') ? 'Open' : 'Öppna'} ${s}</a>
          </steg-progression-card>
        </li>`,
      )}
    </ul>`;
  },
};

/** English interface and texts. */
export const English: Story = { args: { lang: 'en' } };

/** Right to left: a page in Arabic. The scales read from the right; texts fall back to Swedish. */
export const HögerTillVänster: Story = {
  name: 'Höger till vänster',
  render: (args) => html`<div dir="rtl" lang="ar">${render({ ...args, lang: 'ar' })}</div>`,
};

/** Forced dark theme. */
export const Mörkt: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div style="background: #15191d; padding: 16px; color-scheme: dark">${render(args)}</div>`,
};

/**
 * Forced colours (Windows contrast themes) come from the system, never from a theme of these stories:
 * turn them on in Chrome or Edge DevTools, Rendering → "Emulate CSS media feature forced-colors: active",
 * with "prefers-color-scheme" light or dark for the two system palettes. Every story is checked that
 * way in the test suite (real emulation, light and dark palette).
 */
export const TvingadeFärger: Story = { name: 'Tvingade färger (slå på i DevTools)' };

/** A phone-wide container (360 px): each area stacks its name, change and scale. */
export const SmalSkärm: Story = {
  name: 'Smal skärm',
  render: (args) => html`<div style="max-inline-size: 360px">${render(args)}</div>`,
};

/**
 * Emphasis follows evidence, phone-wide (360 px): a reliable change is the headline; a change
 * within measurement error says so and stays quiet; "Målet är nått" is a flat status tag; area
 * names and cards look like buttons and say what they do.
 */
export const Evidens360: Story = {
  name: 'Evidens och status, 360 px',
  render: (args) => html`<div style="inline-size: 360px; max-inline-size: 100%">${render(args)}</div>`,
};

/** The same at 1000 px. */
export const Evidens1000: Story = {
  name: 'Evidens och status, 1000 px',
  render: (args) => html`<div style="inline-size: 1000px; max-inline-size: 100%">${render(args)}</div>`,
};

/** Compact rows at 360 px: the divider holds under rows whose lines wrap. */
export const KompaktSmal: Story = {
  name: 'Kompakt lista, 360 px',
  render: (args) =>
    html`<div style="inline-size: 360px; max-inline-size: 100%">${KompaktLista.render!(args, {} as never)}</div>`,
};

/** Bad input: an accessible error state and a `steg-error` event, never a crash. */
export const Felaktigadata: Story = {
  name: 'Felaktiga data',
  render: () => html`<steg-progression-card
    .instrument=${livsomraden}
    .assessments=${[{ id: 'a1', subjectId: 'p1', role: 'participant', occasion: 'baseline', authored: 'igår', status: 'completed', answers: [] }]}
  ></steg-progression-card>`,
};
