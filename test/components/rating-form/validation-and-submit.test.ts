import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/rating-form/define.js';
import type { StegRatingForm } from '../../../src/components/rating-form/rating-form.js';
import type { StegSubmitEvent } from '../../../src/components/rating-form/steg-submit-event.js';
import type { StegErrorEvent } from '../../../src/internal/steg-error-event.js';
import { validateAssessment } from '../../../src/sdk/index.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { miniInstrument } from './fixtures.js';
import {
  choose,
  clickButton,
  deepActiveElement,
  mount,
  radiosOf,
  root,
  settle,
  typeInto,
  visibleText,
} from './helpers.js';

describe('<steg-rating-form> validation', () => {
  failOnLitWarnings();

  it('shows an error summary linked to each unanswered item, focused, with inline messages', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="all" .instrument=${miniInstrument}></steg-rating-form>`,
    );
    await clickButton(el, 'Granska svaren');
    await settle(el);
    const summary = root(el).querySelector('.error-summary')!;
    expect(deepActiveElement()).to.equal(summary);
    expect(summary.querySelector('[role="alert"]')).not.to.equal(null);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      'Välj ett svar för Boende',
      'Välj ett svar på frågan ”Hur mår min kropp?”',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#i-housing', '#i-health.body']);
    // Inline, next to the question, and part of the group's description.
    const fieldset = root(el).getElementById('i-housing')!;
    expect(fieldset.querySelector('.error-message')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Fel: Välj ett svar för Boende',
    );
    expect(fieldset.getAttribute('aria-describedby')).to.contain('i-housing-err');
    expect(
      root(el).getElementById('i-money')!.querySelector('.error-message'),
      'optional items have no error',
    ).to.equal(null);
    await expect(el).to.be.accessible();

    links[1]!.click();
    await settle(el);
    expect(deepActiveElement()).to.equal(radiosOf(el, 'health.body')[0]);
    await choose(el, 'health.body', 'v:3');
    expect([...root(el).querySelectorAll('.error-summary a')].map((a) => a.textContent!.trim())).to.deep.equal([
      'Välj ett svar för Boende',
    ]);
    await choose(el, 'housing', 'm:unknown');
    expect(root(el).querySelector('.error-summary')).to.equal(null);
    await clickButton(el, 'Granska svaren');
    expect(visibleText(el)).to.contain('Granska dina svar');
  });

  it('speaks English errors with lang="en"', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="en" layout="all" .instrument=${miniInstrument}></steg-rating-form>`,
    );
    await clickButton(el, 'Check your answers');
    expect(root(el).querySelector('.error-summary')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'There is a problem Select an answer for Housing',
    );
  });

  it('in the step layout checks each page before moving on', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="step" .instrument=${miniInstrument}></steg-rating-form>`,
    );
    await clickButton(el, 'Fortsätt');
    await settle(el);
    expect(root(el).querySelector('.progress')!.textContent).to.equal('Område 1 av 3');
    expect(deepActiveElement()).to.equal(root(el).querySelector('.error-summary'));
    await choose(el, 'housing', 'v:1');
    await clickButton(el, 'Fortsätt');
    // The next page is optional: it can be left without an answer.
    await clickButton(el, 'Fortsätt');
    expect(root(el).querySelector('.progress')!.textContent).to.equal('Område 3 av 3');
    expect(root(el).querySelector('.error-summary')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('goes from a change button on the review page to that area and back to the review', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="step" .instrument=${miniInstrument}></steg-rating-form>`,
    );
    await choose(el, 'housing', 'v:1');
    await clickButton(el, 'Fortsätt');
    await clickButton(el, 'Fortsätt');
    await choose(el, 'health.body', 'v:5');
    await clickButton(el, 'Fortsätt');
    expect(visibleText(el)).to.contain('Granska dina svar');
    const rows = [...root(el).querySelectorAll<HTMLElement>('dl.summary .row')].map((r) =>
      r.innerText.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.deep.equal([
      'Boende 1 – Mycket svårt Ändra Boende',
      'Ekonomi Inte besvarad Ändra Ekonomi',
      'Hälsa Hur mår min kropp?: 5 – Alltid Hur mår jag inuti?: Inte besvarad Ändra Hälsa',
    ]);
    await expect(el).to.be.accessible();
    const change = root(el).querySelector<HTMLButtonElement>('dl.summary .row[data-area-id="money"] button')!;
    change.click();
    await settle(el);
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Ekonomi');
    await choose(el, 'money', 'v:4');
    await clickButton(el, 'Fortsätt');
    await settle(el);
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Granska dina svar');
    expect(visibleText(el)).to.contain('Ekonomi 4 – Oftast');
  });
});

