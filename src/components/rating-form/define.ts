import { StegRatingForm } from './rating-form.js';

if (!customElements.get('steg-rating-form')) customElements.define('steg-rating-form', StegRatingForm);

declare global {
  interface HTMLElementTagNameMap {
    'steg-rating-form': StegRatingForm;
  }
}

export { StegRatingForm };
