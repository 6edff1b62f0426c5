import { expect, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../../src/define.js';
import type { StegErrorEvent } from '../../../src/internal/steg-error-event.js';
import { errorStateMessages, ERROR_STATE_MAX_LISTED, issuePath } from '../../../src/internal/error-state.js';
import { livsomraden } from '../../../src/sdk/index.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { mount } from '../progression-card/mount.js';

/** Bad data for each of the four elements, and the property it goes to. */
const elements: { tag: string; property: string; bad: unknown }[] = [
  { tag: 'steg-rating-form', property: 'instrument', bad: { id: 'x', version: 'ett', areas: [] } },
  { tag: 'steg-radar', property: 'instrument', bad: { ...livsomraden, scales: {} } },
  {
    tag: 'steg-progression-card',
    property: 'assessments',
    bad: [{ id: 'a1', subjectId: 'p1', role: 'participant', occasion: 'baseline', authored: 'igår', answers: [] }],
  },
  { tag: 'steg-cohort-summary', property: 'report', bad: { participants: 'many' } },
];

/** The text a person sees (rendered and not inside a closed disclosure), whitespace collapsed. */
function visibleText(node: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof Text) {
      const parent = n.parentElement;
      if (parent?.checkVisibility()) parts.push(n.data);
      return;
    }
    for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

async function mountBad(tag: string, property: string, bad: unknown, lang = 'sv', attrs: Record<string, string> = {}) {
  const wrapper = await mount<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as LitElement & Record<string, unknown>;
  el.lang = lang;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (tag !== 'steg-cohort-summary' && property !== 'instrument') el.instrument = livsomraden;
  const events: StegErrorEvent[] = [];
  el.addEventListener('steg-error', (e) => events.push(e as StegErrorEvent));
  el[property] = bad;
  wrapper.append(el);
  await el.updateComplete;
  return { el, events, state: el.shadowRoot!.querySelector<HTMLElement>('[part="error"]')! };
}

describe('the error state of every element', () => {
  failOnLitWarnings();

  for (const { tag, property, bad } of elements) {
    it(`<${tag}> says one plain heading and what to do, and keeps the paths for the developer`, async () => {
      const { el, events, state } = await mountBad(tag, property, bad);
      expect(state, 'the error state').to.exist;
      expect(state.getAttribute('role')).to.equal('alert');
      const heading = state.querySelector('[role="heading"]')!;
      expect(heading.textContent!.trim()).to.equal(errorStateMessages.sv.heading);
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(visibleText(state)).to.contain(errorStateMessages.sv.whatToDo);

      // The developer's details are there, closed, and name the property and path...
      expect(events.length).to.be.greaterThan(0);
      const details = state.querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Detaljer för utvecklaren');
      expect(details.textContent).to.contain(issuePath(events[0]!.detail.property, events[0]!.detail.issues[0]!));
      // ...but nothing a person sees before opening them is a path or a code.
      const seen = visibleText(state);
      expect(seen).to.not.contain(`${property}.`);
      expect(seen).to.not.match(/\[\d+\]/);
      expect(state.querySelector('code')!.checkVisibility()).to.equal(false);
      await expect(el).to.be.accessible();

      // Opened, the details show the path of every problem in the event, up to the limit.
      details.open = true;
      const listed = [...details.querySelectorAll('li code')].map((c) => c.textContent!.trim());
      const fired = events.flatMap((e) => e.detail.issues.map((i) => issuePath(e.detail.property, i)));
      expect(listed).to.deep.equal(fired.slice(0, ERROR_STATE_MAX_LISTED));
      expect(state.querySelector('code')!.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('speaks English in an English page, and the form’s heading follows its heading-level', async () => {
    const { state } = await mountBad('steg-rating-form', 'instrument', elements[0]!.bad, 'en-GB', {
      'heading-level': '3',
    });
    const heading = state.querySelector('[role="heading"]')!;
    expect(heading.textContent!.trim()).to.equal('The content could not be shown');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(visibleText(state)).to.contain('Reload the page');
    expect(state.querySelector('summary')!.textContent!.trim()).to.equal('Details for the developer');
  });

  it('opens and closes the details with the keyboard-reachable summary', async () => {
    const { state } = await mountBad('steg-radar', 'instrument', elements[1]!.bad);
    const summary = state.querySelector('summary')!;
    summary.focus();
    expect(summary.matches(':focus')).to.equal(true);
    expect(summary.getBoundingClientRect().height).to.be.at.least(44);
    summary.click();
    expect(state.querySelector('details')!.open).to.equal(true);
  });
});
