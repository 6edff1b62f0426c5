import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/rating-form/define.js';
import type { StegRatingForm } from '../../../src/components/rating-form/rating-form.js';
import type { StegSubmitEvent } from '../../../src/components/rating-form/steg-submit-event.js';
import { livsomraden } from '../../../src/sdk/index.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { miniInstrument } from './fixtures.js';
import { deepActiveElement, mount, radiosOf, root, settle } from './helpers.js';

/**
 * Completes a form the way a keyboard-only participant does: Tab to the next control; in a radio
 * group with no answer, Space picks the first step and ArrowRight moves to (and picks) the
 * second; Enter on "Fortsätt", "Granska svaren" and finally "Skicka svaren". Returns the keys used.
 */
async function completeWithKeyboard(el: StegRatingForm, log: string[]): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const active = deepActiveElement();
    if (active instanceof HTMLInputElement && active.type === 'radio') {
      if (radiosOf(el, active.dataset.linkId!).some((r) => r.checked)) continue;
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      log.push(`answer ${active.dataset.linkId}`);
    } else if (active instanceof HTMLButtonElement) {
      const text = active.textContent!.trim();
      if (['Fortsätt', 'Granska svaren', 'Skicka svaren'].includes(text)) {
        log.push(text);
        await sendKeys({ press: 'Enter' });
        await settle(el);
        if (text === 'Skicka svaren') return;
      }
    }
  }
  throw new Error(`Did not reach the send button; did: ${log.join(', ')}`);
}

describe('<steg-rating-form> with the keyboard alone', () => {
  failOnLitWarnings();

  it('completes the whole form in the "all" layout with Tab, Space, arrows and Enter', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div>
      <button>Före</button>
      <steg-rating-form lang="sv" layout="all" subject-id="p-1" occasion="baseline" .instrument=${livsomraden}></steg-rating-form>
    </div>`);
    const el = wrapper.querySelector('steg-rating-form')!;
    wrapper.querySelector('button')!.focus();
    const submitted: StegSubmitEvent[] = [];
    el.addEventListener('steg-submit', (e) => {
      submitted.push(e);
      e.preventDefault();
    });
    const log: string[] = [];
    await completeWithKeyboard(el, log);
    expect(log.filter((l) => l.startsWith('answer')).length).to.equal(8);
    expect(log.slice(-2)).to.deep.equal(['Granska svaren', 'Skicka svaren']);
    expect(submitted.length).to.equal(1);
    const { assessment } = submitted[0]!.detail;
    expect(assessment.status).to.equal('completed');
    expect(assessment.answers.map((a) => a.value)).to.deep.equal([2, 2, 2, 2, 2, 2, 2, 2]);
    await expect(el).to.be.accessible();
  });

  it('completes the whole form in the "step" layout, with focus on each new page’s heading', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div>
      <button>Före</button>
      <steg-rating-form lang="sv" layout="step" subject-id="p-1" occasion="followUp" .instrument=${miniInstrument}></steg-rating-form>
    </div>`);
    const el = wrapper.querySelector('steg-rating-form')!;
    wrapper.querySelector('button')!.focus();
    const focusedHeadings: string[] = [];
    const observer = () => {
      const active = deepActiveElement();
      if (active?.getAttribute('role') === 'heading') focusedHeadings.push(active.textContent!.trim());
    };
    root(el).addEventListener('focusin', observer);
    let detail: StegSubmitEvent['detail'] | undefined;
    el.addEventListener('steg-submit', (e) => {
      detail = e.detail;
      e.preventDefault();
    });
    const log: string[] = [];
    await completeWithKeyboard(el, log);
    expect(log).to.deep.equal([
      'answer housing',
      'Fortsätt',
      'answer money',
      'Fortsätt',
      'answer health.body',
      'answer health.mind',
      'Fortsätt',
      'Skicka svaren',
    ]);
    expect(focusedHeadings).to.deep.equal(['Ekonomi', 'Hälsa', 'Granska dina svar']);
    expect(detail!.assessment.occasion).to.equal('followUp');
    expect(detail!.assessment.answers).to.deep.equal([
      { linkId: 'housing', value: 2 },
      { linkId: 'money', value: 2 },
      { linkId: 'health.body', value: 2 },
      { linkId: 'health.mind', value: 2 },
    ]);
  });

  it('gives each radio group one tab stop; arrow keys move and choose within it', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div>
      <button>Före</button>
      <steg-rating-form lang="sv" layout="all" .instrument=${miniInstrument}></steg-rating-form>
    </div>`);
    const el = wrapper.querySelector('steg-rating-form')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('v:1');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(radiosOf(el, 'housing').find((r) => r.checked)!.value).to.equal('v:3');
    expect(el.value.answers).to.deep.equal([{ linkId: 'housing', value: 3 }]);
    await sendKeys({ press: 'Tab' });
    // Out of the group at once: the next stop is the area's comment toggle.
    expect(deepActiveElement()!.tagName).to.equal('SUMMARY');
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLInputElement).dataset.linkId).to.equal('money');
  });

  it('opens the comment with Enter and keeps what is typed', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div>
      <button>Före</button>
      <steg-rating-form lang="sv" layout="all" .instrument=${miniInstrument}></steg-rating-form>
    </div>`);
    const el = wrapper.querySelector('steg-rating-form')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Bor hos min syster' });
    await settle(el);
    expect(el.value.answers).to.deep.equal([{ linkId: 'housing', value: null, comment: 'Bor hos min syster' }]);
  });
});
