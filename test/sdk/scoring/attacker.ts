// The attacker's search, shared by the cohort report's and the needs report's disclosure tests:
// every difference of two published cells and every signed combination of three, over cells whose
// members the attacker worked out from the raw data. A combination leaks when its people are
// 1 … minCell − 1 persons, all counted with the same sign: it gives their count (and, where the
// cells publish sums, the sum of their values).

/** A published cell as the attacker sees it: its label, its published n and who is in it. */
export interface AttackCell {
  label: string;
  n: number;
  members: Iterable<number>;
}

/** A signed combination of cells. */
export type Terms<C extends AttackCell> = [C, number][];

/** The size of the group a combination singles out, or 0 when it singles out nobody. */
export function isolated<C extends AttackCell>(terms: Terms<C>, minCell: number): number {
  const weight = new Map<number, number>();
  for (const [cell, sign] of terms) for (const p of cell.members) weight.set(p, (weight.get(p) ?? 0) + sign);
  let plus = 0;
  let minus = 0;
  let other = 0;
  for (const w of weight.values()) {
    if (w === 1) plus += 1;
    else if (w === -1) minus += 1;
    else if (w !== 0) other += 1;
  }
  const size = plus + minus;
  return other > 0 || (plus > 0 && minus > 0) || size === 0 || size >= minCell ? 0 : size;
}

/** Calls `check` with every difference of two cells and every signed combination of three. */
export function forEachCombination<C extends AttackCell>(live: readonly C[], check: (terms: Terms<C>) => void): void {
  for (let i = 0; i < live.length; i++) {
    for (let j = 0; j < live.length; j++)
      if (i !== j)
        check([
          [live[i]!, 1],
          [live[j]!, -1],
        ]);
    for (let j = i + 1; j < live.length; j++) {
      for (let k = j + 1; k < live.length; k++) {
        const [a, b, c] = [live[i]!, live[j]!, live[k]!];
        check([
          [a, 1],
          [b, 1],
          [c, -1],
        ]);
        check([
          [a, 1],
          [b, -1],
          [c, 1],
        ]);
        check([
          [a, -1],
          [b, 1],
          [c, 1],
        ]);
      }
    }
  }
}

/** A combination written out for a failure message. */
export const formula = <C extends AttackCell>(terms: Terms<C>): string =>
  terms.map(([cell, sign]) => `${sign > 0 ? '+' : '−'} ${cell.label} (${cell.n})`).join(' ');
