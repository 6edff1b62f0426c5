import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { itExcept } from '../../helpers/engines.js';
import '../../../src/components/rating-form/define.js';
import type { StegRatingForm } from '../../../src/components/rating-form/rating-form.js';
import { livsomraden, arbetsnara } from '../../../src/sdk/index.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { miniInstrument, previousAssessment } from './fixtures.js';
import { choose, mount, radiosOf, root, settle, visibleText } from './helpers.js';

describe('<steg-rating-form> rendering', () => {
  failOnLitWarnings();
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  });

  it('asks each item of the role as a native radio group in a fieldset with a legend, nothing pre-selected', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="all" .instrument=${miniInstrument}></steg-rating-form>`,
    );
    const fieldsets = [...root(el).querySelectorAll('fieldset')];
    expect(fieldsets.map((f) => f.querySelector('legend')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Hur fungerar mitt boende?',
      'Hur klarar jag min ekonomi? (frivilligt)',
      'Hur mår min kropp?',
      'Hur mår jag inuti? (frivilligt)',
    ]);
    for (const fieldset of fieldsets) {
      const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.length).to.equal(7);
      expect(new Set(radios.map((r) => r.name)).size, 'one group per item').to.equal(1);
      expect(
        radios.some((r) => r.checked),
        'nothing pre-selected',
      ).to.equal(false);
    }
    // The case manager's item is not shown to the participant.
    expect(visibleText(el)).not.to.contain('Hur mår deltagaren?');
    await expect(el).to.be.accessible();
  });

  it('shows the case manager only the case manager’s items', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="all" respondent-role="caseManager" .instrument=${miniInstrument}></steg-rating-form>`,
    );
    expect(visibleText(el)).to.contain('Hur mår deltagaren?');
    expect(visibleText(el)).not.to.contain('Hur mår jag inuti?');
  });

  it('labels every step, keeps the missing codes apart, and makes every target at least 44 × 44 px', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="all" .instrument=${miniInstrument}></steg-rating-form>`,
    );
    const item = root(el).getElementById('i-housing')!;
    const labels = [...item.querySelectorAll('.steps label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels).to.deep.equal(['1 Mycket svårt', '2 Svårt', '3 Ibland', '4 Oftast', '5 Alltid']);
    const missing = [...item.querySelectorAll('.missing label')].map((l) => l.textContent!.trim());
    expect(missing).to.deep.equal(['Vet inte', 'Vill inte svara']);
    for (const target of root(el).querySelectorAll<HTMLElement>('label.choice, button, summary, select')) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent!).to.be.at.least(44);
      expect(box.width, target.textContent!).to.be.at.least(44);
    }
  });

  it('shows the plain-language meaning and stage of the focused step, then of the chosen one', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div>
      <button>Före</button>
      <steg-rating-form lang="sv" layout="all" .instrument=${miniInstrument}></steg-rating-form>
    </div>`);
    const el = wrapper.querySelector('steg-rating-form')!;
    wrapper.querySelector('button')!.focus();
    const description = () =>
      (root(el).querySelector('#i-housing .description') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
    expect(description()).to.equal('Välj det som stämmer bäst för dig just nu.');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const [one] = radiosOf(el, 'housing');
    expect(one!.checked, 'focus alone does not choose').to.equal(false);
    // Focused, not chosen: a preview, and it says so (issue #17.4).
    expect(description()).to.equal('Om du väljer det här: 1 – Mycket svårt Fas: Fast Det går inte alls.');
    // Screen readers get the same words with the radio, without a live region re-announcing them.
    const describedBy = root(el).getElementById(one!.getAttribute('aria-describedby')!)!;
    expect(describedBy.textContent).to.equal('Fas: Fast. Det går inte alls.');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    await choose(el, 'housing', 'v:4');
    await settle(el);
    expect(description()).to.equal('4 – Oftast Fas: På väg Det går oftast bra.');
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en" and falls back to Swedish text marked lang="sv"', async () => {
    const instrument = structuredClone(miniInstrument);
    instrument.areas[1]!.label = { sv: 'Pengar' };
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="en" layout="all" .instrument=${instrument}></steg-rating-form>`,
    );
    expect(visibleText(el)).to.contain('How is my home?');
    expect(visibleText(el)).to.contain('Check your answers');
    const fallback = [...root(el).querySelectorAll('[lang="sv"]')].map((n) => n.textContent);
    expect(fallback).to.include('Pengar');
    await expect(el).to.be.accessible();
  });

  it('shows "last time" beside each item from an earlier assessment, without pre-selecting it', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="all" .instrument=${miniInstrument} .previous=${previousAssessment}></steg-rating-form>`,
    );
    expect(root(el).querySelector('#i-housing .previous')!.textContent).to.equal('Förra gången: 4 – Oftast');
    expect(root(el).querySelector('#i-money .previous')!.textContent).to.equal('Förra gången: Vet inte');
    expect(radiosOf(el, 'housing').some((r) => r.checked)).to.equal(false);
    expect(root(el).getElementById('i-housing')!.getAttribute('aria-describedby')).to.contain('i-housing-prev');
    await expect(el).to.be.accessible();
  });

  it('goes on without "last time" when the earlier assessment is bad, and says so with steg-error', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="all" .instrument=${miniInstrument}></steg-rating-form>`,
    );
    const event = oneEvent(el, 'steg-error');
    el.previous = { answers: 'nej' };
    const fired = await event;
    await el.updateComplete;
    expect(fired.detail.property).to.equal('previous');
    expect(radiosOf(el, 'housing').length).to.equal(7);
  });

  it('renders an accessible error and dispatches steg-error for a bad instrument', async () => {
    const el = await mount<StegRatingForm>(html`<steg-rating-form lang="sv"></steg-rating-form>`);
    const event = oneEvent(el, 'steg-error');
    el.instrument = { id: 'x', version: 'ett', areas: [] };
    const fired = await event;
    await el.updateComplete;
    expect(fired.detail.property).to.equal('instrument');
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Måste vara en semantisk version');
    expect(root(el).querySelector('fieldset')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders an accessible error for a role the instrument does not have', async () => {
    const el = await mount<StegRatingForm>(html`<steg-rating-form lang="en"></steg-rating-form>`);
    const event = oneEvent(el, 'steg-error');
    el.respondentRole = 'joint';
    el.instrument = miniInstrument;
    const fired = await event;
    await el.updateComplete;
    expect(fired.detail.property).to.equal('respondentRole');
    expect(fired.detail.issues.map((i: { code: string }) => i.code)).to.deep.equal(['unknown_role']);
    const alert = root(el).querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain('not answered by this respondent role (it has participant, caseManager)');
    // The value given is input like any other: messages name the property, never repeat it.
    expect(alert).not.to.contain('joint');
  });

  it('renders every area of the built-in instruments, for both roles', async () => {
    for (const [instrument, role, count] of [
      [livsomraden, 'participant', 8],
      [livsomraden, 'caseManager', 8],
      [
        arbetsnara,
        'participant',
        arbetsnara.areas.filter((a) => a.items.some((i) => !i.roles || i.roles.includes('participant'))).length,
      ],
      [arbetsnara, 'caseManager', arbetsnara.areas.length],
    ] as const) {
      const el = await mount<StegRatingForm>(
        html`<steg-rating-form lang="sv" layout="all" respondent-role=${role} .instrument=${instrument}></steg-rating-form>`,
      );
      expect(root(el).querySelectorAll('.area').length, `${instrument.id} ${role}`).to.equal(count);
      await expect(el).to.be.accessible();
    }
  });

  itExcept(
    ['webkit'],
    '#14 MiniBrowser windows are never narrower than about 447 px',
    'shows one area per page on a narrow screen with layout="auto", and all areas when wide',
    async function () {
      await setViewport({ width: 360, height: 700 });
      const el = await mount<StegRatingForm>(
        html`<steg-rating-form lang="sv" .instrument=${livsomraden}></steg-rating-form>`,
      );
      expect(el.effectiveLayout).to.equal('step');
      expect(root(el).querySelectorAll('.area').length).to.equal(1);
      expect(visibleText(el)).to.contain('Område 1 av 8');
      await expect(el).to.be.accessible();
      await setViewport({ width: 1000, height: 700 });
      const wide = await mount<StegRatingForm>(
        html`<steg-rating-form lang="sv" .instrument=${livsomraden}></steg-rating-form>`,
      );
      expect(wide.effectiveLayout).to.equal('all');
      expect(root(wide).querySelectorAll('.area').length).to.equal(8);
      // Following a resize needs the page to render (ResizeObserver); a background tab does not.
      if (document.visibilityState === 'hidden') this.skip();
      await waitUntil(() => el.effectiveLayout === 'all', 'switches to all areas when wide', { timeout: 5000 });
      await settle(el);
      expect(root(el).querySelectorAll('.area').length).to.equal(8);
    },
  );

  itExcept(
    ['webkit'],
    '#14 WebKitWebDriver cannot emulate media',
    'is accessible in dark mode, forced colours and right-to-left',
    async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const wrapper = await mount<HTMLDivElement>(html`<div dir="rtl" style="color-scheme: light dark">
      <steg-rating-form lang="sv" layout="all" theme="dark" .instrument=${miniInstrument} .previous=${previousAssessment}></steg-rating-form>
    </div>`);
      const el = wrapper.querySelector('steg-rating-form')!;
      await choose(el, 'housing', 'v:3');
      expect(getComputedStyle(root(el).querySelector('.steps')!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
      await emulateMedia({ forcedColors: 'active' });
      await expect(el).to.be.accessible();
    },
  );

  it('disables every control when disabled', async () => {
    const el = await mount<StegRatingForm>(
      html`<steg-rating-form lang="sv" layout="all" disabled .instrument=${miniInstrument}></steg-rating-form>`,
    );
    const controls = [
      ...root(el).querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button, textarea, select'),
    ];
    expect(controls.length).to.be.greaterThan(10);
    expect(controls.every((c) => c.disabled)).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
