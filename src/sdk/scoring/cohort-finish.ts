import type { RespondentRole } from '../model/instrument.js';
import type { Intervention, InterventionCategory } from '../model/intervention.js';
import { rciParameters } from './compare-assessments.js';
import { standardErrorOfDifference } from './reliable-change.js';
import { CellCounts, type CellLayout } from './cohort-cells.js';
import { histogramSd, metricStatistics, type MetricStatistics } from './cohort-statistics.js';
import { suppressPartition } from './disclosure-control.js';
import { auditRole, type AuditGroup } from './disclosure-audit.js';
import type { RoleMembers } from './cohort-members.js';
import type {
  CellPart,
  CohortBreakdown,
  CohortBreakdownKind,
  CohortCell,
  CohortGroup,
  CohortRoleReport,
  SuppressionReason,
  Withheld,
} from './cohort-report-types.js';
import type { RolePlan } from './scoring-plan.js';
import { type CohortReportOptions } from './cohort-accumulator.js';

/** Genders in the order the report lists them. */
export const genderOrder = ['woman', 'man', 'other', 'unknown'] as const;

/** One role's cells: everyone, and the groups of each breakdown ("without" groups are derived at the end). */
export interface RoleCells {
  plan: RolePlan;
  layout: CellLayout;
  areaSlot: Map<string, number>;
  all: CellCounts;
  /**
   * Participants by gender × unit × parallel-support group: each participant adds to one of
   * these, and everyone, each gender, each unit and each parallel-support group are sums of
   * them (see foldCombinations). One addition instead of four per participant.
   */
  combinations: (CellCounts | null)[];
  genders: Map<string, CellCounts>;
  units: Map<string, CellCounts>;
  /** "With" groups by category and intervention index. */
  categories: (CellCounts | null)[];
  interventions: (CellCounts | null)[];
  /** parallel, jobFocusedAlone, noJobFocused. */
  parallel: (CellCounts | null)[];
}

export function keyedCell(cells: Map<string, CellCounts>, key: string, layout: CellLayout): CellCounts {
  let cell = cells.get(key);
  if (!cell) {
    cell = new CellCounts(layout);
    cells.set(key, cell);
  }
  return cell;
}

/** Sums the gender × unit × parallel-support cells into everyone, each gender, each unit and each parallel-support group. */
export function foldCombinations(
  cells: RoleCells,
  units: string[],
  gendersSeen: Set<string>,
  unitsSeen: Set<string>,
  members: RoleMembers | null,
): void {
  const { layout } = cells;
  cells.combinations.forEach((cell, combination) => {
    if (!cell || cell.started === 0) return;
    const parallelGroup = combination % 3;
    const gender = genderOrder[Math.floor(combination / 3) % genderOrder.length]!;
    const unit = units[Math.floor(combination / (3 * genderOrder.length))]!;
    for (const target of [
      cells.all,
      keyedCell(cells.genders, gender, layout),
      keyedCell(cells.units, unit, layout),
      indexedCell(cells.parallel, parallelGroup, layout),
    ]) {
      target.plus(cell);
      members?.union(target, cell);
    }
    gendersSeen.add(gender);
    unitsSeen.add(unit);
  });
}

export function indexedCell(cells: (CellCounts | null)[], index: number, layout: CellLayout): CellCounts {
  return (cells[index] ??= new CellCounts(layout));
}

export interface FinishContext {
  minCell: number;
  complementary: boolean;
  minimalChange: number;
  options: CohortReportOptions;
  interventions: Intervention[];
  categories: InterventionCategory[];
  hasCatalogue: boolean;
  jobFocused: boolean;
  genders: string[];
  units: string[];
  anyGender: boolean;
  anyUnit: boolean;
  wanted: Set<CohortBreakdownKind>;
  suppressedCells: number;
}

/** A group before disclosure control: its counts and computed statistics. */
export interface RawGroup {
  key: string;
  label: CohortGroup['label'];
  cell: CellCounts;
  stats: MetricStatistics[];
}

