import { StegRadar } from './radar.js';

if (!customElements.get('steg-radar')) customElements.define('steg-radar', StegRadar);

declare global {
  interface HTMLElementTagNameMap {
    'steg-radar': StegRadar;
  }
}

export { StegRadar };
