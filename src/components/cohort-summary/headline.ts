import type { CohortCell, CohortRoleReport } from '../../sdk/scoring/cohort-report-types.js';
import type { NeedsReport } from '../../sdk/scoring/needs-report.js';
import { formatList, formatNumber, formatPercent, pluralCategory, type UiLanguage } from '../../internal/i18n.js';

/** One figure the headline states, as the key-figures table lists it. */
export interface HeadlineFigure {
  key: 'started' | 'paired' | 'reliablyImproved' | 'reachedGoal';
  /** People counted. */
  count: number;
  /** What the share is of (null for plain counts). */
  of: number | null;
  share: number | null;
}

/** The headline: its sentences and the figures they state (every one is also in a table). */
export interface Headline {
  sentences: string[];
  figures: HeadlineFigure[];
  /** The areas named as moving most, with their share better (as in the main table). */
  topAreas: { areaId: string; shareImproved: number }[];
}

const changeHidden = (cell: CohortCell) =>
  cell.nPaired === null ||
  cell.shareImproved === null ||
  cell.withheld.some((w) => w.part === 'started' || w.part === 'paired');

/**
 * Writes the ten-second summary of a report in Swedish or English: how many started and have a
 * follow-up, the share who improved reliably in at least one area and the share of participants
 * (not goals) who reached a goal (both from a needs report of the same role, when given), and
 * the areas where the largest shares got better. A sentence whose figure is withheld is left out;
 * no figure is derived from a withheld one.
 */
export function writeHeadline(
  lang: UiLanguage,
  role: CohortRoleReport,
  needs: NeedsReport | null,
  areaLabel: (areaId: string) => string,
): Headline {
  const n = (v: number) => formatNumber(lang, v);
  const pct = (v: number) => formatPercent(lang, v);
  const plural = (count: number, one: string, other: string) => (pluralCategory(lang, count) === 'one' ? one : other);
  const sentences: string[] = [];
  const figures: HeadlineFigure[] = [];
  const started = role.all.nStarted;
  const paired = role.all.nPaired;
  if (started !== null) {
    figures.push({ key: 'started', count: started, of: null, share: null });
    if (paired !== null) {
      figures.push({ key: 'paired', count: paired, of: started, share: started > 0 ? paired / started : null });
      sentences.push(
        lang === 'sv'
          ? `${n(started)} deltagare började. ${n(paired)} av dem har både en första skattning och en uppföljning.`
          : `${n(started)} ${plural(started, 'participant', 'participants')} started. ${n(paired)} of them have both a first rating and a follow-up.`,
      );
    } else {
      sentences.push(
        lang === 'sv'
          ? `${n(started)} deltagare började.`
          : `${n(started)} ${plural(started, 'participant', 'participants')} started.`,
      );
    }
  }
  const people = needs && needs.role === role.role ? needs.participants : null;
  const reliable = people?.reliablyImprovedAny.count ?? null;
  const pairedNeeds = people?.paired.count ?? null;
  if (reliable !== null && pairedNeeds !== null && pairedNeeds > 0) {
    const share = reliable / pairedNeeds;
    figures.push({ key: 'reliablyImproved', count: reliable, of: pairedNeeds, share });
    sentences.push(
      lang === 'sv'
        ? `${pct(share)} av dem med uppföljning blev tydligt bättre (mer än mätfelet) i minst ett livsområde.`
        : `${pct(share)} of those with a follow-up got clearly better (beyond measurement error) in at least one life area.`,
    );
  }
  const top = role.all.areas
    .filter((c) => c.areaId !== null && !changeHidden(c))
    .sort((a, b) => b.shareImproved! - a.shareImproved! || (a.areaId! < b.areaId! ? -1 : 1))
    .slice(0, 2)
    .map((c) => ({ areaId: c.areaId!, shareImproved: c.shareImproved! }));
  if (top.length > 0) {
    const named = formatList(
      lang,
      top.map((t) => `${areaLabel(t.areaId)} (${pct(t.shareImproved)})`),
    );
    sentences.push(
      lang === 'sv' ? `Störst andel blev bättre inom ${named}.` : `The largest shares got better in ${named}.`,
    );
  }
  const withGoals = people?.withGoals.count ?? null;
  const reached = people?.reachedAnyGoal.count ?? null;
  if (withGoals !== null && reached !== null && withGoals > 0) {
    const share = reached / withGoals;
    figures.push({ key: 'reachedGoal', count: reached, of: withGoals, share });
    sentences.push(
      lang === 'sv'
        ? `${pct(share)} av deltagarna med mål nådde minst ett av sina mål (${n(reached)} av ${n(withGoals)} personer).`
        : `${pct(share)} of the participants with goals reached at least one of them (${n(reached)} of ${n(withGoals)} ${plural(withGoals, 'person', 'people')}).`,
    );
  }
  return { sentences, figures, topAreas: top };
}
