import { expect, html } from '@open-wc/testing';
import '../../../src/components/rating-form/define.js';
import type { StegRatingForm } from '../../../src/components/rating-form/rating-form.js';
import { livsomraden } from '../../../src/sdk/index.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { miniInstrument } from './fixtures.js';
import { choose, clickButton, deepActiveElement, mount, radiosOf, root, settle } from './helpers.js';

const said = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const descriptionOf = (el: StegRatingForm, linkId: string) =>
  root(el).getElementById(`i-${linkId}`)!.querySelector<HTMLElement>('.description')!;
const nextFrame = () => new Promise((r) => requestAnimationFrame(r));

/** Where the question's legend is on screen after following an error link. */
async function followErrorLink(el: StegRatingForm, link: HTMLAnchorElement) {
  link.click();
  await settle(el);
  await nextFrame();
  const linkId = link.dataset.linkId!;
  const legend = root(el).getElementById(`i-${linkId}`)!.querySelector('legend')!;
  return { linkId, box: legend.getBoundingClientRect() };
}

describe('<steg-rating-form> rough edges', () => {
  failOnLitWarnings();

  describe('focus preview', () => {
    it('shows a focused, unanswered step as a preview that says so and does not look chosen', async () => {
      const el = await mount<StegRatingForm>(
        html`<steg-rating-form lang="sv" layout="all" .instrument=${miniInstrument}></steg-rating-form>`,
      );
      radiosOf(el, 'housing')[3]!.focus();
      await settle(el);
      const preview = descriptionOf(el, 'housing');
      expect(said(preview)).to.match(/^Om du väljer det här: 4 – Oftast/);
      expect(preview.part.contains('description-preview')).to.equal(true);
      // Read now: a computed style is live, and the same panel is about to show the choice.
      const { borderInlineStartStyle, borderInlineStartColor, backgroundColor } = getComputedStyle(preview);
      const previewStyle = { borderInlineStartStyle, borderInlineStartColor, backgroundColor };
      expect(previewStyle.borderInlineStartStyle).to.equal('dashed');
      // Nothing is chosen: the option's own label is not drawn as the chosen one.
      expect(root(el).querySelector('#i-housing .choice.checked')).to.equal(null);
      await expect(el).to.be.accessible();

      // Chosen, the same panel is solid and filled, and the "if you choose" words are gone.
      await choose(el, 'housing', 'v:4');
      radiosOf(el, 'housing')[3]!.focus();
      await settle(el);
      const chosen = descriptionOf(el, 'housing');
      expect(said(chosen)).to.match(/^4 – Oftast/);
      expect(chosen.part.contains('description-chosen')).to.equal(true);
      const chosenStyle = getComputedStyle(chosen);
      expect(chosenStyle.borderInlineStartStyle).to.equal('solid');
      expect(chosenStyle.borderInlineStartColor).to.not.equal(previewStyle.borderInlineStartColor);
      expect(chosenStyle.backgroundColor).to.not.equal(previewStyle.backgroundColor);

      // Focus on another step while 4 is chosen: a preview of that one, the choice stays 4.
      radiosOf(el, 'housing')[1]!.focus();
      await settle(el);
      expect(said(descriptionOf(el, 'housing'))).to.match(/^Om du väljer det här: 2 – Svårt/);
      expect(said(root(el).querySelector('#i-housing .choice.checked'))).to.contain('Oftast');
    });

    it('previews a missing code the same way, in English too', async () => {
      const el = await mount<StegRatingForm>(
        html`<steg-rating-form lang="en" layout="all" .instrument=${miniInstrument}></steg-rating-form>`,
      );
      const unknown = radiosOf(el, 'housing').find((r) => r.value.startsWith('m:'))!;
      unknown.focus();
      await settle(el);
      const preview = descriptionOf(el, 'housing');
      expect(said(preview)).to.match(/^If you choose this: /);
      expect(getComputedStyle(preview).borderInlineStartStyle).to.equal('dashed');
    });
  });

  describe('error links', () => {
    it('scroll the question’s legend into view, with room above it, and focus its first choice', async () => {
      const el = await mount<StegRatingForm>(
        html`<steg-rating-form lang="sv" layout="all" .instrument=${livsomraden}></steg-rating-form>`,
      );
      await clickButton(el, 'Granska svaren');
      await settle(el);
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')];
      expect(links.length).to.be.greaterThan(4);
      for (const link of [links[links.length - 1]!, links[3]!, links[1]!, links[0]!]) {
        const { linkId, box } = await followErrorLink(el, link);
        expect(deepActiveElement()).to.equal(radiosOf(el, linkId)[0]);
        // Not flush with the edge (where it used to end up, half a pixel out of view): 1rem of room.
        expect(box.top, `legend of ${linkId} in view`).to.be.at.least(15);
        expect(box.bottom, `legend of ${linkId} in view`).to.be.at.most(innerHeight);
      }
    });

    it('leave room for a host’s sticky header given as --steg-scroll-margin', async () => {
      const el = await mount<StegRatingForm>(
        html`<steg-rating-form
          lang="sv"
          layout="all"
          style="--steg-scroll-margin: 120px"
          .instrument=${livsomraden}
        ></steg-rating-form>`,
      );
      await clickButton(el, 'Granska svaren');
      await settle(el);
      const link = root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')[3]!;
      const { box } = await followErrorLink(el, link);
      expect(box.top).to.be.within(115, 125);
    });

    it('from the review page of the step layout, open the area with the legend in view', async () => {
      const el = await mount<StegRatingForm>(
        html`<steg-rating-form lang="sv" layout="step" .instrument=${livsomraden}></steg-rating-form>`,
      );
      const form = el as unknown as { reportValidity(): boolean };
      form.reportValidity();
      await settle(el);
      const link = [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')].at(-1)!;
      const { linkId, box } = await followErrorLink(el, link);
      expect(deepActiveElement()).to.equal(radiosOf(el, linkId)[0]);
      expect(box.top).to.be.at.least(15);
      expect(box.bottom).to.be.at.most(innerHeight);
    });
  });

  describe('a disabled form', () => {
    it('says why, from disabled-reason, in a status region that was there before', async () => {
      const el = await mount<StegRatingForm>(
        html`<steg-rating-form lang="sv" layout="all" .instrument=${miniInstrument}></steg-rating-form>`,
      );
      const region = root(el).querySelector('[role="status"][part="disabled-reason"]')!;
      expect(region, 'the live region exists while the form is enabled').to.exist;
      expect(said(region)).to.equal('');
      el.disabledReason = 'Svaren är skickade till din handläggare.';
      el.disabled = true;
      await settle(el);
      // The same node, now with the reason: a screen reader announces the change.
      expect(root(el).querySelector('[part="disabled-reason"]')).to.equal(region);
      expect(said(region)).to.equal('Du kan inte ändra svaren just nu. Svaren är skickade till din handläggare.');
      expect((region as HTMLElement).checkVisibility()).to.equal(true);
      expect(radiosOf(el, 'housing').every((r) => r.disabled)).to.equal(true);
      await expect(el).to.be.accessible();

      el.disabled = false;
      await settle(el);
      expect(said(region)).to.equal('');
      expect(region.getBoundingClientRect().height).to.equal(0);
    });

    it('says a plain default without a reason, also when a disabled fieldset disables it', async () => {
      const wrapper = await mount<HTMLFieldSetElement>(
        html`<fieldset disabled>
          <steg-rating-form lang="en" layout="all" .instrument=${miniInstrument}></steg-rating-form>
        </fieldset>`,
      );
      const el = wrapper.querySelector('steg-rating-form')!;
      await settle(el);
      expect(said(root(el).querySelector('[part="disabled-reason"]'))).to.equal(
        'You cannot change the answers right now.',
      );
    });

    it('takes richer content in the disabled-reason slot', async () => {
      const el = await mount<StegRatingForm>(
        html`<steg-rating-form lang="sv" layout="all" disabled .instrument=${miniInstrument}>
          <span slot="disabled-reason">Handläggaren <strong>granskar</strong> svaren.</span>
        </steg-rating-form>`,
      );
      const slot = root(el).querySelector<HTMLSlotElement>('slot[name="disabled-reason"]')!;
      expect(slot.assignedElements().map(said)).to.deep.equal(['Handläggaren granskar svaren.']);
      expect(slot.closest('[role="status"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('the intro slot', () => {
    it('shows the host’s introduction before the first area, on the first page only', async () => {
      const el = await mount<StegRatingForm>(
        html`<steg-rating-form lang="sv" layout="step" .instrument=${miniInstrument}>
          <p slot="intro">Du svarar på åtta frågor om ditt liv just nu.</p>
        </steg-rating-form>`,
      );
      const intro = el.querySelector('[slot="intro"]')!;
      const slot = () => root(el).querySelector<HTMLSlotElement>('slot[name="intro"]');
      expect(slot()!.assignedElements()).to.deep.equal([intro]);
      const firstHeading = root(el).querySelector('.area-heading')!;
      expect(intro.getBoundingClientRect().bottom).to.be.at.most(firstHeading.getBoundingClientRect().top);
      expect(slot()!.compareDocumentPosition(firstHeading) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await expect(el).to.be.accessible();

      await choose(el, 'housing', 'v:3');
      await clickButton(el, 'Fortsätt');
      expect(slot(), 'not on the second page').to.equal(null);
      expect(intro.getBoundingClientRect().height).to.equal(0);
    });

    it('comes first in the layout with all areas too', async () => {
      const el = await mount<StegRatingForm>(
        html`<steg-rating-form lang="sv" layout="all" .instrument=${miniInstrument}>
          <p slot="intro">Inledning</p>
        </steg-rating-form>`,
      );
      const intro = el.querySelector('[slot="intro"]')!;
      const areas = [...root(el).querySelectorAll('.area')];
      expect(areas.length).to.be.greaterThan(1);
      expect(intro.getBoundingClientRect().bottom).to.be.at.most(areas[0]!.getBoundingClientRect().top);
    });
  });
});