describe('<steg-rating-form> sending', () => {
  failOnLitWarnings();

  async function completedForm(attrs: Record<string, string> = { 'subject-id': 'p-7', occasion: 'exit' }) {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="all" collect-goals collect-cards .instrument=${miniInstrument}></steg-rating-form>`,
    );
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    await choose(el, 'housing', 'v:2');
    await choose(el, 'health.body', 'm:declined');
    await typeInto(el, root(el).querySelector<HTMLTextAreaElement>('#c-health')!, 'Ont i ryggen');
    const select = root(el).querySelector<HTMLSelectElement>('#g-housing')!;
    select.value = '4';
    select.dispatchEvent(new Event('change'));
    await typeInto(el, root(el).querySelector<HTMLTextAreaElement>('#s-housing')!, '  Ringa hyresvärden  ');
    await clickButton(el, 'Granska svaren');
    return el;
  }

  it('sends a completed, valid assessment with goals and step-forward cards in steg-submit', async () => {
    const el = await completedForm();
    const before = Date.now();
    const event = oneEvent(el, 'steg-submit');
    await clickButton(el, 'Skicka svaren');
    const { detail } = (await event) as StegSubmitEvent;
    const { assessment } = detail;
    expect(assessment).to.include({ subjectId: 'p-7', occasion: 'exit', role: 'participant', status: 'completed' });
    expect(assessment.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Date.parse(assessment.authored)).to.be.at.least(before - 1000);
    expect(assessment.authored).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(assessment.answers).to.deep.equal([
      { linkId: 'housing', value: 2 },
      { linkId: 'health.body', value: null, missing: 'declined', comment: 'Ont i ryggen' },
    ]);
    expect(validateAssessment(miniInstrument, assessment)).to.deep.equal([]);
    expect(detail.goals).to.have.length(1);
    expect(detail.goals![0]).to.include({
      subjectId: 'p-7',
      areaId: 'housing',
      setBy: 'participant',
      baselineValue: 2,
      targetValue: 4,
      status: 'active',
    });
    expect(detail.cards).to.have.length(1);
    expect(detail.cards![0]).to.include({
      subjectId: 'p-7',
      areaId: 'housing',
      text: 'Ringa hyresvärden',
      createdBy: 'participant',
      status: 'open',
    });
    await settle(el);
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Tack! Dina svar är skickade.');
    expect(el.value.status).to.equal('completed');
    await expect(el).to.be.accessible();
  });

  it('uses the host’s assessment-id, and stays on the review page when the host cancels', async () => {
    const el = await completedForm({ 'subject-id': 'p-7', occasion: 'baseline', 'assessment-id': 'a-123' });
    el.addEventListener('steg-submit', (e) => e.preventDefault(), { once: true });
    const event = oneEvent(el, 'steg-submit');
    await clickButton(el, 'Skicka svaren');
    expect(((await event) as StegSubmitEvent).detail.assessment.id).to.equal('a-123');
    await settle(el);
    expect(visibleText(el)).to.contain('Granska dina svar');
    expect(el.value.status).to.equal('in-progress');
  });

  it('says plainly that it cannot send when the host gave no subject-id, keeps the answers, and reports steg-error', async () => {
    const el = await completedForm({ occasion: 'baseline' });
    let submitted = false;
    el.addEventListener('steg-submit', () => (submitted = true));
    const error = oneEvent(el, 'steg-error');
    await clickButton(el, 'Skicka svaren');
    const fired = (await error) as StegErrorEvent;
    await settle(el);
    expect(submitted).to.equal(false);
    expect(fired.detail.property).to.equal('value');
    expect(fired.detail.issues.map((i) => i.path.join('.'))).to.include('subjectId');
    const alert = root(el).querySelector('[part="submit-problem"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Dina svar finns kvar');
    expect(el.value.answers.length).to.equal(2);
    await expect(el).to.be.accessible();
  });
});
