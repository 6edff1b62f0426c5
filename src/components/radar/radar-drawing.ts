import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  axisAngle,
  isComplete,
  markersPath,
  outlinePath,
  polar,
  radiusAt,
  ringPath,
  seriesPoints,
  spokes,
  tickValues,
  valueFraction,
  type LabelAlign,
  type RadarLayout,
} from './geometry.js';
import { dotPoints, dotX, type DotLayout } from './dot-plot.js';
import type { PlottedSeries, RadarAxis, RadarData } from './radar-data.js';
import type { RadarWords } from './radar-words.js';

/**
 * The radar's SVG: the grid (rings, spokes, the scale's numbers and stage names) or the dot
 * plot's rows, the series and the area labels. Plain functions of an explicit drawing state; the
 * element owns the state, the caches and the interaction.
 */

/** The size of a series marker, in px of the SVG. */
export const MARKER_SIZE = 4.5;

/** What a drawing depends on. */
export interface RadarDrawing {
  data: RadarData;
  layout: RadarLayout;
  /** The dot plot's layout, when the narrow view is shown. */
  dots: DotLayout | undefined;
  /** The series shown (not hidden through the legend), in order. */
  visible: readonly PlottedSeries[];
  w: RadarWords;
  labelSize: number;
  rtl: boolean;
  grid: 'steps' | 'stages';
  stageLabels: boolean;
  /** The width of a text at the label size. */
  measure: (text: string) => number;
}

/** A number or stage name on the radar's scale, with its backing box. */
export interface ScaleLabel {
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  kind: string;
  anchor: string;
}

