// No input value in anything an element says about bad input. One canary — a string shaped like
// a personal identity number, or the number itself — is put into one field at a time of every
// property of every element (each leaf of the rich data, each string property); whatever the
// element makes of it, neither its steg-error issues (messages, paths, codes) nor the text of its
// error state (the developer's details included) may repeat it. Valid data that happens to hold
// the canary (a label) may of course be shown as content: only what reports problems is checked.
// Runs on the built package (test/embed/**).
import { expect } from '@open-wc/testing';
import '../../../src/components/cohort-summary/define.js';
import '../../../src/components/progression-card/define.js';
import '../../../src/components/radar/define.js';
import '../../../src/components/rating-form/define.js';
import { cohortReport, generateSampleCohort, livsomraden, needsReport } from '../../../src/sdk/index.js';
import type { StegErrorEvent } from '../../../src/internal/steg-error-event.js';
import { validAssessment, validGoal, validInstrument } from '../../sdk/hostile/fixtures.js';
import { progressionCardBase } from './cases.js';
import { alerts } from './harness.js';

const STRING_CANARY = '19121212CANARY';
const NUMBER_CANARY = 191212121212;
const canaries: unknown[] = [STRING_CANARY, NUMBER_CANARY];

type Path = (string | number)[];
type Props = Record<string, unknown>;

/**
 * The paths of every leaf of `value`, one per shape: of a list's entries only the first and the
 * last are walked (their fields are what the others have), so a report of 40 participants gives
 * a few hundred paths, not tens of thousands.
 */
function leafPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    const indexes = value.length > 1 ? [0, value.length - 1] : value.length === 1 ? [0] : [];
    for (const i of indexes) leafPaths(value[i], [...path, i], out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) leafPaths(child, [...path, key], out);
  } else out.push(path);
  return out;
}

function withLeaf(value: unknown, path: Path, leaf: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = leaf;
  return copy;
}

interface ElementUnderTest {
  tag: string;
  base: () => Props;
  /** String properties set from the page (attributes' properties). */
  strings: string[];
}

const cohort = generateSampleCohort({ seed: 3, participants: 40 });
const report = cohortReport(livsomraden, cohort);
const needs = needsReport(livsomraden, cohort);

const elements: ElementUnderTest[] = [
  {
    tag: 'steg-rating-form',
    base: () => ({
      instrument: validInstrument(),
      previous: validAssessment(),
      value: { answers: [{ linkId: 'boende.1', value: 3, comment: 'Bättre nu' }] },
      subjectId: 'p-001',
      occasion: 'baseline',
    }),
    strings: ['subjectId', 'assessmentId', 'occasion', 'respondentRole', 'layout'],
  },
  {
    tag: 'steg-radar',
    base: () => ({
      instrument: validInstrument(),
      assessments: [validAssessment()],
      goals: [validGoal()],
      series: [{ id: 's1', label: 'Egen serie', values: { boende: 3 } }],
    }),
    strings: ['subjectId', 'respondentRole', 'label', 'grid', 'view'],
  },
  {
    tag: 'steg-progression-card',
    base: progressionCardBase,
    strings: ['respondentRole'],
  },
  {
    tag: 'steg-cohort-summary',
    base: () => ({
      report: structuredClone(report),
      needs: structuredClone(needs),
      instrument: livsomraden,
      units: { 'enhet-norr': 'Norra enheten' },
    }),
    strings: ['breakdown', 'respondentRole', 'fileName'],
  },
];

type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

/** Renders `tag` with `props` and returns everything it said about problems, as one text. */
async function problemsSaid(tag: string, props: Props, container: HTMLElement): Promise<string> {
  const el = document.createElement(tag) as Updatable;
  const errors: StegErrorEvent[] = [];
  el.addEventListener('steg-error', (e) => errors.push(e as StegErrorEvent));
  Object.assign(el, props);
  container.append(el);
  try {
    await el.updateComplete;
  } catch (error) {
    // A throw would be a defect of its own (other suites catch it); its text is checked too.
    errors.push({ detail: { property: 'thrown', issues: [{ message: String(error) }] } } as unknown as StegErrorEvent);
  }
  const said = JSON.stringify(errors.map((e) => e.detail)) + alerts(el).join('\n');
  el.remove();
  return said;
}

const mentions = (text: string) => text.includes('CANARY') || text.includes(String(NUMBER_CANARY));

describe('no input value in what an element says about bad input (canary in every field)', function () {
  this.timeout(300_000);
  let container: HTMLElement;
  before(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  after(() => container.remove());

  for (const { tag, base, strings } of elements) {
    it(`${tag}: every leaf of every data property, and every string property`, async () => {
      const leaks: string[] = [];
      let tried = 0;
      let reported = 0;
      const props = base();
      for (const [name, value] of Object.entries(props)) {
        if (typeof value !== 'object' || value === null) continue;
        for (const path of leafPaths(value)) {
          for (const canary of canaries) {
            const said = await problemsSaid(tag, { ...base(), [name]: withLeaf(value, path, canary) }, container);
            tried += 1;
            if (said.length > 2) reported += 1;
            if (mentions(said)) leaks.push(`${name}.${path.join('.')} = ${typeof canary}: ${said.slice(0, 300)}`);
          }
        }
      }
      for (const name of strings) {
        const said = await problemsSaid(tag, { ...base(), [name]: STRING_CANARY }, container);
        tried += 1;
        if (said.length > 2) reported += 1;
        if (mentions(said)) leaks.push(`${name}: ${said.slice(0, 300)}`);
      }
      expect(leaks, `${leaks.length} of ${tried} canaries were repeated`).to.deep.equal([]);
      // The test is only worth something if many canaries were reported as problems (a report's
      // labels and figures take any text or number, so for the summary it is about a quarter).
      expect(reported, `${reported} of ${tried} canaries led to a report`).to.be.greaterThan(tried / 5);
    });
  }
});
