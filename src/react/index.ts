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
import { StegRadar as StegRadarElement } from '../components/radar/define.js';
import { StegProgressionCard as StegProgressionCardElement } from '../components/progression-card/define.js';
import { StegCohortSummary as StegCohortSummaryElement } from '../components/cohort-summary/define.js';
import type { StegErrorEvent } from '../internal/steg-error-event.js';
import type { StegSubmitEvent } from '../components/rating-form/steg-submit-event.js';
import type { StegAnswersDroppedEvent } from '../components/rating-form/steg-answers-dropped-event.js';
import type { StegSeriesToggleEvent } from '../components/radar/steg-series-toggle-event.js';
import type { StegAreaActivateEvent } from '../components/progression-card/steg-area-activate-event.js';
import type { StegCardActivateEvent } from '../components/progression-card/steg-card-activate-event.js';
import type { StegBreakdownChangeEvent } from '../components/cohort-summary/steg-breakdown-change-event.js';

// The element classes are imported from the define modules: importing a wrapper registers its
// element, and a bundler that trusts package.json "sideEffects" cannot drop the registration.
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

/** `<steg-radar>`: one participant's areas over time. Events: `onStegSeriesToggle`, `onStegError`. */
export const StegRadar = createComponent({
  react: React,
  tagName: 'steg-radar',
  elementClass: StegRadarElement,
  displayName: 'StegRadar',
  events: {
    onStegSeriesToggle: 'steg-series-toggle' as EventName<StegSeriesToggleEvent>,
    onStegError,
  },
});

/**
 * `<steg-progression-card>`: a participant's progress, goals, "next step" cards and
 * interventions. Events: `onStegAreaActivate`, `onStegCardActivate`, `onStegError`.
 */
export const StegProgressionCard = createComponent({
  react: React,
  tagName: 'steg-progression-card',
  elementClass: StegProgressionCardElement,
  displayName: 'StegProgressionCard',
  events: {
    onStegAreaActivate: 'steg-area-activate' as EventName<StegAreaActivateEvent>,
    onStegCardActivate: 'steg-card-activate' as EventName<StegCardActivateEvent>,
    onStegError,
  },
});

/** `<steg-cohort-summary>`: a cohort report for funders. Events: `onStegBreakdownChange`, `onStegError`. */
export const StegCohortSummary = createComponent({
  react: React,
  tagName: 'steg-cohort-summary',
  elementClass: StegCohortSummaryElement,
  displayName: 'StegCohortSummary',
  events: {
    onStegBreakdownChange: 'steg-breakdown-change' as EventName<StegBreakdownChangeEvent>,
    onStegError,
  },
});

export type {
  StegErrorEvent,
  StegSubmitEvent,
  StegAnswersDroppedEvent,
  StegSeriesToggleEvent,
  StegAreaActivateEvent,
  StegCardActivateEvent,
  StegBreakdownChangeEvent,
};
