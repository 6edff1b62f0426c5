/**
 * Languages and wording: add a language to every stegvis element, or replace any interface
 * string on a page (`registerTranslation`) or in one element (its `.strings` property).
 *
 * Swedish and English are built in. Other shipped languages are modules of their own, so a page
 * pays only for the languages it imports: `import 'stegvis/translations/ar.js'` registers Arabic.
 */
import type { RatingFormMessage } from '../components/rating-form/rating-form.messages.js';
import type { RadarMessage } from '../components/radar/radar.messages.js';
import type { progressionCardMessages } from '../components/progression-card/progression-card.messages.js';
import type { cohortSummaryMessages } from '../components/cohort-summary/cohort-summary.messages.js';
import { registerTranslation as register } from '../internal/i18n.js';

/** Every interface string of every element, by element and key: what a complete language provides. */
export interface StegvisStrings {
  /** The error state every element shares. */
  common: Record<'heading' | 'whatToDo' | 'details' | 'eventNote' | 'more', string>;
  /** `<steg-rating-form>`. */
  ratingForm: Record<RatingFormMessage, string>;
  /** `<steg-radar>`. */
  radar: Record<RadarMessage, string>;
  /** `<steg-progression-card>`. */
  progressionCard: (typeof progressionCardMessages)['sv'];
  /** `<steg-cohort-summary>`. */
  cohortSummary: (typeof cohortSummaryMessages)['sv'];
}

/** Some or all strings of a language, by element; what is left out falls back to Swedish. */
export type StegvisTranslation = { [Element in keyof StegvisStrings]?: Partial<StegvisStrings[Element]> };

/**
 * Adds a language, or replaces some strings of one, for every stegvis element on the page (and
 * re-renders those already shown). Registrations for the same language merge key by key, the
 * later one winning. Placeholders in braces (`{area}`, `{count}`) are filled in by the element.
 *
 * ```js
 * import { registerTranslation } from 'stegvis/translations';
 * // A municipality that says "handläggare":
 * registerTranslation('sv', { radar: { caseManager: 'Handläggare' } });
 * // A whole language (type-checked complete with `StegvisStrings`):
 * registerTranslation('fi', { ratingForm: { submit: 'Lähetä vastaukset', … }, … });
 * ```
 */
export function registerTranslation(lang: string, translation: StegvisTranslation): void {
  register(lang, translation);
}
