import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { cssProperties } from '../../internal/css-properties.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Item, RatingScale } from '../../sdk/model/instrument.js';
import { stageFor, stepFor } from '../../sdk/model/instrument-index.js';
import { answerText, choiceKey, heading, type AreaView, type RenderContext } from './render-context.js';

/**
 * One life area: its heading, description, items and the optional comment, goal and
 * step-forward fields. The same template serves both layouts; the step layout adds a progress
 * line above the heading.
 */
// Items are keyed by linkId: reusing one item's radios for another would let the browser
// uncheck a choice while the group names change.
export function renderArea(
  ctx: RenderContext,
  view: AreaView,
  options: { progress?: string; openComment: boolean },
): TemplateResult {
  const { area } = view;
  return html`<div class="area" part="area" data-area-id=${area.id}>
    ${options.progress ? html`<p class="progress" part="progress">${options.progress}</p>` : nothing}
    ${heading(ctx, ctx.text(area.label), { id: `h-${area.id}`, className: 'area-heading' })}
    ${area.description ? html`<p class="area-description">${ctx.text(area.description)}</p>` : nothing}
    ${repeat(
      view.items,
      ({ item }) => item.linkId,
      ({ item, scale }) => renderItem(ctx, item, scale),
    )} ${renderExtras(ctx, view, options.openComment)}
  </div>`;
}

/** One item: a native radio group in a fieldset, steps first, then missing codes set apart. */
function renderItem(ctx: RenderContext, item: Item, scale: RatingScale): TemplateResult {
  const linkId = item.linkId;
  const base = `i-${linkId}`;
  const answer = ctx.answer(linkId);
  const selected = choiceKey(answer);
  const previous = ctx.previous(linkId);
  const error = ctx.error(linkId);
  const required = ctx.isRequired(item);
  const describedBy = [item.help ? `${base}-hint` : '', previous ? `${base}-prev` : '', error ? `${base}-err` : '']
    .filter(Boolean)
    .join(' ');
  const explained = scale.steps.some((s) => s.description) || (scale.stages?.length ?? 0) > 0;
  const focused = ctx.focused?.linkId === linkId ? ctx.focused.choice : undefined;

  // The chosen state is a class, not :has(:checked): old browsers get it too, and a change
  // restyles one label rather than asking the style engine to re-match every group.
  const choice = (key: string, content: TemplateResult, descriptionId?: string) =>
    html`<label class="choice ${selected === key ? 'checked' : ''} ${ctx.disabled ? 'disabled' : ''}" part="choice${selected === key ? ' choice-checked' : ''}">
      <input
        type="radio"
        name=${base}
        .value=${key}
        .checked=${live(selected === key)}
        ?required=${required}
        ?disabled=${ctx.disabled}
        data-link-id=${linkId}
        aria-describedby=${ifDefined(descriptionId)}
        @change=${ctx.onChoice}
        @focus=${ctx.onChoiceFocus}
        @blur=${ctx.onChoiceBlur}
      />
      ${content}
    </label>`;

  return html`<fieldset class="item ${error ? 'has-error' : ''}" id=${base} part="item" aria-describedby=${ifDefined(describedBy || undefined)}>
    <legend class="legend">${ctx.text(item.text)}${ctx.markOptional && !required ? html` <span class="optional">${ctx.msg('optional')}</span>` : nothing}</legend>
    ${item.help ? html`<p class="hint" id="${base}-hint">${ctx.text(item.help)}</p>` : nothing}
    ${
      previous
        ? html`<p class="previous" id="${base}-prev" part="previous">${ctx.msg('lastTime', { answer: answerText(ctx, scale, previous) ?? '' })}</p>`
        : nothing
    }
    ${
      error
        ? html`<p class="error-message" id="${base}-err" part="error-message">
          <span class="visually-hidden">${ctx.msg('errorPrefix')} </span>${error}
        </p>`
        : nothing
    }
    <div class="steps" part="steps" style=${cssProperties({ '--_count': scale.steps.length })}>
      ${scale.steps.map((step) => {
        const label = ctx.plain(step.label);
        return choice(
          `v:${step.value}`,
          html`<span class="num">${step.value}</span>${label !== String(step.value) ? html` <span class="label">${ctx.text(step.label)}</span>` : nothing}`,
          explained && (step.description || stageFor(scale, step.value)) ? `${base}-d${step.value}` : undefined,
        );
      })}
    </div>
    ${explained ? renderDescription(ctx, scale, focused ?? selected, focused !== undefined && focused !== selected) : nothing}
    ${
      scale.missingCodes?.length
        ? html`<div class="missing" part="missing-codes">
          <span class="or" aria-hidden="true">${ctx.msg('missingIntro')}</span>
          ${scale.missingCodes.map((m) => choice(`m:${m.code}`, html`<span class="label">${ctx.text(m.label)}</span>`))}
        </div>`
        : nothing
    }
    ${
      explained
        ? html`<div hidden>
          ${scale.steps.map((step) => {
            const stage = stageFor(scale, step.value);
            if (!step.description && !stage) return nothing;
            return html`<span id="${base}-d${step.value}"
              >${stage ? `${ctx.msg('stage', { stage: ctx.plain(stage.label) })}. ` : ''}${ctx.plain(step.description)}</span
            >`;
          })}
        </div>`
        : nothing
    }
  </fieldset>`;
}