/** The grid's paths and scale labels (worked out once per layout and scale; the element caches them). */
export interface GridPaths {
  rings: string;
  edge: string;
  spokes: string;
  backings: string;
  labels: ScaleLabel[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const tickSizeOf = (labelSize: number) => Math.round(labelSize * (0.75 / 0.875) * 10) / 10;

/** The values labelled on a shared scale (empty when the areas' scales differ). */
export function scaleTicks(axes: readonly RadarAxis[]): number[] {
  const first = axes[0];
  if (!first || !axes.every((a) => a.min === first.min && a.max === first.max)) return [];
  const steps = Math.round(first.max - first.min);
  if (steps <= 10) return Array.from({ length: steps + 1 }, (_, i) => first.min + i);
  return [first.min, (first.min + first.max) / 2, first.max];
}

/** Whether every axis has the same range (then the scale is labelled). */
export function uniformAxes(axes: readonly RadarAxis[]): boolean {
  const first = axes[0];
  return !!first && axes.every((a) => a.min === first.min && a.max === first.max);
}

/** The stages of a shared scale, in order, when it has more than one. */
function sharedStages(axes: readonly RadarAxis[]) {
  const first = axes[0];
  return uniformAxes(axes) && first?.scale?.stages && first.scale.stages.length > 1
    ? [...first.scale.stages].sort((a, b) => a.from - b.from)
    : undefined;
}

/**
 * The scale's numbers and stage names on the radar. They sit halfway between the first axis and
 * its neighbours (numbers after it in reading order, stage names before it), where no marker
 * can be: markers are only ever on axes. Each has a backing in the page's background colour
 * drawn over the grid (no grid line crosses a label) and under the data, and the text itself
 * is drawn over the data with a halo, so no outline covers it either.
 */
function scaleLabels(d: RadarDrawing): ScaleLabel[] {
  const { frame } = d.layout;
  const { axes } = d.data;
  const first = axes[0];
  if (!first || !uniformAxes(axes)) return [];
  const tickSize = tickSizeOf(d.labelSize);
  const stages = sharedStages(axes);
  const fraction = (v: number) => valueFraction(v, first.min, first.max);
  // On the polygon's edge halfway between two axes: cos(half a turn step) of the radius.
  const half = frame.count > 2 ? Math.cos(Math.PI / frame.count) : 1;
  const at = (side: 1 | -1, f: number) =>
    polar(axisAngle(side * 0.5, frame.count, frame.direction), radiusAt(frame, f) * half);
  const labels: ScaleLabel[] = [];
  const ticks =
    d.grid === 'stages' && stages ? [first.min, first.max] : tickValues(first.min, first.max, frame, tickSize * 1.3);
  for (const v of ticks) {
    const text = d.w.number(v);
    const p = at(1, fraction(v));
    const width = d.measure(text) * (0.75 / 0.875) + 4;
    labels.push({ x: p.x, y: p.y, width, height: Math.round(tickSize * 1.35), text, kind: 'tick', anchor: 'middle' });
  }
  if (d.stageLabels && stages) {
    for (const stage of stages) {
      const text = d.w.t(stage.label);
      const p = at(-1, fraction((stage.from + stage.to) / 2));
      const width = d.measure(text) * (0.75 / 0.875) + 6;
      labels.push({
        x: p.x,
        y: p.y,
        width,
        height: Math.round(tickSize * 1.35),
        text,
        kind: 'stage-name',
        anchor: 'middle',
      });
    }
  }
  return labels;
}

/** What the grid's paths depend on: the element recomputes them only when one of these changed. */
export function gridKey(d: RadarDrawing): readonly unknown[] {
  const first = d.data.axes[0];
  return [
    d.layout,
    d.grid,
    d.stageLabels,
    d.w.language,
    uniformAxes(d.data.axes),
    first?.min,
    first?.max,
    first?.scale,
  ];
}

/** The grid's rings, edge and spokes as one path each, and the scale labels with their backings. */
export function gridPaths(d: RadarDrawing): GridPaths {
  const { frame } = d.layout;
  const { axes } = d.data;
  const first = axes[0];
  let levels: number[] = [0, 0.25, 0.5, 0.75, 1];
  const stages = sharedStages(axes);
  if (first && uniformAxes(axes)) {
    const fraction = (v: number) => valueFraction(v, first.min, first.max);
    levels =
      d.grid === 'stages' && stages
        ? [0, ...stages.slice(0, -1).map((s, i) => fraction((s.to + stages[i + 1]!.from) / 2)), 1]
        : tickValues(first.min, first.max, frame, 6).map(fraction);
  }
  const labels = scaleLabels(d);
  return {
    labels,
    rings: levels
      .slice(0, -1)
      .map((level) => ringPath(frame, level))
      .join(''),
    edge: ringPath(frame, 1),
    spokes: spokes(frame)
      .map((s) => `M${s.from.x},${s.from.y}L${s.to.x},${s.to.y}`)
      .join(''),
    backings: labels
      .map(
        (l) =>
          `M${round2(l.x - l.width / 2)},${round2(l.y - l.height / 2)}h${round2(l.width)}v${round2(l.height)}h${round2(-l.width)}z`,
      )
      .join(''),
  };
}

/** The positions of a series' values, axis by axis (null where missing). */
export function pointsOf(d: RadarDrawing, series: PlottedSeries) {
  const { axes } = d.data;
  const fractions = axes.map((axis, i) => {
    const v = series.values[i];
    return v === null || v === undefined ? null : valueFraction(v, axis.min, axis.max);
  });
  if (d.dots) {
    const lane = d.visible.findIndex((s) => s.id === series.id);
    return dotPoints(d.dots, fractions, Math.max(0, lane));
  }
  return seriesPoints(d.layout.frame, fractions);
}

/**
 * The chart: the radar (grid, series, focus halo, scale labels, area labels) or the dot plot.
 * `active` is the point under the keyboard or pointer, if any; `grid` the cached grid paths.
 */
export function renderChart(
  d: RadarDrawing,
  active: { area: number; series: string } | undefined,
  grid: GridPaths,
  shortLabels: boolean,
): TemplateResult {
  const { layout, dots, visible } = d;
  const { cx, cy } = layout;
  const { width, height } = dots ?? layout;
  const activeSeries = active ? visible.find((s) => s.id === active.series) : undefined;
  const focusPoint = active && activeSeries ? pointsOf(d, activeSeries)[active.area] : undefined;
  const series = repeat(
    visible,
    (s) => s.id,
    (s) => renderSeries(d, s),
  );
  const halo = focusPoint
    ? svg`<circle class="focus-halo" cx=${focusPoint.x} cy=${focusPoint.y} r=${MARKER_SIZE * 2.4}></circle><circle class="focus-ring" cx=${focusPoint.x} cy=${focusPoint.y} r=${MARKER_SIZE * 2.4}></circle>`
    : nothing;
  return html`<svg
    class="chart"
    part="svg"
    data-view=${dots ? 'dots' : 'radar'}
    data-labels=${shortLabels ? 'short' : 'full'}
    viewBox="0 0 ${width} ${height}"
    aria-hidden="true"
    focusable="false"
  >
    ${
      dots
        ? svg`<g>${renderDotGrid(d, dots, active?.area)}${series}${halo}</g>`
        : svg`<g transform="translate(${cx} ${cy})">
      ${renderGrid(d, grid, active?.area)} ${series} ${halo} ${renderScaleLabels(d, grid)} ${renderLabels(d, active?.area)}
    </g>`
    }
  </svg>`;
}

/**
 * The dot plot's scale and rows: the scale's numbers above the first row (and below the last),
 * each area's label across the width, and under it a track whose grid lines stop at the track,
 * so no line crosses a label.
 */
function renderDotGrid(d: RadarDrawing, dots: DotLayout, activeArea: number | undefined): SVGTemplateResult {
  const { axes } = d.data;
  const ticks = scaleTicks(axes);
  const first = axes[0];
  const tickSize = tickSizeOf(d.labelSize);
  const xs = first ? ticks.map((v) => dotX(dots, valueFraction(v, first.min, first.max))) : [];
  const { rtl } = d;
  const lines = dots.rows.map((row) => xs.map((x) => `M${x},${row.top}V${row.bottom}`).join('')).join('');
  const ends = dots.rows.map((row) => `M${dots.x0},${row.top}V${row.bottom}M${dots.x1},${row.top}V${row.bottom}`);
  const lineHeight = Math.round(d.labelSize * 1.25 * 100) / 100;
  const pad = 4;
  return svg`<g class="grid">
    <path class="ring" d=${lines}></path>
    <path class="ring edge" d=${ends.join('')}></path>
    <path class="spoke" d=${dots.rows.map((row) => `M${dots.x0},${row.trackY}H${dots.x1}`).join('')}></path>
    <g font-size=${tickSize}>
      ${dots.scaleY.map((y) => ticks.map((v, i) => svg`<text class="tick" x=${xs[i]!} y=${y} text-anchor="middle">${d.w.number(v)}</text>`))}
    </g>
  </g>
  <g class="labels" font-size=${d.labelSize}>
    ${dots.rows.map(
      (row, i) =>
        svg`<text class="axis-label ${i === activeArea ? 'active' : ''}" data-index=${i} data-area=${axes[i]!.area.id} x=${rtl ? dots.width - pad : pad} y=${row.labelY} text-anchor="start">${row.lines.map(
          (line, k) => svg`<tspan x=${rtl ? dots.width - pad : pad} dy=${k === 0 ? 0 : lineHeight}>${line}</tspan>`,
        )}</text>`,
    )}
  </g>`;
}

function renderScaleLabels(d: RadarDrawing, grid: GridPaths): SVGTemplateResult {
  return svg`<g font-size=${tickSizeOf(d.labelSize)}>${grid.labels.map(
    (l) => svg`<text class=${l.kind} x=${l.x} y=${l.y} dy="0.35em" text-anchor=${l.anchor}>${l.text}</text>`,
  )}</g>`;
}

function renderGrid(d: RadarDrawing, grid: GridPaths, activeArea: number | undefined): SVGTemplateResult {
  const { frame } = d.layout;
  // Rings and spokes are one path each (few nodes keep updates cheap); the focused axis is drawn on top.
  const { rings, edge, spokes: allSpokes, backings } = grid;
  const activeSpoke = activeArea === undefined ? undefined : spokes(frame)[activeArea];
  return svg`<g class="grid">
    <path class="ring" d=${rings}></path>
    <path class="ring edge" d=${edge}></path>
    <path class="spoke" d=${allSpokes}></path>
    ${activeSpoke ? svg`<path class="spoke active" d=${`M${activeSpoke.from.x},${activeSpoke.from.y}L${activeSpoke.to.x},${activeSpoke.to.y}`}></path>` : nothing}
    ${backings ? svg`<path class="label-backing" d=${backings}></path>` : nothing}
  </g>`;
}

function renderSeries(d: RadarDrawing, series: PlottedSeries): SVGTemplateResult {
  const points = pointsOf(d, series);
  const path = d.dots ? '' : outlinePath(points);
  const { colour, dash, filled, marker } = series.style;
  // The dot plot's rows are separate areas: its marks are not joined into a line.
  const lines = !d.dots;
  return svg`<g class="series c${colour} dash-${dash} ${filled ? '' : 'hollow'}" data-series=${series.id} data-kind=${series.kind}>
    ${lines && filled && isComplete(points) ? svg`<path class="area" d=${path}></path>` : nothing}
    ${lines ? svg`<path class="outline" d=${path}></path>` : nothing}
    <path class="markers" d=${markersPath(points, marker, MARKER_SIZE)}></path>
  </g>`;
}

function renderLabels(d: RadarDrawing, activeArea: number | undefined): SVGTemplateResult {
  const { labels } = d.layout;
  const lineHeight = Math.round(d.labelSize * 1.2 * 100) / 100;
  const { rtl } = d;
  const anchor = (align: LabelAlign) => (align === 'center' ? 'middle' : (align === 'left') !== rtl ? 'start' : 'end');
  return svg`<g class="labels" font-size=${d.labelSize}>
    ${labels.map(
      (label, i) =>
        svg`<text class="axis-label ${i === activeArea ? 'active' : ''}" data-index=${i} data-area=${d.data.axes[i]!.area.id} x=${label.x} y=${label.y} text-anchor=${anchor(label.align)}>${label.lines.map(
          (line, k) => svg`<tspan x=${label.x} dy=${k === 0 ? 0 : lineHeight}>${line}</tspan>`,
        )}</text>`,
    )}
  </g>`;
}
