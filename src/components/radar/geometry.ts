/**
 * The radar's geometry: axes, value positions, outlines with gaps, grid rings and ticks. Pure
 * and DOM-free: numbers in, numbers and SVG path strings out, so it is tested on its own.
 *
 * Coordinates are relative to the chart's centre, in CSS pixels (the SVG's viewBox has the
 * element's own width, so one unit is one pixel and text keeps its size at every width). The
 * first axis points up; the others follow clockwise, or counter-clockwise for right-to-left
 * languages, so the chart reads in the same direction as the page.
 *
 * d3-shape builds the outlines (its `defined` splits a line at missing values). A radius is a
 * one-line linear map, so d3-scale (10.8 kB gzipped, with d3-interpolate, d3-color and d3-format) is not used.
 */
import { curveLinear, curveLinearClosed, line } from 'd3-shape';

/** A point relative to the centre of the chart; y grows downwards, as in SVG. */
export interface Point {
  x: number;
  y: number;
}

/** Reading direction of the page: the radar turns clockwise in `ltr`, counter-clockwise in `rtl`. */
export type WritingDirection = 'ltr' | 'rtl';

/** The circle the data is drawn in. */
export interface RadarFrame {
  /** Number of axes (life areas). */
  count: number;
  /** Radius of the scale's maximum. */
  radius: number;
  /**
   * Radius of the scale's minimum. Kept above zero so that a rating at the bottom of the scale
   * still shows as a point on its own axis, never as the shared centre (which would read as
   * "nothing").
   */
  inner: number;
  direction: WritingDirection;
}

/** Share of the radius left empty at the centre (see `RadarFrame.inner`). */
export const INNER_RATIO = 0.12;

/** Rounds to hundredths of a pixel: stable path strings, no visible loss. */
const round = (n: number) => Math.round(n * 100) / 100 || 0;

/** Builds a frame for `count` axes and a maximum radius. */
export function radarFrame(count: number, radius: number, direction: WritingDirection = 'ltr'): RadarFrame {
  return { count, radius, inner: radius * INNER_RATIO, direction };
}

/** The angle of axis `index` in radians, clockwise from twelve o'clock (negative in `rtl`). */
export function axisAngle(index: number, count: number, direction: WritingDirection = 'ltr'): number {
  const turn = count > 0 ? (2 * Math.PI * index) / count : 0;
  return direction === 'rtl' ? -turn : turn;
}

/** The point at `distance` from the centre along `angle` (clockwise from twelve o'clock). */
export function polar(angle: number, distance: number): Point {
  return { x: round(distance * Math.sin(angle)), y: round(-distance * Math.cos(angle)) };
}

/**
 * Where a value lies between an axis's minimum and maximum, 0..1. Values outside are clamped:
 * the element validates its input, so this only guards the drawing.
 */
export function valueFraction(value: number, min: number, max: number): number {
  if (!(max > min)) return 0;
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}

/** The distance from the centre of a fraction of the scale. */
export function radiusAt(frame: RadarFrame, fraction: number): number {
  return frame.inner + (frame.radius - frame.inner) * fraction;
}

/** The inverse of `radiusAt`: which fraction of the scale a distance from the centre shows. */
export function fractionAt(frame: RadarFrame, distance: number): number {
  return (distance - frame.inner) / (frame.radius - frame.inner);
}

/** The position of a fraction of the scale on axis `index`. */
export function pointOnAxis(frame: RadarFrame, index: number, fraction: number): Point {
  return polar(axisAngle(index, frame.count, frame.direction), radiusAt(frame, fraction));
}

/** The positions of one series, axis by axis; `null` where the value is missing. */
export function seriesPoints(frame: RadarFrame, fractions: readonly (number | null)[]): (Point | null)[] {
  return fractions.map((f, i) => (f === null ? null : pointOnAxis(frame, i, f)));
}

const closedLine = line<Point>(
  (p) => p.x,
  (p) => p.y,
).curve(curveLinearClosed);
const openLine = line<Point | null>(
  (p) => p!.x,
  (p) => p!.y,
)
  .defined((p) => p !== null)
  .curve(curveLinear);

