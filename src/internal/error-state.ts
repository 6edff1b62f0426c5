import { css, html, nothing, type TemplateResult } from 'lit';
import { formatPath, type StegIssue } from '../sdk/model/issues.js';
import { defineMessages, message, type MessageTable, type UiLanguage } from './i18n.js';

/**
 * The error state every element shows in place of its content when its input data is bad.
 *
 * It is written for the person in front of the screen (a participant or a case manager), who
 * cannot fix the data: one heading, the same in every element, and one sentence of what to do.
 * The technical problems (property paths and the SDK's messages) are for the developer: they
 * are in the `steg-error` event, and here only behind a closed "details for the developer"
 * disclosure, so a screen reader announces the plain text and not `assessments.0.answers`.
 */

type ErrorStateKey = 'heading' | 'whatToDo' | 'details' | 'eventNote' | 'more';

/**
 * The error state's words (namespace `common` for `registerTranslation`). One heading for all
 * elements, so a person learns it once.
 */
export const errorStateMessages: MessageTable<ErrorStateKey> = defineMessages('common', {
  sv: {
    heading: 'Det gick inte att visa innehållet',
    whatToDo:
      'Något i uppgifterna som skulle visas här är fel. Ladda om sidan, och kontakta den som har hand om systemet om felet finns kvar.',
    details: 'Detaljer för utvecklaren',
    eventNote: 'Samma problem finns i händelsen {event}.',
    more: 'och {count} problem till',
  },
  en: {
    heading: 'The content could not be shown',
    whatToDo:
      'Something in the information meant for this place is wrong. Reload the page, and contact whoever looks after the system if the problem stays.',
    details: 'Details for the developer',
    eventNote: 'The same problems are in the {event} event.',
    more: 'and {count} more problems',
  },
});

/** How many problems the disclosure lists; the event carries all of them. */
export const ERROR_STATE_MAX_LISTED = 10;

/** Where a problem is, as a developer writes it: `assessments[0].authored`, `instrument.version`. */
export function issuePath(property: string, issue: StegIssue): string {
  if (issue.path.length === 0) return property;
  const rest = formatPath(issue.path);
  return rest.startsWith('[') ? `${property}${rest}` : `${property}.${rest}`;
}

/** "The same problems are in the steg-error event", the event's name as code that never breaks. */
function eventNote(lang: UiLanguage): TemplateResult {
  const [before = '', after = ''] = message(errorStateMessages, lang, 'eventNote').split('{event}');
  return html`${before}<code class="event-name">steg-error</code>${after}`;
}

/** What the error state shows. */
export interface ErrorStateOptions {
  /** The interface language of the element. */
  lang: UiLanguage;
  /** The rejected properties and their problems, in the order they were found. */
  issues: ReadonlyMap<string, readonly StegIssue[]>;
  /** The heading's level (1–6), so it fits the host page's outline; 2 by default. */
  headingLevel?: number;
}

/**
 * Renders the error state: an alert whose heading and sentence are the plain words, followed
 * (inside the alert, but closed) by the developer's details. Text only, never HTML from data.
 */
export function errorStateTemplate({ lang, issues, headingLevel = 2 }: ErrorStateOptions): TemplateResult {
  const all = [...issues.entries()].flatMap(([prop, list]) => list.map((issue) => ({ prop, issue })));
  const shown = all.slice(0, ERROR_STATE_MAX_LISTED);
  const level = Math.min(6, Math.max(1, Math.round(headingLevel) || 2));
  return html`<div class="error-state" role="alert" part="error">
    <p class="error-state-heading" role="heading" aria-level=${level} part="error-heading">
      ${message(errorStateMessages, lang, 'heading')}
    </p>
    <p class="error-state-text" part="error-text">${message(errorStateMessages, lang, 'whatToDo')}</p>
    <details class="error-state-details" part="error-details">
      <summary>${message(errorStateMessages, lang, 'details')}</summary>
      <ul>
        ${shown.map(
          ({ prop, issue }) =>
            html`<li>
              <code>${issuePath(prop, issue)}</code>:
              ${lang === 'sv' ? issue.messages.sv : issue.messages.en}
            </li>`,
        )}
        ${
          all.length > shown.length
            ? html`<li>${message(errorStateMessages, lang, 'more', { count: all.length - shown.length })}</li>`
            : nothing
        }
      </ul>
      <p>${eventNote(lang)}</p>
    </details>
  </div>`;
}

/** The error state's own styles; the box itself (border, colours) is in the shared tokens. */
export const errorStateStyles = css`
  .error-state-heading {
    margin: 0;
    font-weight: 700;
    font-size: 1.125em;
  }
  .error-state-text {
    margin: 0.25em 0 0;
    max-inline-size: 65ch;
  }
  .error-state-details {
    margin-block-start: 0.5em;
  }
  .error-state-details > summary {
    /* The native marker stays: it turns with the writing direction and the open state. */
    display: list-item;
    min-block-size: var(--_target);
    padding-block: max(0px, calc((var(--_target) - 1lh) / 2));
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .error-state-details > summary {
    font-weight: 400;
  }
  /* Elements reset lists for their own content; the problems stay a bulleted list. */
  .error-state-details ul {
    list-style: disc;
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }
  .error-state-details li {
    display: list-item;
  }
  .event-name {
    white-space: nowrap;
  }
  .error-state-details p {
    margin: 0.5em 0 0;
    color: var(--_fg-muted);
  }
`;
