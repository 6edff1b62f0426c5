import type { Meta, StoryObj } from '@storybook/web-components';
import { html, type TemplateResult } from 'lit';
import { StegCohortSummary } from '../src/components/cohort-summary/define.js';
import {
  cohortReport,
  generateSampleCohort,
  livsomraden,
  type CohortReport,
  type RespondentRole,
} from '../src/sdk/index.js';

// Importing the class, not only the module, keeps a bundler that trusts package.json
// "sideEffects" from dropping the registration.
if (!customElements.get('steg-cohort-summary')) customElements.define('steg-cohort-summary', StegCohortSummary);

const reports = new Map<number, CohortReport>();
/** A report of a generated cohort of this many participants, computed once per size. */
function reportOf(participants: number): CohortReport {
  let report = reports.get(participants);
  if (!report) {
    report = cohortReport(livsomraden, generateSampleCohort({ seed: 5, participants }));
    reports.set(participants, report);
  }
  return report;
}

interface Args {
  participants: number;
  breakdown: string;
  respondentRole: RespondentRole;
  lang: string;
  theme?: 'light' | 'dark';
}

const render = (args: Args): TemplateResult => html`<steg-cohort-summary
  lang=${args.lang}
  breakdown=${args.breakdown}
  respondent-role=${args.respondentRole}
  theme=${args.theme ?? 'light'}
  .report=${reportOf(args.participants)}
  .instrument=${livsomraden}
></steg-cohort-summary>`;

const meta: Meta<Args> = {
  title: 'Komponenter/Cohort summary',
  component: 'steg-cohort-summary',
  tags: ['autodocs'],
  render,
  args: { participants: 2000, breakdown: 'all', respondentRole: 'participant', lang: 'sv' },
  argTypes: {
    participants: { control: { type: 'number', min: 5, max: 5000, step: 5 } },
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
          "The members' view of a cohort, from a `cohortReport(...)` of sample data: per life area a diverging bar centred on zero change " +
          '(worse one way, better the other, unchanged on its own), the mean change with its 95 % CI, n and the share of goals reached. ' +
          'Withheld cells (fewer than `minCell` people, or hidden so that they cannot be worked out from the others) show "–", and the rule ' +
          'is explained. Switch breakdown and role with the native selects; the table under "Visa som tabell" holds every figure drawn, and ' +
          'the CSV download holds exactly what is shown.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A generated cohort of 2,000 participants, everyone. */
export const Kohort2000: Story = { name: 'Kohort om 2 000' };

/** The same cohort, participants with and without a job-focused intervention (an association, not an effect). */
export const ArbetsinriktadInsats: Story = {
  name: 'Med och utan arbetsinriktad insats',
  args: { breakdown: 'interventionCategory:jobFocused' },
};

/** Split by gender. */
export const Kön: Story = { args: { breakdown: 'gender' } };

/** Split by unit. */
export const Enhet: Story = { args: { breakdown: 'unit' } };

/** The case managers' ratings. */
export const Handläggarnas: Story = { name: 'Handläggarnas skattningar', args: { respondentRole: 'caseManager' } };

/** A small cohort (14 participants): most cells are withheld, shown as "–" with the rule explained. */
export const LitenKohort: Story = { name: 'Liten kohort (mest dolt)', args: { participants: 14, breakdown: 'gender' } };

/** English interface. */
export const English: Story = { args: { lang: 'en', breakdown: 'interventionCategory:health' } };

/** Right to left: the bars mirror, worse to the right of zero. */
export const HögerTillVänster: Story = {
  name: 'Höger till vänster',
  render: (args) => html`<div dir="rtl" lang="ar">${render(args)}</div>`,
};

/** Forced dark theme. */
export const Mörkt: Story = {
  args: { theme: 'dark' },
  render: (args) => html`<div style="background: #15191d; padding: 16px; color-scheme: dark">${render(args)}</div>`,
};

/** Windows high contrast, emulated with the toolbar's forced-colours theme (use DevTools' emulation for the real thing). */
export const TvingadeFärger: Story = { name: 'Tvingade färger', globals: { theme: 'forced' } };

/** A phone-wide container (360 px): each row stacks its bar under its label. */
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
