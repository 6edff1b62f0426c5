export * from './cohort-summary.js';
export { StegBreakdownChangeEvent, type StegBreakdownChangeDetail } from './steg-breakdown-change-event.js';
