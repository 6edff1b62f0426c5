import type { Meta, StoryObj } from '@storybook/web-components';
import { html, type TemplateResult } from 'lit';
import { StegCohortSummary } from '../src/components/cohort-summary/define.js';
import { StegProgressionCard } from '../src/components/progression-card/define.js';
import { StegRadar } from '../src/components/radar/define.js';
import { StegRatingForm } from '../src/components/rating-form/define.js';
import { livsomraden } from '../src/sdk/index.js';

// Importing the classes keeps a bundler that trusts package.json "sideEffects" from dropping them.
for (const [tag, cls] of [
  ['steg-rating-form', StegRatingForm],
  ['steg-radar', StegRadar],
  ['steg-progression-card', StegProgressionCard],
  ['steg-cohort-summary', StegCohortSummary],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, cls as CustomElementConstructor);
}

const logError = (event: Event) => console.info('steg-error', (event as CustomEvent).detail);

const badAssessment = [
  { id: 'a1', subjectId: 'p1', role: 'participant', occasion: 'baseline', authored: 'igår', answers: [] },
];

/** The four elements, each given data it must refuse. */
function allFour(width: string, lang: string): TemplateResult {
  return html`<div style="display: grid; gap: 16px; inline-size: ${width}; max-inline-size: 100%" lang=${lang}>
    <steg-rating-form
      .instrument=${{ id: 'x', version: 'ett', areas: [] }}
      @steg-error=${logError}
    ></steg-rating-form>
    <steg-radar .instrument=${{ ...livsomraden, scales: {} }} @steg-error=${logError}></steg-radar>
    <steg-progression-card
      .instrument=${livsomraden}
      .assessments=${badAssessment}
      @steg-error=${logError}
    ></steg-progression-card>
    <steg-cohort-summary .report=${{ participants: 'many' }} @steg-error=${logError}></steg-cohort-summary>
  </div>`;
}

interface Args {
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Komponenter/Felläge',
  args: { lang: 'sv' },
  argTypes: { lang: { control: 'inline-radio', options: ['sv', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'What every element shows when it is given data it cannot use: one heading, the same in all four, and a ' +
          'plain sentence of what to do, announced as an alert. The problems themselves (property paths and the ' +
          'SDK’s messages) are for the developer: in the `steg-error` event, and here only behind the closed ' +
          '"Detaljer för utvecklaren" disclosure.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** All four elements in a phone-wide column (360 px). */
export const Mobil360: Story = { name: 'Alla fyra, 360 px', render: ({ lang }) => allFour('360px', lang) };

/** All four elements 1000 px wide. */
export const Bred1000: Story = { name: 'Alla fyra, 1000 px', render: ({ lang }) => allFour('1000px', lang) };

/** The developer's details opened (a keyboard user presses Enter on the summary). */
export const DetaljerÖppna: Story = {
  name: 'Detaljer öppna, 360 px',
  render: ({ lang }) => allFour('360px', lang),
  play: async ({ canvasElement }) => {
    for (const el of canvasElement.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('[lang] > *')) {
      await el.updateComplete;
      const details = el.shadowRoot?.querySelector('details');
      if (details) details.open = true;
    }
  },
};

/** In English, for an English page. */
export const English: Story = { render: () => allFour('1000px', 'en') };
