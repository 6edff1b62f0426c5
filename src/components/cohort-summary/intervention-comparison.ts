import type {
  CohortBreakdown,
  CohortCell,
  CohortGroup,
  CohortRoleReport,
} from '../../sdk/scoring/cohort-report-types.js';

/** One line of the comparison of interventions: a group of participants who had an intervention (or a combination). */
export interface InterventionComparisonRow {
  breakdown: CohortBreakdown;
  group: CohortGroup;
  /** Participants with a start and a follow-up in the group; null when withheld. */
  nPaired: number | null;
  /**
   * The share of the group's area ratings (start to follow-up) that improved reliably: the
   * areas' `shareReliablyImproved` weighted by their n. Null when any area of the group is withheld.
   */
  shareReliablyImproved: number | null;
  /** The overall score's mean change and its 95 % CI; null when withheld or not computed. */
  meanChange: number | null;
  ci95: [number, number] | null;
  withheld: boolean;
}

const hidden = (cell: CohortCell) =>
  cell.nPaired === null || cell.withheld.some((w) => w.part === 'started' || w.part === 'paired');

/** The groups compared: who had each intervention, each kind of intervention, and the BIP-style combinations. */
function comparedGroups(role: CohortRoleReport): { breakdown: CohortBreakdown; group: CohortGroup }[] {
  const out: { breakdown: CohortBreakdown; group: CohortGroup }[] = [];
  for (const b of role.breakdowns) {
    if (b.kind === 'intervention' || b.kind === 'interventionCategory') {
      const group = b.groups.find((g) => g.key === 'with');
      if (group) out.push({ breakdown: b, group });
    } else if (b.kind === 'parallelSupport') {
      for (const group of b.groups) out.push({ breakdown: b, group });
    }
  }
  return out;
}

/**
 * The comparison of interventions, sorted by the share reliably improved (withheld last). It
 * compares groups of people, who were not assigned at random: an association, not an effect.
 */
export function interventionComparison(role: CohortRoleReport): InterventionComparisonRow[] {
  const rows = comparedGroups(role).map(({ breakdown, group }): InterventionComparisonRow => {
    const cells = group.areas;
    const anyHidden = group.nPaired === null || cells.some(hidden);
    let weighted = 0;
    let total = 0;
    let known = true;
    for (const cell of cells) {
      if (cell.shareReliablyImproved === null || cell.nPaired === null) {
        known = false;
        break;
      }
      weighted += cell.shareReliablyImproved * cell.nPaired;
      total += cell.nPaired;
    }
    const overall = group.overall && !hidden(group.overall) ? group.overall : null;
    return {
      breakdown,
      group,
      nPaired: group.nPaired,
      shareReliablyImproved: anyHidden || !known || total === 0 ? null : weighted / total,
      meanChange: overall?.meanChange ?? null,
      ci95: overall?.ci95 ?? null,
      withheld: anyHidden,
    };
  });
  return rows.sort((a, b) => {
    if (a.shareReliablyImproved === null || b.shareReliablyImproved === null)
      return (a.shareReliablyImproved === null ? 1 : 0) - (b.shareReliablyImproved === null ? 1 : 0);
    return b.shareReliablyImproved - a.shareReliablyImproved;
  });
}
