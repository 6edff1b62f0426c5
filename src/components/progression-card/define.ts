import { StegProgressionCard } from './progression-card.js';

if (!customElements.get('steg-progression-card')) customElements.define('steg-progression-card', StegProgressionCard);

declare global {
  interface HTMLElementTagNameMap {
    'steg-progression-card': StegProgressionCard;
  }
}

export { StegProgressionCard };
