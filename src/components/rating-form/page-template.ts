import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { renderArea } from './area-template.js';
import { renderSubmitted } from './notices-template.js';
import type { AreaView, RenderContext } from './render-context.js';
import { renderReview } from './review-template.js';

/**
 * The form's pages and step navigation: every area on one page, one area per page with
 * "Fortsätt" and "Tillbaka", the review before sending, and the receipt after it. Plain
 * functions; the element owns where the participant is and moves focus.
 */

/** Where the participant is, and the buttons' handlers. */
export interface PageState {
  views: AreaView[];
  submitted: boolean;
  review: boolean;
  layout: 'all' | 'step';
  /** The area shown, one area per page. */
  pageIndex: number;
  openComments: ReadonlySet<string>;
  /** Everything an area's template reads: when none of it changed, the area is not rendered again. */
  dependencies: (view: AreaView) => unknown[];
  onBack: () => void;
  onNext: () => void;
  onToReview: () => void;
}

/**
 * Why the form is disabled. The status region is always there, empty while the form is
 * enabled, so that a screen reader announces the reason when the form becomes disabled.
 */
export function renderDisabledReason(ctx: RenderContext, reason: string | undefined): TemplateResult {
  return html`<div class="disabled-reason" role="status" part="disabled-reason">${
    ctx.disabled
      ? html`<span class="disabled-reason-title">${ctx.msg('disabledTitle')}</span>
          <slot name="disabled-reason">${reason ?? nothing}</slot>`
      : nothing
  }</div>`;
}

/** The page the participant is on. */
export function renderPage(ctx: RenderContext, page: PageState): TemplateResult {
  if (page.submitted) return renderSubmitted(ctx);
  const { views } = page;
  const backLink = html`<button type="button" class="back link" ?disabled=${ctx.disabled} @click=${page.onBack}>${ctx.msg('back')}</button>`;
  if (page.review) return html`${backLink}${renderReview(ctx, views)}`;
  const anyRequired = views.some((v) => v.items.some(({ item }) => ctx.isRequired(item)));
  const intro = anyRequired ? nothing : html`<p class="intro">${ctx.msg('allOptional')}</p>`;
  if (page.layout === 'step') {
    const index = page.pageIndex;
    const view = views[index];
    if (!view) return html`<p>${ctx.msg('noItems')}</p>`;
    return html`${index > 0 ? backLink : html`<slot name="intro" part="intro"></slot>${intro}`}
      ${keyed(
        view.area.id,
        renderArea(ctx, view, {
          progress: ctx.msg('areaOf', { n: index + 1, total: views.length }),
          openComment: page.openComments.has(view.area.id),
        }),
      )}
      <div class="actions">
        <button type="button" class="primary" part="button" ?disabled=${ctx.disabled} @click=${page.onNext}>${ctx.msg('continue')}</button>
      </div>`;
  }
  return html`<slot name="intro" part="intro"></slot>${intro}
    ${repeat(
      views,
      (view) => view.area.id,
      // Only the area that changed is rendered again: an answer costs one area, not eight.
      (view) =>
        guard(page.dependencies(view), () =>
          renderArea(ctx, view, { openComment: page.openComments.has(view.area.id) }),
        ),
    )}
    <div class="actions">
      <button type="button" class="primary" part="button" ?disabled=${ctx.disabled} @click=${page.onToReview}>${ctx.msg('toReview')}</button>
    </div>`;
}
