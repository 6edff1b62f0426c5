import type { SuppressionReason } from './cohort-report-types.js';

/**
 * The members of a family of counts (one area, or the participant-level counts) as bitsets over
 * the participants the report read: count `c` owns `bits[c * words .. (c + 1) * words)`.
 */
export class CountMembers {
  readonly words: number;
  readonly bits: Uint32Array;

  constructor(
    readonly cells: number,
    participants: number,
  ) {
    this.words = (participants + 31) >>> 5;
    this.bits = new Uint32Array(cells * this.words);
  }

  /** Counts participant `s` in count `c`. */
  set(c: number, s: number): void {
    this.bits[c * this.words + (s >>> 5)]! |= 1 << (s & 31);
  }
}

/**
 * Whether the signed sum of up to three counts' members gives every person a weight of 0 or
 * the same ±1 (then the people counted number |Σ sign × count|). `signs` has one ±1 per cell.
 */
function sameSign(members: CountMembers, cells: readonly number[], signs: readonly number[]): boolean {
  const { words, bits } = members;
  const [i, j, k] = cells;
  let plus = 0;
  let minus = 0;
  for (let w = 0; w < words; w++) {
    // Members of the positive and negative terms in this word.
    const x = bits[i! * words + w]!;
    const y = bits[j! * words + w]!;
    const z = k === undefined ? 0 : bits[k * words + w]!;
    const px = signs[0]! > 0 ? x : 0;
    const nx = signs[0]! > 0 ? 0 : x;
    const py = signs[1]! > 0 ? y : 0;
    const ny = signs[1]! > 0 ? 0 : y;
    const pz = k !== undefined && signs[2]! > 0 ? z : 0;
    const nz = k !== undefined && signs[2]! > 0 ? 0 : z;
    // Weight = (#positive terms holding the person) − (#negative ones). With at most two positive
    // and two negative terms of three, compute the counts per bit.
    const p2 = (px & py) | (px & pz) | (py & pz);
    const p1 = (px ^ py ^ pz) & ~p2;
    const n2 = (nx & ny) | (nx & nz) | (ny & nz);
    const n1 = (nx ^ ny ^ nz) & ~n2;
    // +2 with nothing negative, or −2 with nothing positive: a weight outside ±1.
    if ((p2 & ~n1 & ~n2) !== 0 || (n2 & ~p1 & ~p2) !== 0) return false;
    // Weight +1: one positive, no negative; or two positive and one negative.
    plus |= (p1 & ~n1 & ~n2) | (p2 & n1);
    minus |= (n1 & ~p1 & ~p2) | (n2 & p1);
    if (plus !== 0 && minus !== 0) return false;
  }
  return true;
}

/**
 * One combination of two or three published counts of a family that singles out 1 … minCell − 1
 * people (a difference of two, or an inclusion–exclusion of three, every person counted with the
 * same sign), or null when there is none. Candidates come from the counts alone (the people
 * singled out number |Σ sign × count|, so that sum must lie in 1 … minCell − 1); only those are
 * checked against the members.
 */
export function findIsolation(
  counts: readonly number[],
  published: readonly boolean[],
  members: CountMembers,
  minCell: number,
): number[] | null {
  const live: number[] = [];
  for (let c = 0; c < counts.length; c++) if (published[c] && counts[c]! > 0) live.push(c);
  const small = (n: number) => {
    const m = Math.abs(n);
    return m >= 1 && m < minCell;
  };
  for (let x = 0; x < live.length; x++) {
    const i = live[x]!;
    for (let y = x + 1; y < live.length; y++) {
      const j = live[y]!;
      if (small(counts[i]! - counts[j]!) && sameSign(members, [i, j], [1, -1])) return [i, j];
    }
  }
  const signings = [
    [1, 1, -1],
    [1, -1, 1],
    [-1, 1, 1],
  ];
  for (let x = 0; x < live.length; x++) {
    const i = live[x]!;
    for (let y = x + 1; y < live.length; y++) {
      const j = live[y]!;
      for (let z = y + 1; z < live.length; z++) {
        const k = live[z]!;
        for (const signs of signings) {
          const n = signs[0]! * counts[i]! + signs[1]! * counts[j]! + signs[2]! * counts[k]!;
          if (small(n) && sameSign(members, [i, j, k], signs)) return [i, j, k];
        }
      }
    }
  }
  return null;
}

/**
 * Secondary suppression over one family of overlapping counts: while a difference of two
 * published counts or an inclusion–exclusion of three singles out 1 … minCell − 1 people, the
 * smallest count of that combination is withheld too (reason `complementary`; of equal counts
 * the later one, so the family's headline count, listed first, stays longest). Changes `hidden`
 * in place. The result holds no such combination: each round withholds one more count.
 */
export function auditCounts(
  counts: readonly number[],
  hidden: (SuppressionReason | null)[],
  members: CountMembers,
  minCell: number,
): void {
  for (;;) {
    const leak = findIsolation(
      counts,
      hidden.map((h) => h === null),
      members,
      minCell,
    );
    if (leak === null) return;
    let cheapest = leak[0]!;
    for (const c of leak) if (counts[c]! <= counts[cheapest]!) cheapest = c;
    hidden[cheapest] = 'complementary';
  }
}
