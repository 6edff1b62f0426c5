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

/** The drawing's coordinate box: 100 wide (stretched to the row), `SPARK_HEIGHT` tall. */
export const SPARK_VIEW_BOX = `0 0 100 ${SPARK_HEIGHT}`;

/**
 * A small bar per area for the compact row: up from the middle line for better, a hollow bar
 * down for worse, a short dash for unchanged, nothing for no comparison. Shape and direction
 * carry the meaning, so colour is never the only cue. Heights are shares of each scale's
 * length (capped). The bars are three paths in a `viewBox` stretched to the row's width
 * (`preserveAspectRatio="none"`, strokes not scaled): four nodes however many areas, and no
 * measuring — this row is repeated hundreds of times in a case list. Decorative: the `<svg>`
 * that holds it gets a text alternative listing every area's change.
 */
export function changeSpark(areas: readonly SparkArea[]): SVGTemplateResult {
  const slot = 100 / Math.max(1, areas.length);
  const barWidth = slot * 0.6;
  let up = '';
  let down = '';
  let flat = '';
  const rect = (x: number, y: number, h: number) => `M${x.toFixed(2)} ${y.toFixed(2)}h${barWidth.toFixed(2)}v${h.toFixed(2)}h${(-barWidth).toFixed(2)}Z`;
  areas.forEach((area, i) => {
    const x = i * slot + (slot - barWidth) / 2;
    if (area.betterBy === null) return;
    if (area.betterBy === 0) {
      flat += rect(x, MID - 1.5, 3);
      return;
    }
    // Half the height stands for a third of the scale (3 steps on 1–10): most moves are small,
    // and a one-step move must still be visible. Larger moves are capped at the edge.
    const h = Math.max(3, Math.min(MID - 1, (Math.abs(area.betterBy) / Math.max(1, area.range / 3)) * (MID - 1)));
    if (area.betterBy > 0) up += rect(x, MID - h, h);
    else down += rect(x, MID, h);
  });
  return svg`<line class="base" x1="0" x2="100" y1=${MID} y2=${MID}></line><path class="up" d=${up}></path><path class="down" d=${down}></path><path class="flat" d=${flat}></path>`;
}
