export * from './rating-form.js';
export type { RatingFormValue, RatingFormState, GoalDraft, CardDraft } from './rating-form-value.js';
export { StegSubmitEvent, type StegSubmitDetail } from './steg-submit-event.js';
export {
  StegAnswersDroppedEvent,
  type StegAnswersDroppedDetail,
  type DroppedAnswer,
  type DropReason,
} from './steg-answers-dropped-event.js';
export { StegFormAssociatedElement } from '../../internal/form-associated.js';
