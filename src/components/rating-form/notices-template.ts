import { html, nothing, type TemplateResult } from 'lit';
import type { Instrument, RatingScale } from '../../sdk/model/instrument.js';
import { indexInstrument } from '../../sdk/model/instrument-index.js';
import type { Dropped } from './rating-form-value.js';
import { answerText, heading, type FieldError, type RenderContext } from './render-context.js';

/** At most this many links in the error summary; the rest are counted. */
const maxSummaryLinks = 12;

/**
 * The GOV.UK error summary: an alert at the top with a link to each field that needs an answer.
 * It is focused when it appears, so keyboard and screen-reader users land on it.
 */
export function renderErrorSummary(ctx: RenderContext, errors: FieldError[]): TemplateResult {
  const shown = errors.slice(0, maxSummaryLinks);
  return html`<div class="error-summary" id="error-summary" tabindex="-1" part="error-summary">
    <div role="alert">
      ${heading(ctx, ctx.msg('errorSummaryTitle'), { className: 'summary-title' })}
      <ul>
        ${shown.map((e) => html`<li><a href="#i-${e.linkId}" data-link-id=${e.linkId} @click=${ctx.onErrorLink}>${e.message}</a></li>`)}
        ${errors.length > shown.length ? html`<li>${ctx.msg('moreErrors', { count: errors.length - shown.length })}</li>` : nothing}
      </ul>
    </div>
  </div>`;
}

/**
 * What the form could not keep from a draft (after an instrument swap or a restore), shown in the
 * participant's words so that they can answer again. Labels come from the instrument the answers
 * were made with when it is known.
 */
export function renderDroppedNotice(
  ctx: RenderContext,
  dropped: Dropped,
  instruments: (Instrument | undefined)[],
): TemplateResult {
  const known = instruments.filter((i): i is Instrument => i !== undefined).map(indexInstrument);
  const itemLabel = (linkId: string): { label: string; scale?: RatingScale } => {
    for (const index of known) {
      const entry = index.items.get(linkId);
      if (entry) return { label: ctx.plain(entry.item.text), scale: entry.scale };
    }
    return { label: linkId };
  };
  const areaLabel = (areaId: string) => {
    for (const index of known) {
      const area = index.areas.get(areaId);
      if (area) return { label: ctx.plain(area.label), scale: index.areaScale.get(areaId) };
    }
    return { label: areaId };
  };
  return html`<div class="notice" role="status" part="notice">
    ${heading(ctx, ctx.msg('droppedTitle'), { className: 'notice-title' })}
    <p>${ctx.msg('droppedBody')}</p>
    <ul>
      ${dropped.answers.map(({ answer }) => {
        const { label, scale } = itemLabel(answer.linkId);
        const text = answerText(ctx, scale, answer);
        return html`<li>
          <span class="item-text">${label}</span>${text ? `: ${text}` : ''}${
            answer.comment
              ? html`<br /><span class="term">${ctx.msg('commentTerm')}:</span> ${answer.comment}`
              : nothing
          }
        </li>`;
      })}
      ${dropped.goals.map((g) => {
        const { label, scale } = areaLabel(g.areaId);
        const value = answerText(ctx, scale, { linkId: g.areaId, value: g.targetValue }) ?? String(g.targetValue);
        return html`<li>${ctx.msg('droppedGoal', { area: label, value })}</li>`;
      })}
      ${dropped.cards.map((c) => html`<li>${ctx.msg('droppedCard', { area: areaLabel(c.areaId).label, text: c.text })}</li>`)}
    </ul>
    <button type="button" class="secondary" @click=${ctx.onDismissNotice}>${ctx.msg('dismiss')}</button>
  </div>`;
}

/** Shown when the host did not give what a completed assessment needs (for example `subject-id`). */
export function renderSubmitProblem(ctx: RenderContext): TemplateResult {
  return html`<div class="error-summary" role="alert" part="submit-problem">
    ${heading(ctx, ctx.msg('submitProblemTitle'), { className: 'summary-title' })}
    <p>${ctx.msg('submitProblemBody')}</p>
  </div>`;
}

/** The confirmation after a send the host did not cancel. */
export function renderSubmitted(ctx: RenderContext): TemplateResult {
  return html`<div class="confirmation" part="confirmation">
    ${heading(ctx, ctx.msg('submittedTitle'), { id: 'page-heading' })}
    <p>${ctx.msg('submittedBody')}</p>
  </div>`;
}