/**
 * The outline of a series. Complete: one closed polygon. With missing values: open segments
 * that stop at each gap — a missing value is never drawn as the minimum, and the outline does
 * not jump across it either. Segments wrap past the last axis back to the first.
 */
export function outlinePath(points: readonly (Point | null)[]): string {
  const gap = points.indexOf(null);
  if (gap === -1) return points.length > 0 ? (closedLine(points as Point[]) ?? '') : '';
  // Start right after a gap so every segment, including the one crossing the first axis, is
  // one run of defined points.
  const rotated = [...points.slice(gap + 1), ...points.slice(0, gap + 1)];
  return openLine(rotated) ?? '';
}

/** Whether every value of a series is present (only then is its area filled). */
export function isComplete(points: readonly (Point | null)[]): boolean {
  return points.length > 0 && points.every((p) => p !== null);
}

/** A grid ring: the polygon through every axis at one fraction of the scale. */
export function ringPath(frame: RadarFrame, fraction: number): string {
  const points = Array.from({ length: frame.count }, (_, i) => pointOnAxis(frame, i, fraction));
  return closedLine(points) ?? '';
}

/** The spokes: from the scale's minimum to its maximum on every axis. */
export function spokes(frame: RadarFrame): { from: Point; to: Point }[] {
  return Array.from({ length: frame.count }, (_, i) => ({
    from: pointOnAxis(frame, i, 0),
    to: pointOnAxis(frame, i, 1),
  }));
}

/**
 * Which scale values get a ring label on the first axis: the minimum, the maximum, and steps
 * in between that leave at least `minSpacing` pixels between labels.
 */
export function tickValues(min: number, max: number, frame: RadarFrame, minSpacing: number): number[] {
  const steps = Math.round(max - min);
  if (steps <= 0) return [min];
  const spacing = (frame.radius - frame.inner) / steps;
  const stride = Math.max(1, Math.ceil(minSpacing / Math.max(spacing, 1e-6)));
  const values: number[] = [];
  for (let v = min; v < max; v += stride) values.push(v);
  // The maximum always gets its label; drop the one before it when they would touch.
  if (values.length > 1 && (max - values[values.length - 1]!) * spacing < minSpacing) values.pop();
  values.push(max);
  return values;
}

/** Marker shapes: with dashes, the cues that tell series apart without colour. */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross';

/** The corners of each angular marker shape, relative to its centre, for a size of 1. */
const corners: Record<Exclude<MarkerShape, 'circle'>, [number, number][]> = {
  square: [
    [-0.88, -0.88],
    [0.88, -0.88],
    [0.88, 0.88],
    [-0.88, 0.88],
  ],
  diamond: [
    [0, -1.3],
    [1.3, 0],
    [0, 1.3],
    [-1.3, 0],
  ],
  triangle: [
    [0, -1.3],
    [1.15, 0.75],
    [-1.15, 0.75],
  ],
  cross: [
    [-1.1, -0.7],
    [-0.4, 0],
    [-1.1, 0.7],
    [-0.7, 1.1],
    [0, 0.4],
    [0.7, 1.1],
    [1.1, 0.7],
    [0.4, 0],
    [1.1, -0.7],
    [0.7, -1.1],
    [0, -0.4],
    [-0.7, -1.1],
  ],
};

/** The path of one marker centred on `at`; `size` is about its half-width. */
export function markerPath(shape: MarkerShape, size: number, at: Point = { x: 0, y: 0 }): string {
  const { x, y } = at;
  if (shape === 'circle') {
    const s = round(size);
    return `M${round(x + size)},${round(y)}A${s},${s} 0 1,1 ${round(x - size)},${round(y)}A${s},${s} 0 1,1 ${round(x + size)},${round(y)}Z`;
  }
  return `${corners[shape].map(([cx, cy], i) => `${i === 0 ? 'M' : 'L'}${round(x + cx * size)},${round(y + cy * size)}`).join('')}Z`;
}

/**
 * Every marker of a series as one path: one node per series instead of one per point keeps
 * the DOM small, and the path keeps its shape (so it can be animated) while values change.
 */
