import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { itExcept } from '../../helpers/engines.js';
import '../../../src/components/cohort-summary/define.js';
import type { StegCohortSummary } from '../../../src/components/cohort-summary/cohort-summary.js';
import {
  cohortReport,
  generateSampleCohort,
  livsomraden,
  parseInstrument,
  type Instrument,
} from '../../../src/sdk/index.js';
import { problemInstrument } from '../../../src/sdk/sample/problem-instrument.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { mount } from '../progression-card/mount.js';

const parsed = parseInstrument(problemInstrument());
if (!parsed.ok) throw new Error('The example lower-is-better instrument does not parse.');
const problem = parsed.value;

/** Small groups (the "hidden cells" story: 40 people split by unit) give narrow segments of about 10 %. */
const cases: { name: string; instrument: Instrument; participants: number }[] = [
  { name: '40 people, lower is better', instrument: problem, participants: 40 },
  { name: '400 people', instrument: livsomraden, participants: 400 },
];

const clean = (text: string | null) =>
  (text ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('<steg-cohort-summary> figures inside the bars', () => {
  failOnLitWarnings();
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [360, 1000]) {
    for (const { name, instrument, participants } of cases) {
      itExcept(
        width < 447 ? ['webkit'] : [],
        '#14 MiniBrowser windows are never narrower than about 447 px',
        `shows a segment's percentage whole or not at all, and never "0 %" (${name}, ${width} px)`,
        async () => {
          await setViewport({ width, height: 800 });
          const report = cohortReport(instrument, generateSampleCohort({ seed: 5, participants, instrument }));
          const el = await mount<StegCohortSummary>(html`<div style="inline-size: ${width - 16}px">
          <steg-cohort-summary lang="sv" breakdown="unit" .report=${report} .instrument=${instrument}></steg-cohort-summary>
        </div>`);
          const summary = el.querySelector('steg-cohort-summary')!;
          await summary.updateComplete;
          const values = [...summary.shadowRoot!.querySelectorAll<HTMLElement>('.bar .value')];
          expect(values.length, 'figures to check').to.be.greaterThan(20);
          let shown = 0;
          let left = 0;
          for (const value of values) {
            const segment = value.parentElement!.getBoundingClientRect();
            const chip = value.getBoundingClientRect();
            const text = clean(value.textContent);
            expect(text, 'a percentage that rounds to zero is never written').not.to.equal('0 %');
            // What a person sees of the chip: the part of it inside the segment (which clips).
            const visible = chip.top < segment.bottom - 1 && chip.bottom > segment.top + 1;
            if (!visible) {
              left++;
              continue;
            }
            shown++;
            const where = `${value.closest<HTMLElement>('.chart-row')!.dataset['areaId']} ${value.parentElement!.className} "${text}"`;
            expect(chip.left, `${where}: starts inside its segment`).to.be.at.least(segment.left - 0.5);
            expect(chip.right, `${where}: ends inside its segment`).to.be.at.most(segment.right + 0.5);
            expect(chip.bottom, `${where}: not cut at the bottom`).to.be.at.most(segment.bottom + 0.5);
          }
          expect(shown, 'most figures fit').to.be.greaterThan(left);
        },
      );
    }
  }
});
