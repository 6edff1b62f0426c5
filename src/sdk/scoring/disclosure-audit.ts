import type { RoleMembers } from './cohort-members.js';
import type { MetricStatistics } from './cohort-statistics.js';
import { suppressPartition } from './disclosure-control.js';
import type { CellPart, SuppressionReason } from './cohort-report-types.js';

/*
 * Disclosure control over a whole role report, after each breakdown has had its own (primary
 * and partition) suppression. Breakdowns overlap — a category contains its interventions, the
 * parallel-support groups repeat the job-focused category's with/without, everyone contains
 * every group — so a reader who adds and subtracts published cells across breakdowns can isolate
 * a small group: with n and the mean published, n·mean is a published sum, and
 *   jobFocused/with (21) − intervention J1/with (20) = the one person with J2 only.
 *
 * The audit works on families of comparable figures: one role, one area (or the overall score,
 * or the group-level counts), one part of a cell (started, paired, goals, cards — each computed
 * over its own people). Within a family every group's published figure is a sum over a set of
 * participants; the audit knows each set exactly (a bitset over the role's participants, recorded
 * while the report is built) and suppresses further until no combination of two or three
 * published cells isolates 1 … minCell − 1 people:
 *   - a pair A − B with B ⊂ A and 0 < |A| − |B| < minCell;
 *   - a triple A − B − C with B, C disjoint inside A and 0 < |A| − |B| − |C| < minCell;
 *   - a triple A + B − C with A ∩ B ⊆ C ⊆ A ∪ B and 0 < |A| + |B| − |C| < minCell
 *     (inclusion–exclusion: A + B − (A ∪ B) = A ∩ B);
 *   - a published twin (the same people) of a withheld cell.
 * Sums of published cells alone never isolate fewer than minCell people (every published cell
 * has at least minCell or none), and a combination with mixed signs is a difference of two
 * groups' sums, not one group's. Each breakdown's partition rule (suppressPartition: the hidden
 * groups of a breakdown are at least two and at least minCell people together) is applied again
 * after every change, so a cell hidden here cannot be recovered as everyone minus its siblings.
 * Of the cells in an attack the one with the fewest people is hidden (the least information
 * lost; everyone last), and the whole family is checked again until nothing changes.
 *
 * Speed: candidates are found from the counts alone (sorted by size, the third cell's size
 * looked up by binary search in the window the sizes allow), and only candidates are checked
 * against the members, word by word over the bitsets. On the 100,000-participant bench almost
 * no candidates survive the counts.
 *
 * What it does not cover: combinations of four or more cells across breakdowns (beyond each
 * breakdown's partition rule), differences between two reports (other periods, other cohorts),
 * and differences of counts between families (for example nStarted − nPaired, which attrition
 * publishes by design).
 */

const PARTS: CellPart[] = ['started', 'paired', 'goals', 'cards'];
/** What is withheld of one group: at group level, and per metric and part (the shape finishRole uses). */
export interface GroupSuppression {
  started: SuppressionReason | null;
  paired: SuppressionReason | null;
  metrics: Record<CellPart, SuppressionReason | null>[];
}

/** One group of a role report, as the audit sees it. */
export interface AuditGroup {
  /** The group's members over all its parts (see RoleMembers.bits), when needed. */
  members: () => Uint32Array;
  /** Group-level started and paired counts. */
  started: number;
  paired: number;
  stats: readonly MetricStatistics[];
  hidden: GroupSuppression;
}

function familyCount(g: AuditGroup, f: number): number {
  if (f === 0) return g.started;
  if (f === 1) return g.paired;
  const s = g.stats[(f - 2) >> 2]!;
  const part = (f - 2) & 3;
  return part === 0 ? s.nStarted : part === 1 ? s.nPaired : part === 2 ? s.nWithGoals : s.nWithCards;
}

function getState(g: AuditGroup, f: number): SuppressionReason | null {
  if (f === 0) return g.hidden.started;
  if (f === 1) return g.hidden.paired;
  return g.hidden.metrics[(f - 2) >> 2]![PARTS[(f - 2) & 3]!];
}

function setState(g: AuditGroup, f: number, reason: SuppressionReason): void {
  if (f === 0) g.hidden.started = reason;
  else if (f === 1) g.hidden.paired = reason;
  else g.hidden.metrics[(f - 2) >> 2]![PARTS[(f - 2) & 3]!] = reason;
}

/** What a family inherits from the families it is part of (as finishRole's own rules do). */
function inherited(g: AuditGroup, f: number): SuppressionReason | null {
  if (f === 0) return null;
  if (f === 1) return g.hidden.started;
  const m = g.hidden.metrics[(f - 2) >> 2]!;
  const part = (f - 2) & 3;
  if (part === 0) return g.hidden.started;
  if (part === 1) return m.started ?? g.hidden.paired;
  return m.started;
}

/**
 * Secondary suppression over one role report. `all` is everyone; `breakdowns` are partitions
 * of everyone. Changes the groups' `hidden` in place, only ever hiding more, with the reason
 * `complementary`.
 */
export function auditRole(
  members: RoleMembers,
  all: AuditGroup,
  breakdowns: readonly (readonly AuditGroup[])[],
  metricCount: number,
  minCell: number,
): void {
  if (minCell <= 1) return;
  const groups: AuditGroup[] = [all, ...breakdowns.flat()];
  // Which breakdown a group belongs to (−1: everyone), and its position there.
  const breakdownOf: number[] = [-1];
  breakdowns.forEach((b, i) => b.forEach(() => breakdownOf.push(i)));
  const families = 2 + 4 * metricCount;
  // Parents before children, so what a family inherits is final when it is audited.
  for (let f = 0; f < families; f++) {
    for (const g of groups) {
      const from = inherited(g, f);
      if (from !== null && getState(g, f) === null) setState(g, f, from);
    }
    auditFamily(() => members.family(f), f, groups, breakdowns, breakdownOf, minCell);
  }
}