export function markersPath(points: readonly (Point | null)[], shape: MarkerShape, size: number): string {
  let d = '';
  for (const p of points) if (p) d += markerPath(shape, size, p);
  return d;
}

/** The index of the point nearest to `target` within `reach` pixels, or -1. */
export function nearestPoint(points: readonly (Point | null)[], target: Point, reach: number): number {
  let best = -1;
  let bestDistance = reach;
  points.forEach((p, i) => {
    if (!p) return;
    const distance = Math.hypot(p.x - target.x, p.y - target.y);
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}

// ---------------------------------------------------------------------------------------------
// Label layout

/** An axis-aligned box, relative to the centre. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How a label's lines line up with its anchor, in physical terms (the element maps it to text-anchor). */
export type LabelAlign = 'left' | 'center' | 'right';

/** One placed area label. */
export interface PlacedLabel {
  /** The anchor: `x` is the aligned edge (or centre) of the lines, `y` the first line's baseline. */
  x: number;
  y: number;
  align: LabelAlign;
  lines: string[];
  box: Box;
}

/** The size of the whole drawing and where everything goes. */
export interface RadarLayout {
  /** The viewBox: width as given, height as needed for the circle and every label. */
  width: number;
  height: number;
  /** The centre of the chart in the viewBox. */
  cx: number;
  cy: number;
  frame: RadarFrame;
  labels: PlacedLabel[];
  /**
   * Every label fits without overlapping another label, the chart or the edge. False only when
   * even the smallest chart cannot make room (for example 16 long labels on a phone): the
   * element then tries the short labels.
   */
  fits: boolean;
  /** Words had to be broken with a hyphen to fit (a last resort at the smallest chart). */
  broken: boolean;
}

/** What the label layout needs to know. */
export interface LayoutOptions {
  /** The width to fill, in pixels. */
  width: number;
  /** The label of each axis, in axis order. */
  labels: readonly string[];
  /** The rendered width of a text at the label font, in pixels. */
  measure: (text: string) => number;
  /** Font size of the labels, in pixels. */
  fontSize: number;
  /** Distance between the baselines of wrapped lines (default 1.2 × fontSize). */
  lineHeight?: number;
  direction?: WritingDirection;
  /** Largest radius, however wide the element (default 280). */
  maxRadius?: number;
  /** Most lines a label may wrap into before the chart shrinks (default 4). */
  maxLines?: number;
}

const PAD = 3;

/** Breaks text into lines no wider than `budget`; a word longer than the budget stays whole. */
export function wrapText(
  text: string,
  budget: number,
  measure: (text: string) => number,
): { lines: string[]; width: number; overflow: boolean } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let overflow = false;
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate) > budget) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
    if (measure(word) > budget) overflow = true;
  }
  if (current) lines.push(current);
  return { lines, width: Math.max(0, ...lines.map(measure)), overflow };
}

/** Breaks every word that is wider than `budget` into hyphenated pieces, as a last resort. */
function breakLongWords(text: string, budget: number, measure: (text: string) => number): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word) => {
      if (measure(word) <= budget) return word;
      const pieces: string[] = [];
      let piece = '';
      for (const char of word) {
        if (piece && measure(`${piece}${char}-`) > budget) {
          pieces.push(`${piece}-`);
          piece = char;
        } else piece += char;
      }
      pieces.push(piece);
      return pieces.join(' ');
    })
    .join(' ');
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + PAD && b.x < a.x + a.width + PAD && a.y < b.y + b.height + PAD && b.y < a.y + a.height + PAD;

/**
 * The smallest move of `box`, only in the directions `away` allows (each component -1, 0 or 1)
 * and within the limits, after which it overlaps none of `others`; undefined when there is none.
 * The candidates are the moves that just clear one of the boxes nearby, alone or combined.
 */