/** Hidden parts of a group: at group level, and per metric and part. */
export interface Hidden {
  started: SuppressionReason | null;
  paired: SuppressionReason | null;
  metrics: Record<CellPart, SuppressionReason | null>[];
}

export const PARTS: CellPart[] = ['started', 'paired', 'goals', 'cards'];

export function partCount(stats: MetricStatistics, part: CellPart): number {
  return part === 'started'
    ? stats.nStarted
    : part === 'paired'
      ? stats.nPaired
      : part === 'goals'
        ? stats.nWithGoals
        : stats.nWithCards;
}

export function finishRole(
  role: RespondentRole,
  cells: RoleCells,
  ctx: FinishContext,
  members: RoleMembers | null,
): CohortRoleReport {
  const { layout, plan } = cells;
  // Reliable change: SD₁ from the options, the instrument, or else the baseline SD of everyone paired.
  const reliable = layout.metrics.map((metric, m) => {
    if (metric.areaId === null)
      return { areaId: metric.areaId, reliability: null, sd: null, sdSource: null, threshold: null, sDiff: null };
    const areaPlan = plan.areas[m]!;
    const { sd, reliability } = rciParameters(areaPlan, ctx.options);
    let usedSd = sd;
    let source: 'option' | 'instrument' | 'cohort' | null =
      sd === null ? null : ctx.options.referenceSd?.[metric.areaId] !== undefined ? 'option' : 'instrument';
    if (usedSd === null && reliability !== null) {
      const base = histogramSd(cells.all.histogram(layout, m, 0));
      // The cohort SD is itself a statistic: only used when enough people are behind it.
      if (base.sd !== null && base.n >= ctx.minCell) {
        usedSd = base.sd / metric.denominator;
        source = 'cohort';
      }
    }
    const sDiff = standardErrorOfDifference(usedSd, reliability);
    return {
      areaId: metric.areaId,
      reliability,
      sd: sDiff === null ? null : usedSd,
      sdSource: sDiff === null ? null : source,
      threshold: sDiff === null ? null : 1.96 * sDiff,
      sDiff,
    };
  });
  const raw = (key: string, label: CohortGroup['label'], cell: CellCounts): RawGroup => ({
    key,
    label,
    cell,
    stats: layout.metrics.map((_, m) => metricStatistics(cell, layout, m, reliable[m]!.sDiff, ctx.minimalChange)),
  });
  const empty = new CellCounts(layout);
  const all = raw('all', null, cells.all);
  const allHidden = hideAlone(all, ctx.minCell);

  const breakdowns: {
    kind: CohortBreakdownKind;
    id: string;
    extra: Partial<CohortBreakdown>;
    label: CohortBreakdown['label'];
    groups: RawGroup[];
  }[] = [];
  const withWithout = (withCell: CellCounts) => {
    const without = cells.all.minus(withCell, layout);
    members?.complement(without, cells.all, withCell);
    return [raw('with', null, withCell), raw('without', null, without)];
  };
  if (ctx.wanted.has('interventionCategory')) {
    ctx.categories.forEach((category, c) => {
      breakdowns.push({
        kind: 'interventionCategory',
        id: `interventionCategory:${category}`,
        extra: { category },
        label: null,
        groups: withWithout(cells.categories[c] ?? empty),
      });
    });
  }
  if (ctx.wanted.has('intervention')) {
    ctx.interventions.forEach((intervention, i) => {
      breakdowns.push({
        kind: 'intervention',
        id: `intervention:${intervention.id}`,
        extra: { interventionId: intervention.id },
        label: intervention.label,
        groups: withWithout(cells.interventions[i] ?? empty),
      });
    });
  }
  if (ctx.wanted.has('parallelSupport') && ctx.jobFocused) {
    const groups = (['parallel', 'jobFocusedAlone', 'noJobFocused'] as const).map((k, i) =>
      raw(k, null, cells.parallel[i] ?? empty),
    );
    breakdowns.push({ kind: 'parallelSupport', id: 'parallelSupport', extra: {}, label: null, groups });
  }
  if (ctx.wanted.has('gender') && ctx.anyGender) {
    breakdowns.push({
      kind: 'gender',
      id: 'gender',
      extra: {},
      label: null,
      groups: ctx.genders.map((g) => raw(g, null, cells.genders.get(g) ?? empty)),
    });
  }
  if (ctx.wanted.has('unit') && ctx.anyUnit) {
    breakdowns.push({
      kind: 'unit',
      id: 'unit',
      extra: {},
      label: null,
      groups: ctx.units.map((u) => raw(u, null, cells.units.get(u) ?? empty)),
    });
  }

  const hiddenByBreakdown = breakdowns.map((b) => suppressBreakdown(all, allHidden, b.groups, ctx));
  if (members) {
    // Breakdowns overlap: suppress further until no sum or difference of published cells isolates a small group.
    const audited = (g: RawGroup, hidden: Hidden): AuditGroup => ({
      members: () => members.bits(g.cell),
      started: g.cell.started,
      paired: g.cell.paired,
      stats: g.stats,
      hidden,
    });
    const breakdownGroups = breakdowns.map((b, i) => b.groups.map((g, k) => audited(g, hiddenByBreakdown[i]![k]!)));
    auditRole(members, audited(all, allHidden), breakdownGroups, layout.metrics.length, ctx.minCell);
  }
  const out: CohortBreakdown[] = breakdowns.map((b, i) => {
    const hidden = hiddenByBreakdown[i]!;
    return {
      kind: b.kind,
      id: b.id,
      ...b.extra,
      label: b.label,
      interpretation: 'association',
      groups: b.groups.map((g, i) => publishGroup(g, hidden[i]!, layout, ctx)),
    };
  });
  return {
    role,
    all: publishGroup(all, allHidden, layout, ctx),
    breakdowns: out,
    reliableChange: reliable
      .filter((r): r is typeof r & { areaId: string } => r.areaId !== null)
      .map(({ areaId, reliability, sd, sdSource, threshold }) => ({ areaId, reliability, sd, sdSource, threshold })),
  };
}

