export * from './progression-card.js';
export { StegAreaActivateEvent, type StegAreaActivateDetail } from '../../internal/events/steg-area-activate.js';
export { StegCardActivateEvent, type StegCardActivateDetail } from '../../internal/events/steg-card-activate.js';
