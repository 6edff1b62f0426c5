/** One area's change as the compact row draws it. */
export interface SparkArea {
  /** Steps moved, positive when better (after the scale's direction is applied); null when unknown. */
  betterBy: number | null;
  /** The length of the area's scale (max − min), so areas on different scales compare fairly. */
  range: number;
}

/** Height of the drawing in px (set by the stylesheet too). */
export const SPARK_HEIGHT = 28;
const MID = SPARK_HEIGHT / 2;

/** The drawing's coordinate box: 100 wide (stretched to the row), `SPARK_HEIGHT` tall. */
export const SPARK_VIEW_BOX = `0 0 100 ${SPARK_HEIGHT}`;

/** The bars as path data: better, worse and unchanged. */
export interface SparkPaths {
  up: string;
  down: string;
  flat: string;
}

/**
 * A small bar per area for the compact row: up from the middle line for better, a hollow bar
 * down for worse, a short dash for unchanged, nothing for no comparison. Shape and direction
 * carry the meaning, so colour is never the only cue. Heights are shares of each scale's
 * length (capped). The bars are three paths in a `viewBox` stretched to the row's width
 * (`preserveAspectRatio="none"`, strokes not scaled): a fixed handful of nodes however many
 * areas, and no measuring — this row is repeated hundreds of times in a case list. The row
 * binds the paths straight into its own template (no nested template per row).
 */
export function changeSpark(areas: readonly SparkArea[]): SparkPaths {
  const slot = 100 / Math.max(1, areas.length);
  const barWidth = slot * 0.6;
  const paths: SparkPaths = { up: '', down: '', flat: '' };
  const rect = (x: number, y: number, h: number) =>
    `M${x.toFixed(2)} ${y.toFixed(2)}h${barWidth.toFixed(2)}v${h.toFixed(2)}h${(-barWidth).toFixed(2)}Z`;
  areas.forEach((area, i) => {
    const x = i * slot + (slot - barWidth) / 2;
    if (area.betterBy === null) return;
    if (area.betterBy === 0) {
      paths.flat += rect(x, MID - 1.5, 3);
      return;
    }
    // Half the height stands for a third of the scale (3 steps on 1–10): most moves are small,
    // and a one-step move must still be visible. Larger moves are capped at the edge.
    const h = Math.max(3, Math.min(MID - 1, (Math.abs(area.betterBy) / Math.max(1, area.range / 3)) * (MID - 1)));
    if (area.betterBy > 0) paths.up += rect(x, MID - h, h);
    else paths.down += rect(x, MID, h);
  });
  return paths;
}
