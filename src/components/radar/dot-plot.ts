// The radar's narrow layout: one row per area, the series as marks on a shared horizontal scale
// (a dot plot). Pure geometry, no DOM: the element measures text and renders.
import { wrapText, type Point, type WritingDirection } from './geometry.js';

/** One area's row: its label (wrapped over the whole width) above the track its marks sit on. */
export interface DotRow {
  /** Baseline of the label's first line. */
  labelY: number;
  lines: string[];
  /** The label's box (for hit testing and tests): top and bottom. */
  labelTop: number;
  labelBottom: number;
  /** The centre line of the row's track, and the lanes' offsets from it, one per series. */
  trackY: number;
  top: number;
  bottom: number;
}

/** The dot plot's drawing: viewBox size, the track's ends and every row. */
export interface DotLayout {
  width: number;
  height: number;
  /** Left and right end of every track (in physical coordinates). */
  x0: number;
  x1: number;
  /** Baselines of the scale's labels: above the first row, and below the last one when there are many rows. */
  scaleY: number[];
  rows: DotRow[];
  /** Vertical distance between the lanes of two series on a track. */
  lane: number;
  lanes: number;
  direction: WritingDirection;
}

export interface DotLayoutOptions {
  width: number;
  labels: readonly string[];
  measure: (text: string) => number;
  fontSize: number;
  /** How many series share each track (each gets its own lane, so equal values never hide each other). */
  series: number;
  /** Half the width of a marker, in pixels. */
  marker: number;
  /** Width of the widest scale label, so the ends of the scale keep their labels inside the drawing. */
  scaleLabelWidth: number;
  direction?: WritingDirection;
}

const PAD = 4;

/**
 * Lays out the dot plot: a row of scale labels, then per area its label lines and a track with
 * one lane per series. Labels wrap over the full width, so no label is shortened; nothing is
 * drawn across a label (the grid lines of a track stop at its top and bottom).
 */
export function layoutDots(options: DotLayoutOptions): DotLayout {
  const { width, labels, measure, fontSize, marker } = options;
  const lineHeight = Math.round(fontSize * 1.25 * 100) / 100;
  const lane = Math.round((marker * 2 + 3) * 100) / 100;
  const lanes = Math.max(1, options.series);
  const edge = Math.max(marker + 2, options.scaleLabelWidth / 2 + 2);
  const x0 = PAD + edge;
  const x1 = Math.max(x0 + 1, width - PAD - edge);
  const scaleGap = fontSize * 1.1;
  let y = PAD + fontSize;
  const scaleY = [y];
  y += scaleGap * 0.6;
  const rows: DotRow[] = labels.map((label) => {
    const { lines } = wrapText(label, width - 2 * PAD, measure);
    const labelTop = y + fontSize * 0.4;
    const labelY = labelTop + fontSize * 0.85;
    const labelBottom = labelY + (lines.length - 1) * lineHeight + fontSize * 0.3;
    const top = labelBottom + 2;
    const trackHeight = lanes * lane + 4;
    const trackY = top + trackHeight / 2;
    const bottom = top + trackHeight;
    y = bottom;
    return { labelY, lines, labelTop, labelBottom, trackY, top, bottom };
  });
  if (rows.length > 6) {
    y += fontSize + 2;
    scaleY.push(y);
  }
  return {
    width,
    height: Math.ceil(y + PAD + fontSize * 0.3),
    x0,
    x1,
    scaleY,
    rows,
    lane,
    lanes,
    direction: options.direction ?? 'ltr',
  };
}

/** The x of a fraction of the scale (0 = minimum), mirrored right to left. */
export function dotX(layout: DotLayout, fraction: number): number {
  const at = layout.direction === 'rtl' ? 1 - fraction : fraction;
  return Math.round((layout.x0 + (layout.x1 - layout.x0) * at) * 100) / 100;
}

/** Where a series' marks go: `lane` is the series' position among the visible ones. */
export function dotPoints(layout: DotLayout, fractions: readonly (number | null)[], lane: number): (Point | null)[] {
  const offset = (lane - (layout.lanes - 1) / 2) * layout.lane;
  return fractions.map((f, i) =>
    f === null ? null : { x: dotX(layout, f), y: Math.round((layout.rows[i]!.trackY + offset) * 100) / 100 },
  );
}
