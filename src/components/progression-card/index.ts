export * from './progression-card.js';
export { StegAreaActivateEvent, type StegAreaActivateDetail } from './steg-area-activate-event.js';
export { StegCardActivateEvent, type StegCardActivateDetail } from './steg-card-activate-event.js';