/** Primary suppression of the whole cohort: there is no parent to subtract from. */
export function hideAlone(group: RawGroup, minCell: number): Hidden {
  const small = (n: number): SuppressionReason | null => (n > 0 && n < minCell ? 'belowMinCell' : null);
  const started = small(group.cell.started);
  const paired = started ?? small(group.cell.paired);
  return {
    started,
    paired,
    metrics: group.stats.map((s) => {
      const metricStarted = started ?? small(s.nStarted);
      return {
        started: metricStarted,
        paired: metricStarted ?? paired ?? small(s.nPaired),
        goals: metricStarted ?? small(s.nWithGoals),
        cards: metricStarted ?? small(s.nWithCards),
      };
    }),
  };
}

/**
 * Suppression for the groups of one breakdown (which together make up everyone): at group
 * level first, then per metric and part, each inheriting what is already hidden.
 */
export function suppressBreakdown(all: RawGroup, allHidden: Hidden, groups: RawGroup[], ctx: FinishContext): Hidden[] {
  const { minCell, complementary } = ctx;
  const started: (SuppressionReason | null)[] = groups.map(() => null);
  suppressPartition(
    allHidden.started ? 0 : all.cell.started,
    groups.map((g) => g.cell.started),
    started,
    minCell,
    complementary,
  );
  const paired = started.slice();
  suppressPartition(
    allHidden.paired ? 0 : all.cell.paired,
    groups.map((g) => g.cell.paired),
    paired,
    minCell,
    complementary,
  );
  const metrics = all.stats.map((allStats, m) => {
    const parentHidden = allHidden.metrics[m]!;
    const byPart = {} as Record<CellPart, (SuppressionReason | null)[]>;
    byPart.started = started.slice();
    suppressPartition(
      parentHidden.started ? 0 : allStats.nStarted,
      groups.map((g) => g.stats[m]!.nStarted),
      byPart.started,
      minCell,
      complementary,
    );
    byPart.paired = byPart.started.map((h, i) => h ?? paired[i]!);
    suppressPartition(
      parentHidden.paired ? 0 : allStats.nPaired,
      groups.map((g) => g.stats[m]!.nPaired),
      byPart.paired,
      minCell,
      complementary,
    );
    for (const part of ['goals', 'cards'] as const) {
      byPart[part] = byPart.started.slice();
      suppressPartition(
        parentHidden[part] ? 0 : partCount(allStats, part),
        groups.map((g) => partCount(g.stats[m]!, part)),
        byPart[part],
        minCell,
        complementary,
      );
    }
    return byPart;
  });
  return groups.map((_, i) => ({
    started: started[i]!,
    paired: paired[i]!,
    metrics: metrics.map((byPart) => ({
      started: byPart.started[i]!,
      paired: byPart.paired[i]!,
      goals: byPart.goals[i]!,
      cards: byPart.cards[i]!,
    })),
  }));
}

