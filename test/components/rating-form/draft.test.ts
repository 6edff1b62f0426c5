import { expect, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/rating-form/define.js';
import type { StegRatingForm } from '../../../src/components/rating-form/rating-form.js';
import type { RatingFormValue } from '../../../src/components/rating-form/rating-form-value.js';
import type { StegAnswersDroppedEvent } from '../../../src/components/rating-form/steg-answers-dropped-event.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { miniInstrument, miniInstrumentV2 } from './fixtures.js';
import { choose, clickButton, mount, radiosOf, root, settle, typeInto, visibleText } from './helpers.js';

describe('<steg-rating-form> drafts: nothing is lost', () => {
  failOnLitWarnings();

  it('fires input on every change and change on every committed answer, with the draft readable from value', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="all" collect-goals collect-cards .instrument=${miniInstrument}></steg-rating-form>`,
    );
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`input ${el.value.answers.length}`));
    el.addEventListener('change', () => seen.push(`change ${el.value.answers.length}`));
    await choose(el, 'housing', 'v:2');
    await choose(el, 'housing', 'v:3');
    await typeInto(el, root(el).querySelector<HTMLTextAreaElement>('#c-money')!, 'Skulder');
    expect(seen).to.deep.equal(['input 1', 'change 1', 'input 1', 'change 1', 'input 2', 'change 2']);
    expect(el.value.answers).to.deep.equal([
      { linkId: 'housing', value: 3 },
      { linkId: 'money', value: null, comment: 'Skulder' },
    ]);
  });

  it('restores a draft exactly: answers, comments, goals, step-forward texts and the page', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="step" subject-id="p-1" collect-goals collect-cards .instrument=${miniInstrument}></steg-rating-form>`,
    );
    await choose(el, 'housing', 'v:2');
    await typeInto(el, root(el).querySelector<HTMLTextAreaElement>('#c-housing')!, 'Trångt');
    const select = root(el).querySelector<HTMLSelectElement>('#g-housing')!;
    select.value = '4';
    select.dispatchEvent(new Event('change'));
    await typeInto(el, root(el).querySelector<HTMLTextAreaElement>('#s-housing')!, 'Söka en egen lägenhet');
    await clickButton(el, 'Fortsätt');
    await choose(el, 'money', 'm:declined');
    await clickButton(el, 'Fortsätt');
    const saved = JSON.parse(JSON.stringify(el.value)) as RatingFormValue;
    expect(saved.formState).to.deep.equal({
      areaId: 'health',
      goals: [{ areaId: 'housing', targetValue: 4 }],
      cards: [{ areaId: 'housing', text: 'Söka en egen lägenhet' }],
    });

    const restored = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="step" subject-id="p-1" collect-goals collect-cards .instrument=${miniInstrument}></steg-rating-form>`,
    );
    restored.value = saved;
    await settle(restored);
    expect(restored.value).to.deep.equal(saved);
    expect(root(restored).querySelector('.progress')!.textContent).to.equal('Område 3 av 3');
    await clickButton(restored, 'Tillbaka');
    await clickButton(restored, 'Tillbaka');
    expect(radiosOf(restored, 'housing').find((r) => r.checked)!.value).to.equal('v:2');
    expect(root(restored).querySelector<HTMLTextAreaElement>('#c-housing')!.value).to.equal('Trångt');
    expect(
      root(restored).querySelector<HTMLDetailsElement>('details.comment')!.open,
      'a comment is shown, not hidden',
    ).to.equal(true);
    expect(root(restored).querySelector<HTMLSelectElement>('#g-housing')!.value).to.equal('4');
    expect(root(restored).querySelector<HTMLTextAreaElement>('#s-housing')!.value).to.equal('Söka en egen lägenhet');
    await expect(restored).to.be.accessible();
  });

  it('restores a draft set before the instrument arrives', async () => {
    const el = await mount<StegRatingForm>(html`<steg-rating-form lang="sv" layout="all"></steg-rating-form>`);
    el.value = { answers: [{ linkId: 'money', value: 5, comment: 'Bättre' }] };
    await settle(el);
    el.instrument = miniInstrument;
    await settle(el);
    expect(radiosOf(el, 'money').find((r) => r.checked)!.value).to.equal('v:5');
    expect(el.value.answers).to.deep.equal([{ linkId: 'money', value: 5, comment: 'Bättre' }]);
  });

  it('keeps every answer whose item still exists when the instrument is replaced, and shows and reports the rest', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="all" collect-cards .instrument=${miniInstrument}></steg-rating-form>`,
    );
    await choose(el, 'housing', 'v:4');
    await choose(el, 'money', 'v:2');
    await typeInto(el, root(el).querySelector<HTMLTextAreaElement>('#c-money')!, 'Har fått en budget');
    await choose(el, 'health.body', 'v:4');
    await typeInto(el, root(el).querySelector<HTMLTextAreaElement>('#c-health')!, 'Går promenader');
    await choose(el, 'health.mind', 'v:1');
    await typeInto(el, root(el).querySelector<HTMLTextAreaElement>('#s-money')!, 'Betala en skuld');

    const event = oneEvent(el, 'steg-answers-dropped');
    el.instrument = miniInstrumentV2;
    const dropped = (await event) as StegAnswersDroppedEvent;
    await settle(el);
    expect(dropped.detail.from).to.deep.equal({ id: 'test:mini', version: '1.0.0' });
    expect(dropped.detail.to).to.deep.equal({ id: 'test:mini', version: '2.0.0' });
    expect(dropped.detail.answers.map((d) => [d.answer.linkId, d.reason])).to.deep.equal([
      ['money', 'unknown_link_id'],
      ['health.body', 'value_off_scale'],
    ]);
    expect(dropped.detail.cards).to.deep.equal([{ areaId: 'money', text: 'Betala en skuld' }]);
    // Kept: housing as it was; the comment of health.body without its value, now off the scale.
    expect(el.value.answers).to.deep.equal([
      { linkId: 'housing', value: 4 },
      { linkId: 'health.body', value: null, comment: 'Går promenader' },
      { linkId: 'health.mind', value: 1 },
    ]);
    expect(el.value.instrument).to.deep.equal({ id: 'test:mini', version: '2.0.0' });
    const notice = root(el).querySelector('[part="notice"]')!;
    expect(notice.getAttribute('role')).to.equal('status');
    const text = notice.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Hur klarar jag min ekonomi?: 2 – Svårt');
    expect(text).to.contain('Kommentar: Har fått en budget');
    expect(text).to.contain('Hur mår min kropp?: 4 – Oftast');
    expect(text).to.contain('Steg framåt för Ekonomi: Betala en skuld');
    await expect(el).to.be.accessible();
    await clickButton(el, 'Stäng meddelandet');
    expect(root(el).querySelector('[part="notice"]')).to.equal(null);
  });

  it('keeps what it can of an unreadable draft and reports the rest', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="all" .instrument=${miniInstrument}></steg-rating-form>`,
    );
    const errors: string[] = [];
    el.addEventListener('steg-error', (e) => errors.push(e.detail.property));
    const dropped = oneEvent(el, 'steg-answers-dropped');
    el.value = {
      occasion: 'sometime',
      answers: [
        { linkId: 'housing', value: 3 },
        { linkId: 'money', value: 'två', comment: 'Svårt i år' },
        { linkId: 'nowhere', value: 2 },
      ],
    } as unknown as RatingFormValue;
    const fired = (await dropped) as StegAnswersDroppedEvent;
    await settle(el);
    expect(errors).to.deep.equal(['value']);
    expect(el.value.answers).to.deep.equal([{ linkId: 'housing', value: 3 }]);
    expect(fired.detail.answers.map((d) => d.reason)).to.deep.equal(['unreadable', 'unknown_link_id']);
    expect(visibleText(el)).to.contain('Svårt i år');
    await expect(el).to.be.accessible();
  });

  it('keeps the answers when a bad instrument replaces a good one, and uses them again with the next good one', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="all" .instrument=${miniInstrument}></steg-rating-form>`,
    );
    await choose(el, 'housing', 'v:5');
    el.instrument = { broken: true };
    await settle(el);
    expect(root(el).querySelector('[role="alert"]')).not.to.equal(null);
    expect(el.value.answers).to.deep.equal([{ linkId: 'housing', value: 5 }]);
    el.instrument = miniInstrumentV2;
    await settle(el);
    expect(radiosOf(el, 'housing').find((r) => r.checked)!.value).to.equal('v:5');
  });
});
