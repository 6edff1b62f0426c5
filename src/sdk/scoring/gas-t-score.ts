import type { AreaGoal, GasGoal } from '../model/goal.js';
import { parseRho } from './options.js';

/** Options of `gasTScore`. */
export interface GasTScoreOptions {
  /** The assumed correlation between goal outcomes (Kiresuk & Sherman's ρ); 0.3 by convention. */
  rho?: number;
}

/**
 * The Goal Attainment Scaling T-score (Kiresuk & Sherman 1968):
 * `T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²)`, with xᵢ the attained level (−2…+2) and wᵢ the
 * weight (1 when absent). 50 means every goal was met exactly as expected. Goals without an
 * attained level are left out, and so are dropped goals (as `goalAttainment` lists them as
 * neither reached nor missed); null when none is left. `rho` must lie in 0–1 (a `RangeError`
 * otherwise), so the T-score is always a finite number or null.
 */
export function gasTScore(goals: readonly (AreaGoal | GasGoal)[], options: GasTScoreOptions = {}): number | null {
  const rho = parseRho(options.rho, 0.3);
  let weighted = 0;
  let sumW = 0;
  let sumW2 = 0;
  for (const goal of goals) {
    const isAreaGoal = 'subjectId' in goal;
    if (isAreaGoal && (goal as AreaGoal).status === 'dropped') continue;
    const gas: GasGoal | undefined = isAreaGoal ? (goal as AreaGoal).gas : (goal as GasGoal);
    if (!gas || gas.attained === undefined) continue;
    const w = gas.weight ?? 1;
    weighted += w * gas.attained;
    sumW += w;
    sumW2 += w * w;
  }
  if (sumW === 0) return null;
  return 50 + (10 * weighted) / Math.sqrt((1 - rho) * sumW2 + rho * sumW * sumW);
}
