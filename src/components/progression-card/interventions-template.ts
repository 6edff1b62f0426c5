import { html, nothing, type TemplateResult } from 'lit';
import type {
  Intervention,
  InterventionCategory,
  InterventionEpisode,
  Provider,
} from '../../sdk/model/intervention.js';
import { formatDate, message } from '../../internal/i18n.js';
import { progressionCardMessages as m } from './progression-card.messages.js';

/** The order categories are listed in: job-focused first, as in BIP's findings. */
const categoryOrder: readonly InterventionCategory[] = ['jobFocused', 'competence', 'health', 'social', 'coordination'];
const providerOrder: readonly Provider[] = [
  'arbetsformedlingen',
  'forsakringskassan',
  'kommun',
  'region',
  'samordningsforbund',
  'other',
];

const categoryKey = {
  jobFocused: 'catJobFocused',
  competence: 'catCompetence',
  health: 'catHealth',
  social: 'catSocial',
  coordination: 'catCoordination',
} as const;
const providerKey = {
  arbetsformedlingen: 'provArbetsformedlingen',
  forsakringskassan: 'provForsakringskassan',
  kommun: 'provKommun',
  region: 'provRegion',
  samordningsforbund: 'provSamordningsforbund',
  other: 'provOther',
} as const;

/** The label of an intervention category in the interface language. */
export const categoryLabel = (lang: string, category: InterventionCategory): string =>
  message(m, lang, categoryKey[category]);
/** The name of a provider in the interface language. */
export const providerLabel = (lang: string, provider: Provider): string => message(m, lang, providerKey[provider]);

/** One intervention a participant took part in during the period, with its episodes. */
export interface InterventionInPeriod {
  intervention: Intervention;
  episodes: InterventionEpisode[];
}

/**
 * The participant's episodes that overlap the period `[from, to]` (ISO dates; an open end means
 * ongoing), joined with their interventions. Episodes of unknown interventions are left out;
 * the element reports them as input problems before it gets here.
 */
export function interventionsInPeriod(
  interventions: readonly Intervention[],
  episodes: readonly InterventionEpisode[],
  subjectId: string | undefined,
  from: string | undefined,
  to: string | undefined,
): InterventionInPeriod[] {
  const byId = new Map(interventions.map((i) => [i.id, i]));
  const start = from ? Date.parse(from) : -Infinity;
  const end = to ? Date.parse(to) : Infinity;
  const found = new Map<string, InterventionInPeriod>();
  for (const episode of episodes) {
    if (subjectId !== undefined && episode.subjectId !== subjectId) continue;
    const intervention = byId.get(episode.interventionId);
    if (!intervention) continue;
    const epStart = Date.parse(episode.start);
    const epEnd = episode.end ? Date.parse(episode.end) : Infinity;
    if (epStart > end || epEnd < start) continue;
    let entry = found.get(intervention.id);
    if (!entry) found.set(intervention.id, (entry = { intervention, episodes: [] }));
    entry.episodes.push(episode);
  }
  return [...found.values()];
}

/**
 * The interventions of the period, grouped by category and then by provider, each with its
 * dates and the life areas it aims at (by their labels, comma-separated: area names often
 * contain "och", so a spoken list would be ambiguous).
 */
export function interventionsTemplate(
  lang: string,
  items: readonly InterventionInPeriod[],
  labelOf: (text: Intervention['label']) => string,
  areaLabel: (areaId: string) => string,
): TemplateResult {
  if (items.length === 0) return html`<p class="empty">${message(m, lang, 'noInterventions')}</p>`;
  const categories = categoryOrder
    .map((category) => ({ category, items: items.filter((i) => i.intervention.category === category) }))
    .filter((c) => c.items.length > 0);
  return html`<div class="interventions">
    ${categories.map(
      ({ category, items: inCategory }) => html`<section class="category" part="intervention-category">
        <h4>${categoryLabel(lang, category)}</h4>
        ${providerOrder
          .map((provider) => ({ provider, items: inCategory.filter((i) => i.intervention.provider === provider) }))
          .filter((p) => p.items.length > 0)
          .map(
            ({ provider, items: byProvider }) => html`<div class="provider">
              <h5>${providerLabel(lang, provider)}</h5>
              <ul>
                ${byProvider.map(({ intervention, episodes }) => {
                  const targets = intervention.targetAreaIds.map(areaLabel).filter((l) => l !== '');
                  return html`<li part="intervention">
                    <span class="intervention-name">${labelOf(intervention.label)}</span>
                    <span class="intervention-meta" dir="auto">${episodes
                      .map((e) =>
                        message(m, lang, 'period', {
                          from: formatDate(lang, e.start),
                          to: e.end ? formatDate(lang, e.end) : message(m, lang, 'ongoing'),
                        }),
                      )
                      .join('; ')}</span>
                    ${
                      targets.length
                        ? html`<span class="intervention-meta" dir="auto">${message(m, lang, 'targets', { areas: targets.join(', ') })}</span>`
                        : nothing
                    }
                  </li>`;
                })}
              </ul>
            </div>`,
          )}
      </section>`,
    )}
  </div>`;
}
