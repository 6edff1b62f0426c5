import type { Meta, StoryObj } from '@storybook/web-components';
import { html, type TemplateResult } from 'lit';
import { StegCohortSummary } from '../src/components/cohort-summary/define.js';
import {
  arbetsnara,
  cohortReport,
  generateSampleCohort,
  livsomraden,
  parseInstrument,
  type CohortReport,
  type Instrument,
  type NeedsReport,
  type RespondentRole,
} from '../src/sdk/index.js';
import { problemInstrument } from '../src/sdk/sample/problem-instrument.js';

// Importing the class, not only the module, keeps a bundler that trusts package.json
// "sideEffects" from dropping the registration.
if (!customElements.get('steg-cohort-summary')) customElements.define('steg-cohort-summary', StegCohortSummary);

const parsedProblem = parseInstrument(problemInstrument());
if (!parsedProblem.ok) throw new Error('The example lower-is-better instrument does not parse.');
const instruments: Record<string, Instrument> = {
  livsomraden,
  arbetsnara,
  problem: parsedProblem.value,
};
/** The sample units' names, as a case system would pass them. */
const unitNames = {
  'enhet-norr': 'Norra teamet',
  'enhet-soder': 'Södra teamet',
  'enhet-oster': 'Östra teamet',
  'enhet-vaster': 'Västra teamet',
};

const reports = new Map<string, { report: CohortReport; needs: NeedsReport }>();
/** A report and a needs report of a generated cohort, computed once per size and instrument. */
function reportOf(participants: number, instrumentName: string): { report: CohortReport; needs: NeedsReport } {
  const key = `${participants}|${instrumentName}`;
  let entry = reports.get(key);
  if (!entry) {
    const instrument = instruments[instrumentName] ?? livsomraden;
    const cohort = generateSampleCohort({ seed: 5, participants, instrument });
    // One pass over the data for both: the report carries its needs analysis (needsReport gives the same).
    const report = cohortReport(instrument, cohort, { needs: true });
    entry = { report, needs: report.needs! };
    reports.set(key, entry);
  }
  return entry;
}

interface Args {
  participants: number;
  instrument: string;
  breakdown: string;
  respondentRole: RespondentRole;
  lang: string;
  withNeeds: boolean;
  tableOpen: boolean;
  theme?: 'light' | 'dark';
}

const render = (args: Args): TemplateResult => {
  const { report, needs } = reportOf(args.participants, args.instrument);
  return html`<steg-cohort-summary
    lang=${args.lang}
    breakdown=${args.breakdown}
    respondent-role=${args.respondentRole}
    theme=${args.theme ?? 'light'}
    ?table-open=${args.tableOpen}
    .report=${report}
    .needs=${args.withNeeds ? needs : undefined}
    .units=${unitNames}
    .instrument=${instruments[args.instrument] ?? livsomraden}
  ></steg-cohort-summary>`;
};

