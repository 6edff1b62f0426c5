// Type-level checks of stegvis/react, compiled by `tsc --noEmit` (npm run lint) and never run:
// the wrappers take the elements' own property types and hand typed events to their handlers.
// Each @ts-expect-error line must stay an error; if a wrapper loosened its types it would not be.
import { createElement } from 'react';
import { StegCohortSummary, StegProgressionCard, StegRadar, StegRatingForm } from '../../src/react/index.js';
import { livsomraden, type Assessment } from '../../src/sdk/index.js';

const saved: Assessment[] = [];

export const typedForm = createElement(StegRatingForm, {
  instrument: livsomraden,
  respondentRole: 'caseManager',
  occasion: 'followUp',
  subjectId: 'p-17',
  layout: 'step',
  onStegSubmit: (event) => saved.push(event.detail.assessment),
  onStegError: (event) => event.detail.issues.map((issue) => issue.messages.sv),
  onStegAnswersDropped: (event) => event.detail.answers.length,
});

// @ts-expect-error a respondent role the SDK does not know
export const badRole = createElement(StegRatingForm, { respondentRole: 'admin' });
// @ts-expect-error the submit event carries an assessment, not a string
export const badHandler = createElement(StegRatingForm, { onStegSubmit: (event: { detail: string }) => event.detail });
// @ts-expect-error layouts are 'all' | 'step' | 'auto'
export const badLayout = createElement(StegRatingForm, { layout: 'grid' });

export const typedRadar = createElement(StegRadar, {
  instrument: livsomraden,
  assessments: saved,
  compareRoles: true,
  onStegSeriesToggle: (event) => event.detail.hidden.join(','),
});
export const typedCard = createElement(StegProgressionCard, {
  instrument: livsomraden,
  variant: 'compact',
  onStegCardActivate: (event) => event.detail.card.text,
  onStegAreaActivate: (event) => event.detail.areaId,
});
export const typedSummary = createElement(StegCohortSummary, {
  breakdown: 'all',
  onStegBreakdownChange: (event) => event.detail.role,
});

// @ts-expect-error variants are 'full' | 'compact'
export const badVariant = createElement(StegProgressionCard, { variant: 'huge' });
export const badCardHandler = createElement(StegProgressionCard, {
  // @ts-expect-error a card activation carries a card, not an area id
  onStegCardActivate: (event: { detail: { areaId: number } }) => event,
});
