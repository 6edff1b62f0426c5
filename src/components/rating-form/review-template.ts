import { html, nothing, type TemplateResult } from 'lit';
import { answerText, heading, type AreaView, type RenderContext } from './render-context.js';

/**
 * The review page (GOV.UK "Check your answers"): every area with its answers, comment, goal and
 * step forward, a change button per area, then the send button.
 */
export function renderReview(ctx: RenderContext, views: AreaView[]): TemplateResult {
  return html`<div class="review" part="review">
    ${heading(ctx, ctx.msg('reviewHeading'), { id: 'page-heading' })}
    <p class="intro">${ctx.msg('reviewIntro')}</p>
    <dl class="summary" part="summary">
      ${views.map((view) => renderRow(ctx, view))}
    </dl>
    <div class="actions">
      <button type="button" class="primary" part="button submit" ?disabled=${ctx.disabled} @click=${ctx.onSubmit}>${ctx.msg('submit')}</button>
    </div>
  </div>`;
}

function renderRow(ctx: RenderContext, view: AreaView): TemplateResult {
  const { area, items } = view;
  const first = items[0];
  const comment = first ? ctx.answer(first.item.linkId)?.comment : undefined;
  const goal = ctx.goal(area.id);
  const card = ctx.card(area.id);
  const single = items.length === 1;
  const answers = items.map(({ item, scale }) => {
    const text = answerText(ctx, scale, ctx.answer(item.linkId));
    const shown = text ?? html`<span class="unanswered">${ctx.msg('notAnswered')}</span>`;
    return single ? shown : html`<span class="item-text">${ctx.text(item.text)}:</span> ${shown}`;
  });
  const goalText = goal === undefined ? undefined : answerText(ctx, first?.scale, { linkId: area.id, value: goal });
  // The change button's hidden area name starts with a no-break space: WebKit drops the leading
  // plain space of the absolutely positioned span ("ÄndraBoende" in its text and accessible name).
  return html`<div class="row" data-area-id=${area.id}>
    <dt>${ctx.text(area.label)}</dt>
    <dd>
      ${single ? answers[0] : html`<ul class="answers">${answers.map((a) => html`<li>${a}</li>`)}</ul>`}
      ${comment ? html`<p class="extra-line"><span class="term">${ctx.msg('commentTerm')}:</span> ${comment}</p>` : nothing}
      ${ctx.collectGoals && goalText ? html`<p class="extra-line"><span class="term">${ctx.msg('goalTerm')}:</span> ${goalText}</p>` : nothing}
      ${ctx.collectCards && card ? html`<p class="extra-line"><span class="term">${ctx.msg('stepForwardTerm')}:</span> ${card}</p>` : nothing}
    </dd>
    <dd class="change">
      <button type="button" class="link" data-area-id=${area.id} ?disabled=${ctx.disabled} @click=${ctx.onChangeArea}>
        ${ctx.msg('change')}<span class="visually-hidden">${`\u00a0${ctx.plain(area.label)}`}</span>
      </button>
    </dd>
  </div>`;
}
