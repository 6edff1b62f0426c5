import { expect, html } from '@open-wc/testing';
import type { StegErrorEvent } from '../../../src/internal/steg-error-event.js';
import type { StegRadar } from '../../../src/components/radar/radar.js';
import { livsomraden } from '../../../src/sdk/index.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { assessment, assessments, goals, mount, radarInstrument, root } from './fixtures.js';

/** Mounts a radar and records every steg-error it dispatches from the first update on. */
async function mountRecording(
  configure: (el: StegRadar) => void,
): Promise<{ el: StegRadar; events: StegErrorEvent[] }> {
  const events: StegErrorEvent[] = [];
  const el = document.createElement('steg-radar');
  el.lang = 'sv';
  el.addEventListener('steg-error', (e) => events.push(e));
  configure(el);
  const wrapper = await mount<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return { el, events };
}

const alertText = (el: StegRadar) =>
  (root(el).querySelector('[role="alert"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<steg-radar> bad input', () => {
  failOnLitWarnings();

  it('renders nothing until it has an instrument, and no error', async () => {
    const { el, events } = await mountRecording((r) => (r.series = [{ label: 'A', values: { housing: 3 } }]));
    expect(root(el).querySelector('svg')).to.equal(null);
    expect(events).to.have.length(0);
  });

  it('shows an accessible error state for an invalid instrument and dispatches steg-error once', async () => {
    const { el, events } = await mountRecording((r) => (r.instrument = { ...radarInstrument, scales: {} }));
    expect(root(el).querySelector('svg')).to.equal(null);
    expect(alertText(el)).to.contain('Det gick inte att visa innehållet');
    expect(events).to.have.length(1);
    expect(events[0]!.detail.property).to.equal('instrument');
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    // The same bad value again: no second event.
    el.instrument = { ...radarInstrument, scales: {} };
    await el.updateComplete;
    expect(events).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('rejects series with an unknown area, an off-scale value, a wrong kind or no label, naming each', async () => {
    const { el, events } = await mountRecording((r) => {
      r.instrument = radarInstrument;
      r.series = [{ label: 'Senaste', values: { housing: 7, garden: 3 } }];
    });
    expect(events.map((e) => e.detail.property)).to.deep.equal(['series']);
    expect(events[0]!.detail.issues.map((i) => [i.code, i.path])).to.deep.equal([
      ['value_off_scale', [0, 'values', 'housing']],
      ['unknown_area', [0, 'values', 'garden']],
    ]);
    expect(alertText(el)).to.contain('Värdet ligger utanför områdets skala 1–5.');
    expect(alertText(el)).to.contain('Instrumentet har inget område med detta id.');
    el.series = [{ label: '', values: { housing: 3 }, kind: 'evil' }];
    await el.updateComplete;
    expect(events).to.have.length(2);
    expect(events[1]!.detail.issues.map((i) => i.path.join('.'))).to.include.members(['0.label', '0.kind']);
  });

  it('rejects assessments that do not fit the instrument, and goals outside the scale', async () => {
    const bad = assessment('x1', 'baseline', '2026-01-01', { housing: 9 });
    const { el, events } = await mountRecording((r) => {
      r.instrument = radarInstrument;
      r.assessments = [bad];
      r.goals = [{ ...goals[0]!, targetValue: 8 }];
    });
    expect(events.map((e) => e.detail.property).sort()).to.deep.equal(['assessments', 'goals']);
    const assessmentIssue = events.find((e) => e.detail.property === 'assessments')!.detail.issues[0]!;
    expect(assessmentIssue.code).to.equal('value_off_scale');
    expect(assessmentIssue.path).to.deep.equal([0, 'answers', 0, 'value']);
    expect(alertText(el)).to.contain('targetValue ligger utanför skalan 1–5.');
    await expect(el).to.be.accessible();
  });

  it('rejects data that is not a list at all', async () => {
    const { el, events } = await mountRecording((r) => {
      r.instrument = radarInstrument;
      r.assessments = 'many';
    });
    expect(events[0]!.detail.property).to.equal('assessments');
    expect(root(el).querySelector('[role="alert"]')).not.to.equal(null);
  });

  it('rejects a respondent role the instrument does not have, and compare-roles without a case manager', async () => {
    const participantOnly = {
      ...radarInstrument,
      respondentRoles: ['participant' as const],
      areas: radarInstrument.areas.map((a) => ({
        ...a,
        items: a.items.filter((i) => !i.roles || i.roles.includes('participant')),
      })),
    };
    const { el, events } = await mountRecording((r) => {
      r.instrument = participantOnly;
      r.setAttribute('respondent-role', 'caseManager');
    });
    expect(events.map((e) => e.detail.property)).to.deep.equal(['respondentRole']);
    el.removeAttribute('respondent-role');
    el.compareRoles = true;
    await el.updateComplete;
    expect(events.map((e) => e.detail.property)).to.deep.equal(['respondentRole', 'compareRoles']);
    expect(alertText(el)).to.contain('Att jämföra roller kräver');
  });

  it('recovers as soon as the data is good again', async () => {
    const { el } = await mountRecording((r) => {
      r.instrument = radarInstrument;
      r.series = [{ label: 'A', values: { housing: 99 } }];
    });
    expect(root(el).querySelector('[role="alert"]')).not.to.equal(null);
    el.series = undefined;
    el.assessments = assessments;
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(root(el).querySelectorAll('g.series')).to.have.length(2);
  });

  it('leaves out assessments of another instrument version, says so, and still draws the rest', async () => {
    const older = { ...assessments[2]!, id: 'old', instrument: { id: 'test:radar', version: '0.9.0' } };
    const { el, events } = await mountRecording((r) => {
      r.instrument = radarInstrument;
      r.assessments = [...assessments.slice(0, 2), older];
    });
    expect(events).to.have.length(0);
    expect(root(el).querySelectorAll('g.series')).to.have.length(2);
    expect((root(el).querySelector('.notes')!.textContent ?? '').trim()).to.contain(
      'annan version av instrumentet räknades inte med',
    );
  });

  it('says when there is nothing to plot yet, and draws the empty axes', async () => {
    const { el, events } = await mountRecording((r) => {
      r.instrument = livsomraden;
      r.assessments = [];
    });
    expect(events).to.have.length(0);
    expect(root(el).querySelectorAll('.axis-label')).to.have.length(8);
    expect(root(el).querySelector('.notes')!.textContent).to.contain('Det finns inga skattningar att visa ännu.');
    expect(root(el).querySelector('.plot')!.getAttribute('aria-label')).to.equal('Självskattning i 8 livsområden');
    await expect(el).to.be.accessible();
  });

  it('renders text from data as text, never as markup', async () => {
    const { el } = await mountRecording((r) => {
      r.instrument = radarInstrument;
      r.series = [{ label: '<img src=x onerror="window.__radarHacked=1">', values: { housing: 3 } }];
    });
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('.legend-item .name')!.textContent).to.equal(
      '<img src=x onerror="window.__radarHacked=1">',
    );
    expect((window as unknown as { __radarHacked?: number }).__radarHacked).to.equal(undefined);
  });
});
