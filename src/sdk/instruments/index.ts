import type { Instrument } from '../model/index.js';
import { livsomraden } from './livsomraden.js';
import { arbetsnara } from './arbetsnara.js';

export { livsomraden } from './livsomraden.js';
export { arbetsnara } from './arbetsnara.js';

/** Every instrument that ships with stegvis, by id. Frozen: copy one before changing it. */
export const builtInInstruments: Readonly<Record<string, Instrument>> = Object.freeze({
  [livsomraden.id]: livsomraden,
  [arbetsnara.id]: arbetsnara,
});
export { withLanguage } from './with-language.js';
