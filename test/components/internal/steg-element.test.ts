import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { StegElement } from '../../../src/internal/steg-element.js';
import { parseInstrument } from '../../../src/sdk/index.js';
import type { StegErrorEvent } from '../../../src/internal/steg-error-event.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';

/** A minimal element on the shared base, to test what every element inherits. */
class TestBaseElement extends StegElement {
  static override properties = { data: { attribute: false } };
  declare data: unknown;
  override willUpdate(): void {
    const result = parseInstrument(this.data);
    this.setInputIssues('instrument', result.ok ? [] : result.issues);
  }
  override render() {
    return this.hasInputIssues ? this.renderErrorState() : litHtml`<p>${this.uiLang}|${this.effectiveDir}</p>`;
  }
}
customElements.define('test-base-element', TestBaseElement);

describe('StegElement (the base of every element)', () => {
  failOnLitWarnings();
  afterEach(() => {
    document.documentElement.lang = '';
  });

  it('speaks the language of the nearest ancestor with lang, and follows changes to <html lang>', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB" dir="rtl"><test-base-element></test-base-element></div>`,
    );
    const el = wrapper.querySelector('test-base-element') as TestBaseElement;
    el.data = { bad: true };
    el.data = undefined;
    await el.updateComplete;
    expect(el.effectiveLang).to.equal('en-GB');
    expect(el.uiLang).to.equal('en');
    expect(el.effectiveDir).to.equal('rtl');

    const standalone = await fixture<TestBaseElement>(html`<test-base-element></test-base-element>`);
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await standalone.updateComplete;
    expect(standalone.uiLang).to.equal('en');
  });

  it('renders an accessible alert naming each problem and dispatches steg-error once', async () => {
    const el = await fixture<TestBaseElement>(html`<test-base-element lang="sv"></test-base-element>`);
    const errors: StegErrorEvent[] = [];
    el.addEventListener('steg-error', (e) => errors.push(e));
    const event = oneEvent(el, 'steg-error');
    el.data = { id: 'x', version: 'ett' };
    const fired = await event;
    await el.updateComplete;
    expect(fired.detail.property).to.equal('instrument');
    expect(fired.detail.issues.map((i: { path: (string | number)[] }) => i.path.join('.'))).to.include('version');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert).to.exist;
    expect(alert.textContent).to.contain('instrument.version');
    expect(alert.textContent).to.contain('Måste vara en semantisk version');
    el.requestUpdate();
    await el.updateComplete;
    expect(errors.length).to.equal(1);
    await expect(el).to.be.accessible();
  });
});