function auditFamily(
  familyOf: () => Uint32Array,
  f: number,
  groups: AuditGroup[],
  breakdowns: readonly (readonly AuditGroup[])[],
  breakdownOf: number[],
  minCell: number,
): void {
  const counts = groups.map((g) => familyCount(g, f));
  const all = groups[0]!;
  // Cell x's people in this family are members(x) ∩ F: the checks below mask word by word
  // rather than keep a masked copy of every cell for every family.
  let family: Uint32Array | null = null;
  const cache: (Uint32Array | null)[] = groups.map(() => null);
  const bits = (i: number): Uint32Array => (cache[i] ??= groups[i]!.members());
  const familyBits = (): Uint32Array => (family ??= familyOf());
  // (X ∩ F) ⊆ (Y ∩ F).
  const subset = (x: number, y: number): boolean => {
    const a = bits(x);
    const b = bits(y);
    const F = familyBits();
    for (let w = 0; w < F.length; w++) if ((a[w]! & F[w]! & ~b[w]!) !== 0) return false;
    return true;
  };
  const disjoint = (x: number, y: number): boolean => {
    const a = bits(x);
    const b = bits(y);
    const F = familyBits();
    for (let w = 0; w < F.length; w++) if ((a[w]! & b[w]! & F[w]!) !== 0) return false;
    return true;
  };
  // A ∩ B ⊆ C ⊆ A ∪ B, within the family.
  const between = (x: number, y: number, z: number): boolean => {
    const a = bits(x);
    const b = bits(y);
    const c = bits(z);
    const F = familyBits();
    for (let w = 0; w < F.length; w++) {
      const f = F[w]!;
      if ((a[w]! & b[w]! & ~c[w]! & f) !== 0) return false;
      if ((c[w]! & ~(a[w]! | b[w]!) & f) !== 0) return false;
    }
    return true;
  };
  const hide = (candidates: number[]): void => {
    let pick = candidates[0]!;
    for (const c of candidates) {
      // The fewest people; everyone only when nothing else will do.
      if (pick === 0 || (c !== 0 && counts[c]! < counts[pick]!)) pick = c;
    }
    setState(groups[pick]!, f, 'complementary');
  };

  for (;;) {
    // Each breakdown's partition rule, on what is hidden now.
    const allCount = getState(all, f) === null ? counts[0]! : 0;
    breakdowns.forEach((b, i) => {
      const first = breakdownOf.indexOf(i);
      const hidden = b.map((g) => getState(g, f));
      suppressPartition(
        allCount,
        b.map((_, k) => counts[first + k]!),
        hidden,
        minCell,
        true,
      );
      hidden.forEach((h, k) => {
        if (h !== null && getState(b[k]!, f) === null) setState(b[k]!, f, h);
      });
    });
    if (!auditOnce()) return;
  }

  /** Finds one attack and hides a cell against it; false when there is none. */
  function auditOnce(): boolean {
    // Published cells with people in them, by size.
    const open: number[] = [];
    const closed: number[] = [];
    for (let i = 0; i < groups.length; i++) {
      if (counts[i]! === 0) continue;
      (getState(groups[i]!, f) === null ? open : closed).push(i);
    }
    open.sort((x, y) => counts[x]! - counts[y]!);
    const sizes = open.map((i) => counts[i]!);
    // The first position in `open` with a size ≥ n.
    const from = (n: number): number => {
      let lo = 0;
      let hi = sizes.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sizes[mid]! < n) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    // Twins of withheld cells.
    for (const h of closed) {
      for (let k = from(counts[h]!); k < open.length && sizes[k] === counts[h]; k++) {
        if (subset(open[k]!, h)) {
          setState(groups[open[k]!]!, f, 'complementary');
          return true;
        }
      }
    }
    const n = open.length;
    for (let j = 0; j < n; j++) {
      const a = open[j]!;
      const na = sizes[j]!;
      // Pairs: B ⊂ A, |A| − |B| in 1 … minCell − 1.
      for (let i = from(na - minCell + 1); i < n && sizes[i]! < na; i++) {
        if (subset(open[i]!, a)) {
          hide([a, open[i]!]);
          return true;
        }
      }
      // A − B − C: B, C disjoint inside A, |B| ≤ |C|.
      for (let i = 0; i < n && 2 * sizes[i]! < na; i++) {
        const nb = sizes[i]!;
        const end = from(na - nb);
        for (let k = Math.max(i + 1, from(na - nb - minCell + 1)); k < end; k++) {
          if (k === j) continue;
          const b = open[i]!;
          const c = open[k]!;
          if (subset(b, a) && subset(c, a) && disjoint(b, c)) {
            hide([a, b, c]);
            return true;
          }
        }
      }
      // A + B − C with A ∩ B ⊆ C ⊆ A ∪ B, |A| ≤ |B|.
      for (let i = j + 1; i < n; i++) {
        const b = open[i]!;
        const total = na + sizes[i]!;
        const end = from(total);
        for (let k = from(total - minCell + 1); k < end; k++) {
          if (k === i || k === j) continue;
          const c = open[k]!;
          if (between(a, b, c)) {
            hide([a, b, c]);
            return true;
          }
        }
      }
    }
    return false;
  }
}
