import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../../stories/radar.stories.js';
import type { StegRadar } from '../../../src/components/radar/radar.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';

type Story = {
  args?: Record<string, unknown>;
  decorators?: ((story: () => TemplateResult) => TemplateResult)[];
  globals?: Record<string, unknown>;
};

// The Storybook preview's stand-in for forced colours (see .storybook/preview.ts).
const forcedColours =
  'background:#000;color:#fff;--steg-color-text:#fff;--steg-color-text-muted:#fff;--steg-color-surface:#000;--steg-color-surface-subtle:#000;' +
  '--steg-color-border:#fff;--steg-color-border-subtle:#fff;--steg-color-accent:#ffff00;--steg-color-accent-contrast:#000;--steg-color-accent-subtle:#000;' +
  '--steg-color-focus:#00ffff;--steg-series-1:#fff;--steg-series-2:#ffff00;--steg-series-3:#00ffff;--steg-series-4:#ff80ff;--steg-series-5:#80ff80';

const entries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, Story][];

describe('<steg-radar> stories', () => {
  failOnLitWarnings();
  after(() => setViewport({ width: 800, height: 600 }));

  it('covers every state the issue asks for', () => {
    expect(entries.map(([name]) => name)).to.include.members([
      'ThreeAreas',
      'EightAreas',
      'SixteenAreasLongLabels',
      'BaselineLatestGoal',
      'Arbetsnara',
      'ParticipantVsCaseManager',
      'MissingData',
      'RightToLeftArabic',
      'Dark',
      'ForcedColours',
      'Narrow',
      'ErrorState',
    ]);
  });

  for (const [name, story] of entries) {
    it(`${name}: renders and is accessible (axe)`, async () => {
      await setViewport({ width: 900, height: 900 });
      const args = { ...meta.args, ...story.args } as Parameters<NonNullable<typeof meta.render>>[0];
      let content = meta.render!(args, {} as never) as TemplateResult;
      for (const decorator of story.decorators ?? []) {
        const inner = content;
        content = decorator(() => inner);
      }
      const forced = story.globals?.['theme'] === 'forced';
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${forced ? forcedColours : ''}>${content}</div>`);
      const el = wrapper.querySelector<StegRadar>('steg-radar')!;
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      if (name === 'ErrorState') expect(alert).not.to.equal(null);
      else {
        expect(alert, 'no error state').to.equal(null);
        expect(el.shadowRoot!.querySelectorAll('g.series').length).to.be.greaterThan(0);
      }
      await expect(wrapper).to.be.accessible();
    });
  }
});
