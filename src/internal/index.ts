export * from './steg-element.js';
export * from './steg-error-event.js';
export * from './i18n.js';
export { tokens } from './tokens.styles.js';
