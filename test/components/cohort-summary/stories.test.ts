import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { itExcept } from '../../helpers/engines.js';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../../stories/cohort-summary.stories.js';
import type { StegCohortSummary } from '../../../src/components/cohort-summary/cohort-summary.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';

type Story = { args?: Record<string, unknown>; render?: (args: never, context: never) => TemplateResult };

describe('<steg-cohort-summary> stories', () => {
  failOnLitWarnings();
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [360, 1000]) {
    itExcept(
      width < 447 ? ['webkit'] : [],
      '#14 MiniBrowser windows are never narrower than about 447 px',
      `Spara som bild: the host's buttons save the chart in view, accessible at ${width} px`,
      async () => {
        await setViewport({ width, height: 900 });
        const story = stories.BildExport as Story;
        const args = { ...meta.args, ...story.args } as never;
        const wrapper = await fixture<HTMLDivElement>(html`<div>${story.render!(args, {} as never)}</div>`);
        const el = wrapper.querySelector<StegCohortSummary>('steg-cohort-summary')!;
        await el.updateComplete;
        const buttons = [...el.querySelectorAll('button[slot="actions"]')];
        expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
          'Spara som bild (SVG)',
          'Spara som bild (PNG)',
        ]);
        // Slotted beside the CSV download, in the controls.
        const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('.controls slot[name="actions"]')!;
        expect(slot.assignedElements()).to.deep.equal(buttons);
        // A click saves through a link to an object URL, as the CSV download does.
        const saved: string[] = [];
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          saved.push(this.download);
        };
        try {
          (buttons[0] as HTMLButtonElement).click();
          (buttons[1] as HTMLButtonElement).click();
          // The PNG is drawn asynchronously (image decode, canvas): wait for it, however busy the machine.
          for (let i = 0; i < 200 && saved.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 50));
        } finally {
          HTMLAnchorElement.prototype.click = click;
        }
        expect(saved).to.deep.equal(['forandring.svg', 'forandring.png']);
        await expect(wrapper).to.be.accessible();
      },
    );
  }
});
