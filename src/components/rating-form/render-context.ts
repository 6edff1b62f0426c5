import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Answer } from '../../sdk/model/assessment.js';
import type { Item, LifeArea, RatingScale } from '../../sdk/model/instrument.js';
import type { LocalizedText } from '../../sdk/model/localized-text.js';
import { stepFor } from '../../sdk/model/instrument-index.js';
import type { RatingFormMessage } from './rating-form.messages.js';

/** One area as the role sees it: the area and the items the role answers. */
export interface AreaView {
  area: LifeArea;
  items: { item: Item; scale: RatingScale }[];
}

/** An error shown to the participant: which item, and what to do. */
export interface FieldError {
  linkId: string;
  areaId: string;
  message: string;
}

/**
 * What the page templates need from the element: words, data look-ups and handlers. Built once
 * per render, so the templates stay plain functions and the element keeps its state private.
 */
export interface RenderContext {
  msg(key: RatingFormMessage, values?: Record<string, string | number>): string;
  /** Data text in the element's language, marked with its own `lang` when it fell back. */
  text(value: LocalizedText | undefined): TemplateResult | string;
  /** Data text as a plain string (for attributes and messages). */
  plain(value: LocalizedText | undefined): string;
  headingLevel: number;
  disabled: boolean;
  collectGoals: boolean;
  collectCards: boolean;
  /** Whether to mark optional questions "(frivilligt)": only when some are required. */
  markOptional: boolean;
  isRequired(item: Item): boolean;
  answer(linkId: string): Answer | undefined;
  previous(linkId: string): Answer | undefined;
  error(linkId: string): string | undefined;
  goal(areaId: string): number | undefined;
  card(areaId: string): string;
  /** The choice that has focus, as `linkId` and choice key (`v:7`, `m:unknown`). */
  focused: { linkId: string; choice: string } | undefined;
  onChoice(event: Event): void;
  onChoiceFocus(event: FocusEvent): void;
  onChoiceBlur(event: FocusEvent): void;
  onComment(event: Event): void;
  onCommentChange(event: Event): void;
  onCommentToggle(event: Event): void;
  onGoal(event: Event): void;
  onCard(event: Event): void;
  onCardChange(event: Event): void;
  onChangeArea(event: Event): void;
  onSubmit(): void;
  onDismissNotice(): void;
  onErrorLink(event: Event): void;
}

/** The key of a choice in a radio group: `v:<value>` for a step, `m:<code>` for a missing code. */
export function choiceKey(answer: Answer | undefined): string | undefined {
  if (!answer) return undefined;
  if (answer.value !== null) return `v:${answer.value}`;
  if (answer.missing !== undefined) return `m:${answer.missing}`;
  return undefined;
}

/** How an answer reads: "7 – Ganska bra", "Vet inte", or undefined when there is none. */
export function answerText(
  ctx: RenderContext,
  scale: RatingScale | undefined,
  answer: Answer | undefined,
): string | undefined {
  if (!answer) return undefined;
  if (answer.value !== null) {
    const step = scale ? stepFor(scale, answer.value) : undefined;
    const label = step ? ctx.plain(step.label) : '';
    return label && label !== String(answer.value) ? `${answer.value} – ${label}` : String(answer.value);
  }
  if (answer.missing !== undefined) {
    const option = scale?.missingCodes?.find((m) => m.code === answer.missing);
    return option ? ctx.plain(option.label) : answer.missing;
  }
  return undefined;
}

/** A heading at the element's configured level; focusable from script, for page changes. */
export function heading(
  ctx: RenderContext,
  content: unknown,
  options: { id?: string; level?: number; className?: string } = {},
): TemplateResult {
  return html`<div
    role="heading"
    aria-level=${Math.min(6, options.level ?? ctx.headingLevel)}
    class="heading ${options.className ?? ''}"
    id=${ifDefined(options.id)}
    tabindex="-1"
  >
    ${content}
  </div>`;
}
