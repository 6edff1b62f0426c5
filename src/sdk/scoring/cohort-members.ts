import type { CellCounts, CellLayout, Contribution } from './cohort-cells.js';

/*
 * The disclosure audit's recording (see disclosure-audit.ts): while the report is built, who is
 * in which cell and which parts of which metric each participant counts in.
 */

/**
 * Who is in which cell, for one role: every participant with a baseline by the role gets a
 * number, in the order they are read. While the report is built, each participant's cells are
 * appended by number to one log (a few sequential writes per participant, nothing allocated per
 * cell), and each participant's parts of each metric to a byte table. Built from the same
 * contribution that fills the counts, so a cell's members are exactly the people its counts are
 * about. The audit asks for a few cells' members as bitsets at the end: the log is then sorted
 * by cell once (a counting sort) and only the cells asked for become bitsets.
 */
export class RoleMembers {
  /** Participants recorded. */
  count = 0;
  readonly #metrics: number;
  /** Per participant and metric: the parts they count in (Contribution.parts: P_STARTED, P_PAIRED, P_GOALS, P_CARDS). */
  #parts = new Uint8Array(1024);
  /** Per participant: 1 when they have a latest assessment. */
  #paired = new Uint8Array(128);
  /** Recorded cells by number (CellCounts.memberId). */
  readonly #cells: CellCounts[] = [];
  /** The cells of each participant in turn, by number; participant p's are log[starts[p]] … log[starts[p + 1] − 1]. */
  #log = new Int32Array(1024);
  #starts = new Int32Array(129);
  /** The log sorted by cell: cell k's members are byCell[cellStarts[k]] … byCell[cellStarts[k + 1] − 1]. Made when first needed. */
  #byCell: Int32Array | null = null;
  #cellStarts: Int32Array | null = null;
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
    const { paired } = contribution;
    const p = this.count++;
    const metrics = this.#metrics;
    if ((p + 1) * metrics > this.#parts.length) this.#parts = grow(this.#parts, (p + 1) * metrics * 2);
    if (p >= this.#paired.length) this.#paired = grow(this.#paired, p * 2 + 2);
    if (p + 2 > this.#starts.length) this.#starts = growInt(this.#starts, p * 2 + 2);
    this.#paired[p] = paired ? 1 : 0;
    this.#parts.set(contribution.parts.subarray(0, metrics), p * metrics);
    let at = this.#starts[p]!;
    if (at + cellCount > this.#log.length) this.#log = growInt(this.#log, (at + cellCount) * 2);
    const log = this.#log;
    for (let c = 0; c < cellCount; c++) {
      const cell = cells[c]!;
      let id = cell.memberId;
      if (id < 0) {
        id = cell.memberId = this.#cells.length;
        this.#cells.push(cell);
      }
      log[at++] = id;
    }
    this.#starts[p + 1] = at;
  }

  #words(): number {
    return (this.count + 31) >>> 5;
  }

  /** The log sorted by cell, participants ascending within each cell (made once). */
  #sortByCell(): void {
    const cellCount = this.#cells.length;
    const starts = this.#starts;
    const log = this.#log;
    const total = starts[this.count]!;
    const cellStarts = new Int32Array(cellCount + 1);
    for (let i = 0; i < total; i++) cellStarts[log[i]! + 1]!++;
    for (let k = 0; k < cellCount; k++) cellStarts[k + 1]! += cellStarts[k]!;
    const next = cellStarts.slice(0, cellCount);
    const byCell = new Int32Array(total);
    for (let p = 0; p < this.count; p++) {
      for (let i = starts[p]!, end = starts[p + 1]!; i < end; i++) byCell[next[log[i]!]!++] = p;
    }
    this.#byCell = byCell;
    this.#cellStarts = cellStarts;
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
      if (this.#byCell === null) this.#sortByCell();
      const byCell = this.#byCell!;
      for (let i = this.#cellStarts![id]!, end = this.#cellStarts![id + 1]!; i < end; i++) {
        const p = byCell[i]!;
        bits[p >>> 5]! |= 1 << (p & 31);
      }
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

function growInt(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}

function grow(a: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  out.set(a);
  return out;
}
