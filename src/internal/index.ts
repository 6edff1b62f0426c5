export * from './steg-element.js';
export * from './events/steg-error.js';
export * from './i18n.js';
export { tokens } from './tokens.styles.js';
