import { html, nothing, type TemplateResult } from 'lit';
import type { ProgressionCard } from '../../sdk/model/progression-card.js';
import { formatDate, message } from '../../internal/i18n.js';
import { progressionCardMessages as m } from './progression-card.messages.js';

/** Open cards first (what to work on now), then achieved, then dropped; newest first within each. */
const statusOrder = { open: 0, achieved: 1, dropped: 2 } as const;

/** The participant's cards in the order they are shown. */
export function orderCards(cards: readonly ProgressionCard[]): ProgressionCard[] {
  return [...cards].sort(
    (a, b) => statusOrder[a.status] - statusOrder[b.status] || Date.parse(b.createdAt) - Date.parse(a.createdAt),
  );
}

/** The status of a card as text, with its date when it was achieved or dropped. */
export function cardStatusText(lang: string, card: ProgressionCard): string {
  if (card.status === 'achieved')
    return message(m, lang, 'cardAchieved', { date: card.achievedAt ? formatDate(lang, card.achievedAt) : '' }).trim();
  if (card.status === 'dropped')
    return message(m, lang, 'cardDropped', { date: card.droppedAt ? formatDate(lang, card.droppedAt) : '' }).trim();
  return message(m, lang, 'cardOpen');
}

/**
 * The participant's "next step" cards as buttons: the participant's own words, the status in
 * text (and by the edge's line style, never by colour alone) and the area it belongs to.
 * Each says what it does ("Öppna kortet") and looks like something to press.
 * Activating one calls `onActivate`; the element turns that into `steg-card-activate`.
 */
export function cardsTemplate(
  lang: string,
  cards: readonly ProgressionCard[],
  areaLabel: (areaId: string) => string,
  onActivate: (card: ProgressionCard) => void,
): TemplateResult {
  if (cards.length === 0) return html`<p class="empty">${message(m, lang, 'noCards')}</p>`;
  return html`<ul class="pcards">
    ${orderCards(cards).map((card) => {
      const area = card.areaId ? areaLabel(card.areaId) : '';
      return html`<li>
        <button type="button" class="pcard" part="progression-card" data-status=${card.status} data-card-id=${card.id} @click=${() => onActivate(card)}>
          <span class="pcard-status" dir="auto">${cardStatusText(lang, card)}</span>
          <span class="pcard-text" dir="auto">${card.text}</span>
          ${area ? html`<span class="pcard-area" dir="auto">${message(m, lang, 'cardArea', { area })}</span>` : nothing}
          <span class="pcard-action" dir="auto">${message(m, lang, 'cardButton')}<span class="chevron" aria-hidden="true"></span></span>
        </button>
      </li>`;
    })}
  </ul>`;
}