/**
 * The plain-language meaning of the focused step, else of the chosen one, in view. A focused
 * step that is not the chosen one is a preview: it says so in words ("Om du väljer det här:")
 * and is drawn dashed and unfilled, so it never looks like an answer.
 */
function renderDescription(
  ctx: RenderContext,
  scale: RatingScale,
  key: string | undefined,
  preview: boolean,
): TemplateResult {
  const value = key?.startsWith('v:') ? Number(key.slice(2)) : undefined;
  const step = value === undefined ? undefined : stepFor(scale, value);
  const kind = preview ? 'preview' : 'chosen';
  const note = preview ? html`<span class="preview-note">${ctx.msg('previewNote')}</span> ` : nothing;
  if (!step) {
    const missing = key?.startsWith('m:') ? scale.missingCodes?.find((m) => m.code === key.slice(2)) : undefined;
    return html`<p class="description ${missing ? kind : 'placeholder'}" part="description ${missing ? `description-${kind}` : ''}">
      ${missing ? html`${note}<strong>${ctx.text(missing.label)}</strong>` : ctx.msg('choiceHint')}
    </p>`;
  }
  const stage = stageFor(scale, step.value);
  const label = ctx.plain(step.label);
  return html`<p class="description ${kind}" part="description description-${kind}">
    ${note}<strong>${step.value}${label !== String(step.value) ? html` – ${ctx.text(step.label)}` : nothing}</strong>${
      stage ? html` <span class="stage">${ctx.msg('stage', { stage: ctx.plain(stage.label) })}</span>` : nothing
    }${step.description ? html`<br />${ctx.text(step.description)}` : nothing}
  </p>`;
}

/** The optional comment, desired level and step-forward text of an area. */
function renderExtras(ctx: RenderContext, view: AreaView, openComment: boolean): TemplateResult {
  const { area } = view;
  const first = view.items[0];
  const comment = first ? (ctx.answer(first.item.linkId)?.comment ?? '') : '';
  const scale = first?.scale;
  const goal = ctx.goal(area.id);
  const areaName = ctx.plain(area.label);
  return html`${
    first
      ? html`<details class="extra comment" part="comment" ?open=${openComment} data-area-id=${area.id} @toggle=${ctx.onCommentToggle}>
        <summary>${ctx.msg('commentToggle')}</summary>
        <label for="c-${area.id}">${ctx.msg('comment', { area: areaName })}</label>
        <textarea
          id="c-${area.id}"
          rows="3"
          maxlength="10000"
          .value=${live(comment)}
          ?disabled=${ctx.disabled}
          data-link-id=${first.item.linkId}
          @input=${ctx.onComment}
          @change=${ctx.onCommentChange}
        ></textarea>
      </details>`
      : nothing
  }
  ${
    ctx.collectGoals && scale
      ? html`<div class="extra goal" part="goal">
        <label for="g-${area.id}">${ctx.msg('goal')}</label>
        <select id="g-${area.id}" data-area-id=${area.id} ?disabled=${ctx.disabled} @change=${ctx.onGoal}>
          <option value="" ?selected=${goal === undefined}>${ctx.msg('noGoal')}</option>
          ${scale.steps.map((step) => {
            const label = ctx.plain(step.label);
            return html`<option value=${step.value} ?selected=${goal === step.value}>
              ${label !== String(step.value) ? `${step.value} – ${label}` : step.value}
            </option>`;
          })}
        </select>
      </div>`
      : nothing
  }
  ${
    ctx.collectCards
      ? html`<div class="extra card" part="step-forward">
        <label for="s-${area.id}">${ctx.msg('stepForward')}</label>
        <p class="hint" id="s-${area.id}-hint">${ctx.msg('stepForwardHint')}</p>
        <textarea
          id="s-${area.id}"
          rows="3"
          maxlength="2000"
          aria-describedby="s-${area.id}-hint"
          .value=${live(ctx.card(area.id))}
          ?disabled=${ctx.disabled}
          data-area-id=${area.id}
          @input=${ctx.onCard}
          @change=${ctx.onCardChange}
        ></textarea>
      </div>`
      : nothing
  }`;
}
