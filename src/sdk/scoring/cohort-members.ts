import type { CellCounts, CellLayout, Contribution } from './cohort-cells.js';

/*
 * The disclosure audit's recording (see disclosure-audit.ts): while the report is built, who is
 * in which cell and which parts of which metric each participant counts in.
 */

/**
 * Who is in which cell, for one role: every participant with a baseline by the role gets a
 * number, in the order they are read. While the report is built, each participant sets their bit
 * in each of their cells' bitsets (a few writes per participant, each bitset grown by doubling),
 * and writes their parts of each metric to a byte table. Built from the same contribution that
 * fills the counts, so a cell's members are exactly the people its counts are about. The audit
 * reads a few cells' bitsets at the end; on a large cohort most cells are never read.
 */
export class RoleMembers {
  /** Participants recorded. */
  count = 0;
  readonly #metrics: number;
  /** Per participant and metric: the parts they count in (Contribution.parts: P_STARTED, P_PAIRED, P_GOALS, P_CARDS). */
  #parts = new Uint8Array(1024);
  /** Per participant: 1 when they have a latest assessment. */
  #paired = new Uint8Array(128);
  /**
   * Each recorded cell's members, by cell number (CellCounts.memberId). Grown by doubling as
   * participants are read, so a bitset may be shorter or longer than #words(); bits() reads the overlap.
   */
  readonly #cellBits: Uint32Array[] = [];
  readonly #bits = new Map<CellCounts, Uint32Array>();
  readonly #families = new Map<number, Uint32Array>();
  /** Cells that are sums of recorded cells (everyone, genders, units, parallel support), with their parts. */
  readonly #sums = new Map<CellCounts, CellCounts[]>();
  /** Cells that are everyone minus a cell ("without" groups). */
  readonly #complements = new Map<CellCounts, [CellCounts, CellCounts]>();

  constructor(layout: CellLayout) {
    this.#metrics = layout.metrics.length;
  }

  /** Records one participant: what they add (see Contribution) and the first `cellCount` cells they are added to. */
  participant(contribution: Contribution, cells: readonly CellCounts[], cellCount: number): void {
    const p = this.count++;
    const metrics = this.#metrics;
    if ((p + 1) * metrics > this.#parts.length) this.#parts = grow(this.#parts, (p + 1) * metrics * 2);
    if (p >= this.#paired.length) this.#paired = grow(this.#paired, p * 2 + 2);
    this.#paired[p] = contribution.paired ? 1 : 0;
    const parts = this.#parts;
    const from = contribution.parts;
    for (let m = 0, at = p * metrics; m < metrics; m++, at++) parts[at] = from[m]!;
    const word = p >>> 5;
    const bit = 1 << (p & 31);
    const all = this.#cellBits;
    for (let c = 0; c < cellCount; c++) {
      const cell = cells[c]!;
      let id = cell.memberId;
      if (id < 0) {
        id = cell.memberId = all.length;
        all.push(new Uint32Array(Math.max(32, word + 1)));
      }
      let bits = all[id]!;
      if (word >= bits.length) bits = all[id] = grow(bits, word * 2 + 2);
      bits[word]! |= bit;
    }
  }

  #words(): number {
    return (this.count + 31) >>> 5;
  }

  /**
   * The members of a cell as a bitset (none for a cell nobody was added to). Made when the
   * audit first needs it: on a large cohort most cells never are.
   */
  bits(cell: CellCounts): Uint32Array {
    let bits = this.#bits.get(cell);
    if (bits !== undefined) return bits;
    bits = new Uint32Array(this.#words());
    const complement = this.#complements.get(cell);
    if (complement) {
      const a = this.bits(complement[0]);
      const b = this.bits(complement[1]);
      for (let w = 0; w < bits.length; w++) bits[w] = a[w]! & ~b[w]!;
    }
    for (const source of this.#sums.get(cell) ?? [cell]) {
      const id = source.memberId;
      if (id < 0) continue;
      const recorded = this.#cellBits[id]!;
      for (let w = 0, end = Math.min(recorded.length, bits.length); w < end; w++) bits[w]! |= recorded[w]!;
    }
    this.#bits.set(cell, bits);
    return bits;
  }

  /** `target` is a sum of cells: its members take in `source`'s (recorded cells only). */
  union(target: CellCounts, source: CellCounts): void {
    let sources = this.#sums.get(target);
    if (sources === undefined) this.#sums.set(target, (sources = []));
    sources.push(source);
  }

  /** `result` is `all` minus `part`. */
  complement(result: CellCounts, all: CellCounts, part: CellCounts): void {
    this.#complements.set(result, [all, part]);
  }

  /**
   * The participants a family's figures are about, as a bitset: family 0 everyone recorded
   * (group-level started), 1 the paired (group-level paired), 2 + 4·m + part a metric's part.
   * (Building every family in one pass, a word at a time, saves about 1.5 % of cohortReport on
   * the 100k bench: under the 5 % a speed trick must pay, so each family is its own plain loop.)
   */
  family(f: number): Uint32Array {
    let out = this.#families.get(f);
    if (out !== undefined) return out;
    out = new Uint32Array(this.#words());
    const count = this.count;
    if (f === 0) {
      for (let p = 0; p < count; p++) out[p >>> 5]! |= 1 << (p & 31);
    } else if (f === 1) {
      const paired = this.#paired;
      for (let p = 0; p < count; p++) if (paired[p] === 1) out[p >>> 5]! |= 1 << (p & 31);
    } else {
      const parts = this.#parts;
      const metrics = this.#metrics;
      const bit = 1 << ((f - 2) & 3);
      for (let p = 0, at = (f - 2) >> 2; p < count; p++, at += metrics)
        if ((parts[at]! & bit) !== 0) out[p >>> 5]! |= 1 << (p & 31);
    }
    this.#families.set(f, out);
    return out;
  }
}

/** A copy of `a` in a longer array of the same type (the rest zeros). */
function grow(a: Uint8Array, size: number): Uint8Array<ArrayBuffer>;
function grow(a: Uint32Array, size: number): Uint32Array<ArrayBuffer>;
function grow(a: Uint8Array | Uint32Array, size: number): Uint8Array<ArrayBuffer> | Uint32Array<ArrayBuffer> {
  const out = a instanceof Uint8Array ? new Uint8Array(size) : new Uint32Array(size);
  out.set(a);
  return out;
}
