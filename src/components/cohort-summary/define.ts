import { StegCohortSummary } from './cohort-summary.js';

if (!customElements.get('steg-cohort-summary')) customElements.define('steg-cohort-summary', StegCohortSummary);

declare global {
  interface HTMLElementTagNameMap {
    'steg-cohort-summary': StegCohortSummary;
  }
}

export { StegCohortSummary };
