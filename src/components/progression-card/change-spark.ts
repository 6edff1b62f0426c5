import { svg, type SVGTemplateResult } from 'lit';

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

/**
 * A small bar per area for the compact row: up from the middle line for better, a hollow bar
 * down for worse, a short dash for unchanged, nothing for no comparison. Shape and direction
 * carry the meaning, so colour is never the only cue. Widths are percentages and heights
 * shares of each scale's length (capped), so the drawing needs no measuring. Decorative: the `<svg>` that holds
 * it gets a text alternative listing every area's change.
 */
export function changeSpark(areas: readonly SparkArea[]): SVGTemplateResult {
  const slot = 100 / Math.max(1, areas.length);
  const barWidth = slot * 0.6;
  return svg`
    <line class="base" x1="0" x2="100%" y1=${MID} y2=${MID}></line>
    ${areas.map((area, i) => {
      const x = `${(i * slot + (slot - barWidth) / 2).toFixed(2)}%`;
      const w = `${barWidth.toFixed(2)}%`;
      if (area.betterBy === null) return svg``;
      if (area.betterBy === 0) return svg`<rect class="flat" x=${x} y=${MID - 1.5} width=${w} height="3"></rect>`;
      // Half the height stands for a third of the scale (3 steps on 1–10): most moves are small,
      // and a one-step move must still be visible. Larger moves are capped at the edge.
      const h = Math.max(3, Math.min(MID - 1, (Math.abs(area.betterBy) / Math.max(1, area.range / 3)) * (MID - 1)));
      return area.betterBy > 0
        ? svg`<rect class="up" x=${x} y=${MID - h} width=${w} height=${h}></rect>`
        : svg`<rect class="down" x=${x} y=${MID} width=${w} height=${h}></rect>`;
    })}
  `;
}
