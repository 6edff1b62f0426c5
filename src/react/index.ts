/**
 * stegvis/react — React components for the stegvis elements, made with `@lit/react`: every
 * element property is a typed prop (`instrument`, `assessments`, `respondentRole`, ...), and every
 * event is a typed `on*` prop (`onStegSubmit={(e) => e.detail.assessment}`). Importing this module
 * registers the elements. React (18 or 19) and `@lit/react` are peer dependencies.
 *
 * ```tsx
 * import { StegRatingForm, StegRadar } from 'stegvis/react';
 * import { livsomraden } from 'stegvis/sdk';
 * <StegRatingForm instrument={livsomraden} subjectId="p-17" occasion="followUp"
 *   onStegSubmit={(e) => save(e.detail.assessment)} />
 * ```
 * @packageDocumentation
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { StegRatingForm as StegRatingFormElement } from '../components/rating-form/define.js';
import type { StegErrorEvent } from '../internal/events/steg-error.js';
import type { StegSubmitEvent } from '../internal/events/steg-submit.js';
import type { StegAnswersDroppedEvent } from '../internal/events/steg-answers-dropped.js';

const onStegError = 'steg-error' as EventName<StegErrorEvent>;

/**
 * `<steg-rating-form>`: the self-rating form. Events: `onStegSubmit` (the completed assessment,
 * goals and cards), `onStegAnswersDropped`, `onStegError`, and the native `onInput` / `onChange`
 * (read `e.currentTarget.value`) and `onInvalid`.
 */
export const StegRatingForm = createComponent({
  react: React,
  tagName: 'steg-rating-form',
  elementClass: StegRatingFormElement,
  displayName: 'StegRatingForm',
  events: {
    onStegSubmit: 'steg-submit' as EventName<StegSubmitEvent>,
    onStegAnswersDropped: 'steg-answers-dropped' as EventName<StegAnswersDroppedEvent>,
    onStegError,
    onInput: 'input' as EventName<Event>,
    onChange: 'change' as EventName<Event>,
    onInvalid: 'invalid' as EventName<Event>,
  },
});

export type { StegErrorEvent, StegSubmitEvent, StegAnswersDroppedEvent };
