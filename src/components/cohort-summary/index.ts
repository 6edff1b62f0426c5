export * from './cohort-summary.js';
export {
  StegBreakdownChangeEvent,
  type StegBreakdownChangeDetail,
} from '../../internal/events/steg-breakdown-change.js';