export function publishGroup(group: RawGroup, hidden: Hidden, layout: CellLayout, ctx: FinishContext): CohortGroup {
  const cells = layout.metrics.map((metric, m) =>
    publishCell(metric.areaId, metric.direction, group.stats[m]!, hidden.metrics[m]!, ctx),
  );
  const overallIndex = layout.metrics.findIndex((metric) => metric.areaId === null);
  const startedVisible = hidden.started === null;
  const pairedVisible = startedVisible && hidden.paired === null;
  return {
    key: group.key,
    label: group.label,
    nStarted: startedVisible ? group.cell.started : null,
    nPaired: pairedVisible ? group.cell.paired : null,
    attritionRate: pairedVisible && group.cell.started > 0 ? 1 - group.cell.paired / group.cell.started : null,
    suppressed: hidden.started !== null || hidden.paired !== null,
    reason: hidden.started ?? hidden.paired,
    areas: overallIndex >= 0 ? cells.slice(0, overallIndex) : cells,
    overall: overallIndex >= 0 ? cells[overallIndex]! : null,
  };
}

export function publishCell(
  areaId: string | null,
  direction: CohortCell['direction'],
  s: MetricStatistics,
  hidden: Record<CellPart, SuppressionReason | null>,
  ctx: FinishContext,
): CohortCell {
  const withheld: Withheld[] = PARTS.filter((part) => hidden[part] !== null).map((part) => ({
    part,
    reason: hidden[part]!,
  }));
  if (withheld.length > 0) ctx.suppressedCells += 1;
  const started = hidden.started === null;
  const paired = started && hidden.paired === null;
  const goals = started && hidden.goals === null;
  const cards = started && hidden.cards === null;
  const p = <T>(value: T): T | null => (paired ? value : null);
  return {
    areaId,
    direction,
    suppressed: withheld.length > 0,
    reason: withheld[0]?.reason ?? null,
    withheld,
    nStarted: started ? s.nStarted : null,
    nPaired: p(s.nPaired),
    attritionRate: p(s.attritionRate),
    meanBaseline: p(s.meanBaseline),
    meanLatest: p(s.meanLatest),
    meanChange: p(s.meanChange),
    ci95: p(s.ci95),
    medianChange: p(s.medianChange),
    sdChange: p(s.sdChange),
    cohenDz: p(s.cohenDz),
    hedgesGz: p(s.hedgesGz),
    shareImproved: p(s.shareImproved),
    shareUnchanged: p(s.shareUnchanged),
    shareWorsened: p(s.shareWorsened),
    shareReliablyImproved: p(s.shareReliablyImproved),
    shareReliablyDeteriorated: p(s.shareReliablyDeteriorated),
    nMixedVersions: p(s.nMixedVersions),
    nWithGoals: goals ? s.nWithGoals : null,
    goals: goals ? s.goals : null,
    shareGoalsReached: goals ? s.shareGoalsReached : null,
    nWithCards: cards ? s.nWithCards : null,
    cards: cards ? s.cards : null,
    shareCardsAchieved: cards ? s.shareCardsAchieved : null,
  };
}
