import { nearestPoint, type Point } from './geometry.js';
import type { PlottedSeries } from './radar-data.js';

/** The point the keyboard (or a click) is on: an area by index and a series by id. */
export interface ActivePoint {
  area: number;
  series: string;
}

/** How far from a point a click or tap still selects it, in pixels. */
export const POINTER_REACH = 18;

/** Where the keyboard starts on focus: the latest rating's first area, else the first visible series. */
export function startPoint(visible: readonly PlottedSeries[], areaCount: number): ActivePoint | undefined {
  const start = visible.find((s) => s.kind === 'latest') ?? visible[0];
  return start && areaCount > 0 ? { area: 0, series: start.id } : undefined;
}

/** Keeps the keyboard's point on a series and area that still exist. */
export function keptPoint(
  active: ActivePoint,
  visible: readonly PlottedSeries[],
  areaCount: number,
): ActivePoint | undefined {
  const area = Math.min(active.area, areaCount - 1);
  const series = visible.some((s) => s.id === active.series) ? active.series : visible[0]?.id;
  return series === undefined || area < 0 ? undefined : { area, series };
}

/**
 * The point a key moves to: the inline arrows (mirrored in right-to-left text), Home and End move
 * between areas, Up and Down between series. Undefined for any other key (the event is left alone).
 */
export function pointAfterKey(
  key: string,
  active: ActivePoint,
  visible: readonly PlottedSeries[],
  areaCount: number,
  direction: 'ltr' | 'rtl',
): ActivePoint | undefined {
  const count = areaCount;
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  let { area } = active;
  let row = Math.max(
    0,
    visible.findIndex((s) => s.id === active.series),
  );
  switch (key) {
    case forward:
      area = (area + 1) % count;
      break;
    case backward:
      area = (area + count - 1) % count;
      break;
    case 'Home':
      area = 0;
      break;
    case 'End':
      area = count - 1;
      break;
    case 'ArrowDown':
      row = Math.min(visible.length - 1, row + 1);
      break;
    case 'ArrowUp':
      row = Math.max(0, row - 1);
      break;
    default:
      return undefined;
  }
  return { area, series: visible[row]!.id };
}

/** The visible series' point nearest to `target` within POINTER_REACH, if any. */
export function nearestActivePoint(
  target: Point,
  visible: readonly PlottedSeries[],
  pointsOf: (series: PlottedSeries) => readonly (Point | null)[],
): ActivePoint | undefined {
  let best = { distance: POINTER_REACH, area: -1, series: '' };
  for (const series of visible) {
    const points = pointsOf(series);
    const index = nearestPoint(points, target, best.distance);
    if (index >= 0)
      best = {
        distance: Math.hypot(points[index]!.x - target.x, points[index]!.y - target.y),
        area: index,
        series: series.id,
      };
  }
  return best.area >= 0 ? { area: best.area, series: best.series } : undefined;
}