function escape(box: Box, others: readonly Box[], away: Point, limitX: number, limitY: number): Point | undefined {
  const reach = {
    x: box.x - (away.x < 0 ? limitX : 0),
    y: box.y - (away.y < 0 ? limitY : 0),
    width: box.width + (away.x !== 0 ? limitX : 0),
    height: box.height + (away.y !== 0 ? limitY : 0),
  };
  const near = others.filter((other) => overlaps(reach, other));
  if (!near.some((other) => overlaps(box, other))) return { x: 0, y: 0 };
  const xs = [0];
  const ys = [0];
  for (const other of near) {
    const dx = away.x > 0 ? other.x + other.width + PAD - box.x : away.x < 0 ? box.x + box.width + PAD - other.x : 0;
    const dy = away.y > 0 ? other.y + other.height + PAD - box.y : away.y < 0 ? box.y + box.height + PAD - other.y : 0;
    if (dx > 0 && dx <= limitX) xs.push(dx + 0.01);
    if (dy > 0 && dy <= limitY) ys.push(dy + 0.01);
  }
  let best: Point | undefined;
  let cost = Number.POSITIVE_INFINITY;
  for (const dx of xs) {
    for (const dy of ys) {
      if (dx + dy >= cost) continue;
      const moved = { ...box, x: box.x + away.x * dx, y: box.y + away.y * dy };
      if (near.some((other) => overlaps(moved, other))) continue;
      best = { x: away.x * dx, y: away.y * dy };
      cost = dx + dy;
    }
  }
  return best;
}

/** The shortest distance from the centre to a box (0 when the box covers the centre). */
function distanceToBox(box: Box): number {
  const dx = Math.max(box.x, 0, -(box.x + box.width));
  const dy = Math.max(box.y, 0, -(box.y + box.height));
  return Math.hypot(dx, dy);
}

/** Places every label around a circle of `radius`; reports whether they all fit. */
function placeLabels(
  options: Required<Omit<LayoutOptions, 'maxRadius'>>,
  radius: number,
  lastResort: boolean,
): { labels: PlacedLabel[]; fits: boolean } {
  const { width, labels: texts, measure, fontSize, lineHeight, direction, maxLines } = options;
  const count = texts.length;
  const gap = Math.round(fontSize * 0.75);
  const distance = radius + gap;
  const half = width / 2 - PAD;
  const maxWidth = fontSize * 12;
  // A centred label (top, bottom) is kept narrower than the gap between its neighbours when its
  // longest word allows: then they sit beside it and nothing has to move.
  const between = count > 2 ? 2 * distance * Math.abs(Math.sin((2 * Math.PI) / count)) - 2 * PAD : maxWidth;
  let fits = true;
  const placed: PlacedLabel[] = texts.map((text, index) => {
    const angle = axisAngle(index, count, direction);
    const sin = Math.sin(angle);
    const cos = Math.cos(angle);
    const anchor = { x: distance * sin, y: -distance * cos };
    const align: LabelAlign = Math.abs(sin) < 0.26 ? 'center' : sin > 0 ? 'left' : 'right';
    // A word is never broken while there is room for it, even past the usual measure.
    const longestWord = Math.max(0, ...text.split(/\s+/).map(measure));
    const measureLimit = Math.max(maxWidth, longestWord);
    const budget = Math.max(
      fontSize * 2,
      Math.min(
        measureLimit,
        align === 'center' ? Math.min(2 * half, Math.max(between, longestWord)) : half - Math.abs(anchor.x),
      ),
    );
    const source = lastResort ? breakLongWords(text, budget, measure) : text;
    const wrapped = wrapText(source, budget, measure);
    if (wrapped.overflow || wrapped.lines.length > maxLines) fits = false;
    const height = wrapped.lines.length * lineHeight;
    // Top labels sit above their anchor, bottom ones below, side ones centred on it.
    const top = anchor.y - (height * (1 + cos)) / 2;
    const left =
      align === 'left' ? anchor.x : align === 'right' ? anchor.x - wrapped.width : anchor.x - wrapped.width / 2;
    const box = { x: round(left), y: round(top), width: round(wrapped.width), height: round(height) };
    // The first baseline: about 0.8 em below the top of the first line box.
    const baseline = top + (lineHeight - fontSize) / 2 + fontSize * 0.8;
    return { x: round(anchor.x), y: round(baseline), align, lines: wrapped.lines, box };
  });
  // Labels that collide move a little outwards — up or down, away from the horizontal axis, or
  // sideways, away from the vertical one — whichever is the smaller move, instead of shrinking
  // the chart. Centred labels settle first, then the side labels from the horizontal axis
  // towards the vertical one, each clearing those already settled.
  const cosOf = (i: number) => Math.cos(axisAngle(i, count, direction));
  const order = placed
    .map((_, i) => i)
    .sort(
      (a, b) =>
        Number(placed[b]!.align === 'center') - Number(placed[a]!.align === 'center') ||
        Math.abs(cosOf(a)) - Math.abs(cosOf(b)),
    );
  const settled: Box[] = [];
  for (const i of order) {
    const label = placed[i]!;
    const cos = cosOf(i);
    const away = {
      x: label.align === 'center' ? 0 : label.align === 'left' ? 1 : -1,
      y: Math.abs(cos) > 0.05 ? (cos > 0 ? -1 : 1) : 0,
    };
    // As a last resort labels may move further from their axis, but they never overlap.
    const move = escape(
      label.box,
      settled,
      away,
      fontSize * (lastResort ? 8 : 4),
      lineHeight * (lastResort ? 12 : 2.5),
    );
    if (!move) fits = false;
    else if (move.x !== 0 || move.y !== 0) {
      label.box.x = round(label.box.x + move.x);
      label.box.y = round(label.box.y + move.y);
      label.x = round(label.x + move.x);
      label.y = round(label.y + move.y);
    }
    settled.push(label.box);
  }
  for (let i = 0; i < placed.length && fits; i++) {
    const box = placed[i]!.box;
    if (box.x < -half - 0.5 || box.x + box.width > half + 0.5) fits = false;
    else if (distanceToBox(box) < radius + PAD) fits = false;
    else for (let j = i + 1; j < placed.length; j++) if (overlaps(box, placed[j]!.box)) fits = false;
  }
  return { labels: placed, fits };
}

