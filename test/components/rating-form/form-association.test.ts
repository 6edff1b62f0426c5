import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/rating-form/define.js';
import type { StegRatingForm } from '../../../src/components/rating-form/rating-form.js';
import type { RatingFormValue } from '../../../src/components/rating-form/rating-form-value.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { miniInstrument } from './fixtures.js';
import { choose, clickButton, deepActiveElement, mount, radiosOf, root, settle, typeInto } from './helpers.js';

async function formWithRating(attrs = ''): Promise<{ form: HTMLFormElement; el: StegRatingForm }> {
  const form = await mount<HTMLFormElement>(html`<form action="about:blank" target="_blank">
    <input name="case" value="42" />
    <steg-rating-form name="rating" lang="sv" layout="all" subject-id="p-1" occasion="baseline" .instrument=${miniInstrument}></steg-rating-form>
    <button type="submit">Spara</button>
    <button type="reset">Rensa</button>
  </form>`);
  const el = form.querySelector('steg-rating-form')!;
  for (const attr of attrs.split(' ').filter(Boolean)) el.setAttribute(attr, '');
  await el.updateComplete;
  return { form, el };
}

describe('<steg-rating-form> in a plain <form>', () => {
  failOnLitWarnings();

  it('submits its draft as JSON under its name, read back from FormData', async () => {
    const { form, el } = await formWithRating();
    await choose(el, 'housing', 'v:4');
    await choose(el, 'money', 'm:unknown');
    await choose(el, 'health.body', 'v:2');
    const data = new FormData(form);
    expect(data.get('case')).to.equal('42');
    const value = JSON.parse(data.get('rating') as string) as RatingFormValue;
    expect(value.answers).to.deep.equal([
      { linkId: 'housing', value: 4 },
      { linkId: 'money', value: null, missing: 'unknown' },
      { linkId: 'health.body', value: 2 },
    ]);
    expect(value.instrument).to.deep.equal({ id: 'test:mini', version: '1.0.0' });
    expect(value).to.include({ subjectId: 'p-1', occasion: 'baseline', role: 'participant', status: 'in-progress' });
    expect(el.form).to.equal(form);
  });

  it('blocks submission while a required item is unanswered, and shows its error summary instead of a bubble', async () => {
    const { form, el } = await formWithRating();
    let submits = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits += 1;
    });
    await choose(el, 'housing', 'v:4');
    expect(el.checkValidity()).to.equal(false);
    // checkValidity() is silent, like a native control's.
    expect(root(el).querySelector('.error-summary')).to.equal(null);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Välj ett svar på frågan ”Hur mår min kropp?”');
    form.requestSubmit();
    await settle(el);
    expect(submits).to.equal(0);
    const summary = root(el).querySelector('.error-summary')!;
    expect(summary).not.to.equal(null);
    expect(deepActiveElement()).to.equal(summary);
    await choose(el, 'health.body', 'v:1');
    expect(el.checkValidity()).to.equal(true);
    form.requestSubmit();
    expect(submits).to.equal(1);
  });

  it('with required, needs an answer (or "Vet inte") for every item', async () => {
    const { el } = await formWithRating('required');
    for (const linkId of ['housing', 'health.body']) await choose(el, linkId, 'v:3');
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Välj ett svar för Ekonomi och 1 till');
    await choose(el, 'money', 'm:declined');
    await choose(el, 'health.mind', 'm:unknown');
    expect(el.validity.valid).to.equal(true);
  });

  it('reportValidity() shows and focuses the error summary', async () => {
    const { el } = await formWithRating();
    const invalid = oneEvent(el, 'invalid');
    expect(el.reportValidity()).to.equal(false);
    await invalid;
    await settle(el);
    expect(deepActiveElement()).to.equal(root(el).querySelector('.error-summary'));
  });

  it('a custom error set by the host blocks submission until cleared', async () => {
    const { el } = await formWithRating();
    for (const linkId of ['housing', 'health.body']) await choose(el, linkId, 'v:3');
    el.setCustomValidity('Välj först en handläggare.');
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal('Välj först en handläggare.');
    el.setCustomValidity('');
    expect(el.checkValidity()).to.equal(true);
  });

  it('resets with its form: no answers, no comments, first page', async () => {
    const { form, el } = await formWithRating();
    el.layout = 'step';
    await choose(el, 'housing', 'v:4');
    await clickButton(el, 'Fortsätt');
    expect(el.value.formState?.areaId).to.equal('money');
    form.reset();
    await settle(el);
    expect(el.value).to.deep.equal({ answers: [] });
    expect(root(el).querySelector('.progress')!.textContent).to.equal('Område 1 av 3');
    expect(radiosOf(el, 'housing').some((r) => r.checked)).to.equal(false);
    expect(JSON.parse(new FormData(form).get('rating') as string)).to.deep.equal({ answers: [] });
  });

  it('is disabled by a disabled fieldset and then not submitted', async () => {
    const wrapper = await mount<HTMLFormElement>(html`<form>
      <fieldset disabled>
        <legend>Skattning</legend>
        <steg-rating-form name="rating" lang="sv" layout="all" .instrument=${miniInstrument}></steg-rating-form>
      </fieldset>
    </form>`);
    const el = wrapper.querySelector('steg-rating-form')!;
    await settle(el);
    expect(el.isDisabled).to.equal(true);
    expect(radiosOf(el, 'housing').every((r) => r.disabled)).to.equal(true);
    expect(new FormData(wrapper).has('rating')).to.equal(false);
    wrapper.querySelector('fieldset')!.disabled = false;
    await settle(el);
    expect(el.isDisabled).to.equal(false);
    expect(radiosOf(el, 'housing').every((r) => !r.disabled)).to.equal(true);
    expect(new FormData(wrapper).has('rating')).to.equal(true);
  });

  it('is enabled again when its own disabled is removed', async () => {
    const { el } = await formWithRating();
    el.disabled = true;
    await settle(el);
    expect(radiosOf(el, 'housing').every((r) => r.disabled)).to.equal(true);
    el.disabled = false;
    await settle(el);
    expect(el.isDisabled).to.equal(false);
    expect(radiosOf(el, 'housing').every((r) => !r.disabled)).to.equal(true);
  });

  it('restores the browser’s saved state (formStateRestoreCallback)', async () => {
    const { el } = await formWithRating();
    await choose(el, 'housing', 'v:5');
    await typeInto(el, root(el).querySelector<HTMLTextAreaElement>('#c-housing')!, 'Ny lägenhet');
    const saved = JSON.stringify(el.value);
    const { el: other } = await formWithRating();
    other.formStateRestoreCallback(saved);
    await settle(other);
    expect(other.value).to.deep.equal(JSON.parse(saved));
    expect(radiosOf(other, 'housing').find((r) => r.checked)!.value).to.equal('v:5');
    expect(root(other).querySelector<HTMLTextAreaElement>('#c-housing')!.value).to.equal('Ny lägenhet');
  });

  it('sends with its form after a steg-submit the host did not cancel', async () => {
    const { form, el } = await formWithRating();
    const submitted: FormData[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted.push(new FormData(form));
    });
    for (const linkId of ['housing', 'health.body']) await choose(el, linkId, 'v:3');
    await clickButton(el, 'Granska svaren');
    const event = oneEvent(el, 'steg-submit');
    await clickButton(el, 'Skicka svaren');
    const fired = await event;
    await settle(el);
    expect(submitted.length).to.equal(1);
    const sent = JSON.parse(submitted[0]!.get('rating') as string) as RatingFormValue;
    expect(sent.status).to.equal('completed');
    expect(sent.id).to.equal(fired.detail.assessment.id);
    expect(root(el).querySelector('[part="confirmation"]')!.textContent).to.contain('Tack! Dina svar är skickade.');
    await expect(el).to.be.accessible();
  });
});
