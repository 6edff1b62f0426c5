/**
 * stegvis — element classes, event classes and types. Importing this module registers nothing:
 * import `stegvis/define.js` (all elements) or `stegvis/components/<name>/define.js` for that.
 * The DOM-free SDK is re-exported too; import `stegvis/sdk` where there is no DOM.
 * @packageDocumentation
 */
export * from './sdk/index.js';
export { StegElement } from './internal/steg-element.js';
export { StegErrorEvent, type StegErrorDetail } from './internal/steg-error-event.js';
// Elements (each line added with its component):
export * from './components/rating-form/index.js';
export * from './components/radar/index.js';
export * from './components/progression-card/index.js';
export * from './components/cohort-summary/index.js';