/**
 * Lays the chart out in a given width: the largest circle for which every label, wrapped into
 * lines within its budget, clears the circle, the edges and every other label. Labels are placed
 * by angle: those on the right start at their anchor, those on the left end at it, those at the
 * top and bottom are centred, above or below. The height follows from the result.
 */
export function layoutRadar(options: LayoutOptions): RadarLayout {
  const full = {
    lineHeight: options.fontSize * 1.2,
    direction: 'ltr' as WritingDirection,
    maxLines: 4,
    ...options,
  };
  const width = Math.max(1, full.width);
  const maxRadius = Math.min(options.maxRadius ?? 280, width / 2 - PAD - full.fontSize);
  const minRadius = Math.max(24, Math.min(maxRadius, width * 0.16));
  const step = Math.max(1, width * 0.015);
  let result: { labels: PlacedLabel[]; fits: boolean } | undefined;
  let broken = false;
  let radius = Math.max(minRadius, maxRadius);
  for (; radius > minRadius; radius -= step) {
    const attempt = placeLabels(full, radius, false);
    if (attempt.fits) {
      result = attempt;
      break;
    }
  }
  if (!result) {
    radius = minRadius;
    result = placeLabels(full, radius, false);
    if (!result.fits) {
      result = placeLabels({ ...full, maxLines: Infinity }, radius, true);
      broken = result.labels.some((l, i) => l.lines.join(' ') !== full.labels[i]!.trim().split(/\s+/).join(' '));
    }
  }
  radius = round(radius);
  const boxes = result.labels.map((l) => l.box);
  // The grid is a polygon, not a circle: three areas leave the lower half empty.
  const corners = result.labels.map((_, i) => polar(axisAngle(i, result!.labels.length, full.direction), radius).y);
  const top = Math.min(...corners, ...boxes.map((b) => b.y));
  const bottom = Math.max(...corners, ...boxes.map((b) => b.y + b.height));
  const height = Math.ceil(bottom - top + 2 * PAD);
  return {
    width,
    height,
    cx: round(width / 2),
    cy: round(PAD - top),
    frame: radarFrame(result.labels.length, radius, full.direction),
    labels: result.labels,
    fits: result.fits,
    broken,
  };
}
