import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import { livsomraden } from '../../../src/sdk/index.js';
import type { StegElement } from '../../../src/internal/steg-element.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';

/**
 * Every element that takes a `respondent-role` rejects a bad one the same way: one issue code
 * (`unknown_role`) on the `respondentRole` property, and a message that does not repeat the value.
 */
describe('respondent-role (one check for every element)', () => {
  failOnLitWarnings();

  for (const tag of ['steg-rating-form', 'steg-radar', 'steg-progression-card']) {
    it(`${tag} reports an unknown role as unknown_role without repeating it`, async () => {
      const el = (await fixture(html`<div></div>`)).appendChild(document.createElement(tag)) as StegElement & {
        instrument: unknown;
        respondentRole: string;
      };
      const error = oneEvent(el, 'steg-error');
      el.instrument = livsomraden;
      el.respondentRole = 'hacker-1912';
      const fired = await error;
      expect(fired.detail.property).to.equal('respondentRole');
      expect(fired.detail.issues.map((i: { code: string }) => i.code)).to.deep.equal(['unknown_role']);
      for (const issue of fired.detail.issues) expect(JSON.stringify(issue)).not.to.contain('hacker-1912');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).not.to.contain('hacker-1912');
      await expect(el).to.be.accessible();
    });
  }
});
