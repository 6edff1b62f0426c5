export * from './rating-form.js';
export type { RatingFormValue, RatingFormState, GoalDraft, CardDraft } from './rating-form-value.js';
export { StegSubmitEvent, type StegSubmitDetail } from '../../internal/events/steg-submit.js';
export {
  StegAnswersDroppedEvent,
  type StegAnswersDroppedDetail,
  type DroppedAnswer,
  type DropReason,
} from '../../internal/events/steg-answers-dropped.js';
export { StegFormAssociatedElement } from '../../internal/form-associated.js';