const meta: Meta<Args> = {
  title: 'Komponenter/Cohort summary',
  component: 'steg-cohort-summary',
  tags: ['autodocs'],
  render,
  args: {
    participants: 2000,
    instrument: 'livsomraden',
    breakdown: 'all',
    respondentRole: 'participant',
    lang: 'sv',
    withNeeds: true,
    tableOpen: false,
  },
  argTypes: {
    participants: { control: { type: 'number', min: 5, max: 5000, step: 5 } },
    instrument: { control: 'inline-radio', options: ['livsomraden', 'arbetsnara', 'problem'] },
    breakdown: {
      control: 'select',
      options: [
        'all',
        'interventionCategory:jobFocused',
        'interventionCategory:health',
        'parallelSupport',
        'gender',
        'unit',
      ],
    },
    respondentRole: { control: 'inline-radio', options: ['participant', 'caseManager'] },
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "The members' view of a cohort, from a `cohortReport(...)` (with `{ needs: true }`, or a `needsReport(...)` beside it) of sample data: a headline " +
          'in plain words; per life area one bar of worse | unchanged | better on a shared 0–100 % axis with the percentages on it, the ' +
          'mean change as a dot with its 95 % CI on a labelled step scale, n (people with a start and a follow-up) and the share of goals ' +
          'reached; a comparison of interventions and combinations by share reliably improved; and where interventions are needed, ' +
          'and from which provider they came. Withheld cells (fewer than `minCell` people, or hidden so that they cannot be worked out ' +
          'from the others) show "–", and the rule is explained. The table under "Visa som tabell" holds every figure, and the CSV ' +
          'download holds exactly what is shown.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A generated cohort of 2,000 participants on Livsområden: the headline, the chart, interventions and needs. */
export const Kohort2000: Story = { name: 'Kohort om 2 000 (rubrik)' };

/** Arbetsnära (the other built-in instrument, 1–5 per item), with its own units of change. */
export const Arbetsnara: Story = { name: 'Arbetsnära', args: { instrument: 'arbetsnara' } };

/** A lower-is-better instrument (0–4, how big a problem): getting better moves down the scale, and the story still reads right. */
export const LägreÄrBättre: Story = { name: 'Lägre är bättre (0–4)', args: { instrument: 'problem' } };

/** Without a needs report: the headline leaves out what only the needs analysis can tell, and the needs view is absent. */
export const UtanBehovsrapport: Story = { name: 'Utan behovsrapport', args: { withNeeds: false } };

/** The same cohort, participants with and without a job-focused intervention (an association, not an effect). */
export const ArbetsinriktadInsats: Story = {
  name: 'Med och utan arbetsinriktad insats',
  args: { breakdown: 'interventionCategory:jobFocused' },
};

/** Parallel support (BIP): job-focused together with health or social support, alone, or none. */
export const ParallelltStöd: Story = { name: 'Parallellt stöd', args: { breakdown: 'parallelSupport' } };

/** Split by gender. */
export const Kön: Story = { args: { breakdown: 'gender' } };

/** Split by unit: names from `.units`, never the ids. */
export const Enhet: Story = { args: { breakdown: 'unit' } };

/** The case managers' ratings. */
export const Handläggarnas: Story = { name: 'Handläggarnas skattningar', args: { respondentRole: 'caseManager' } };

/** A small cohort (14 participants): most cells are withheld, shown as "–" with the rule explained. */
export const LitenKohort: Story = { name: 'Liten kohort (mest dolt)', args: { participants: 14, breakdown: 'gender' } };

/** Withheld cells on the lower-is-better instrument, 40 participants split by unit. */
export const DoltLägreÄrBättre: Story = {
  name: 'Dolda celler, lägre är bättre',
  args: { participants: 40, breakdown: 'unit', instrument: 'problem' },
};

/** English interface. */
export const English: Story = { args: { lang: 'en', breakdown: 'interventionCategory:health' } };

/** English, lower is better. */
export const EnglishLowerIsBetter: Story = {
  name: 'English, lower is better',
  args: { lang: 'en', instrument: 'problem' },
};

/** What goes on paper: A4 width, the table open (printing opens it anyway), the header naming period, instrument and minCell. */
export const Utskrift: Story = {
  name: 'Utskrift (A4)',
  args: { tableOpen: true },
  render: (args) => html`<style>
      @page {
        size: A4;
        margin: 14mm 12mm;
      }</style
    ><div style="inline-size: min(186mm, 100%); margin-inline: auto">${render(args)}</div>`,
};

/** Saves a picture under a name (a link clicked in script, as the CSV download does). */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The host's own buttons in the `actions` slot save the chart in view as a picture: `toSVG()` (a
 * standalone SVG document, fonts and colours written in) and `toPNG()` (the same as PNG).
 */
export const BildExport: Story = {
  name: 'Spara som bild (SVG, PNG)',
  args: { breakdown: 'gender', participants: 400 },
  render: (args) => {
    const { report, needs } = reportOf(args.participants, args.instrument);
    const summaryOf = (event: Event) =>
      (event.currentTarget as HTMLElement).closest<StegCohortSummary>('steg-cohort-summary')!;
    return html`<steg-cohort-summary
      lang=${args.lang}
      breakdown=${args.breakdown}
      respondent-role=${args.respondentRole}
      .report=${report}
      .needs=${args.withNeeds ? needs : undefined}
      .units=${unitNames}
      .instrument=${instruments[args.instrument] ?? livsomraden}
    >
      <button
        slot="actions"
        type="button"
        style="min-block-size: 44px; font: inherit; padding: 0.3em 1em"
        @click=${(event: Event) =>
          save(new Blob([summaryOf(event).toSVG()], { type: 'image/svg+xml' }), 'forandring.svg')}
      >
        Spara som bild (SVG)
      </button>
      <button
        slot="actions"
        type="button"
        style="min-block-size: 44px; font: inherit; padding: 0.3em 1em"
        @click=${async (event: Event) => save(await summaryOf(event).toPNG(), 'forandring.png')}
      >
        Spara som bild (PNG)
      </button>
    </steg-cohort-summary>`;
  },
};

/** Right to left: the bars mirror, worse from the right. */
export const HögerTillVänster: Story = {
  name: 'Höger till vänster',
  render: (args) => html`<div dir="rtl" lang="ar">${render(args)}</div>`,
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

/** A phone-wide container (360 px): each row stacks its bar under its label; the tables scroll sideways. */
export const SmalSkärm: Story = {
  name: 'Smal skärm',
  render: (args) => html`<div style="max-inline-size: 360px">${render(args)}</div>`,
};

/** Individual data instead of a report: refused with an accessible error and a `steg-error` event. */
export const Felaktigadata: Story = {
  name: 'Felaktiga data',
  render: () =>
    html`<steg-cohort-summary .report=${generateSampleCohort({ seed: 1, participants: 3 })}></steg-cohort-summary>`,
};
