import { svg, nothing, type SVGTemplateResult } from 'lit';

/** What one area's small horizontal scale shows: where the participant started, is now, and aims. */
export interface AreaScaleMarks {
  /** Lowest and highest step of the area's scale. */
  min: number;
  max: number;
  /** The first completed rating, if any. */
  baseline: number | null;
  /** The latest completed rating, if any. */
  latest: number | null;
  /** The desired level, if a goal is set. */
  goal: number | null;
}

/** Keeps the dots inside the drawing: the scale runs from 6 % to 94 % of the width. */
const INSET = 6;
const SPAN = 100 - 2 * INSET;

/**
 * The horizontal position of a value, as a percentage of the width, low values on the left.
 * On right-to-left pages the stylesheet mirrors the whole drawing (it holds no text).
 */
export function scalePosition(value: number, min: number, max: number): number {
  const share = max === min ? 0.5 : (Math.min(max, Math.max(min, value)) - min) / (max - min);
  return INSET + SPAN * share;
}

const pct = (n: number) => `${n.toFixed(2)}%`;

/** Height of the drawing in px; the marks are placed on its middle line. */
export const SCALE_HEIGHT = 28;
const MID = SCALE_HEIGHT / 2;

/**
 * One area's dot plot as an SVG fragment for a `<svg>` of any width and `SCALE_HEIGHT` tall.
 * Horizontal positions are percentages, so the drawing follows its box without a
 * ResizeObserver and the marks never stretch. The marks differ in shape, not only colour:
 * start is a hollow ring, latest a filled dot, the goal a diamond outline, and an arrow runs
 * from start to latest; when nothing moved the ring is drawn around the dot. The fragment is decorative (`aria-hidden` on the `<svg>`): the same
 * facts are given as text next to it.
 */
export function areaScaleMarks(marks: AreaScaleMarks): SVGTemplateResult {
  const { min, max, baseline, latest, goal } = marks;
  const x = (v: number) => pct(scalePosition(v, min, max));
  const ticks: number[] = [];
  // A tick per step on short scales; on long ones (sum scores) only the ends and the middle.
  if (max - min <= 20) for (let v = min; v <= max; v++) ticks.push(v);
  else ticks.push(min, (min + max) / 2, max);
  const moved = baseline !== null && latest !== null && baseline !== latest;
  const pointsRight = moved && latest! > baseline!;
  // Nested <svg> elements take percentage x, so each mark is drawn in its own pixel space.
  return svg`
    <line class="track" x1=${pct(INSET)} x2=${pct(100 - INSET)} y1=${MID} y2=${MID}></line>
    ${ticks.map((v) => svg`<line class="tick" x1=${x(v)} x2=${x(v)} y1=${MID - 4} y2=${MID + 4}></line>`)}
    ${moved ? svg`<line class="arrow" x1=${x(baseline!)} x2=${x(latest!)} y1=${MID} y2=${MID}></line>` : nothing}
    ${
      goal !== null
        ? svg`<svg class="goal" x=${x(goal)} y=${MID} width="1" height="1" overflow="visible"><path d="M0 -8 L8 0 L0 8 L-8 0 Z"></path></svg>`
        : nothing
    }
    ${baseline !== null && baseline !== latest ? svg`<circle class="start" cx=${x(baseline)} cy=${MID} r="5.5"></circle>` : nothing}
    ${latest !== null ? svg`<circle class="latest" cx=${x(latest)} cy=${MID} r="6"></circle>` : nothing}
    ${
      baseline !== null && baseline === latest
        ? svg`<circle class="start same" cx=${x(baseline)} cy=${MID} r="9.5"></circle>`
        : nothing
    }
    ${
      moved
        ? svg`<svg class="arrow-head" x=${x(latest!)} y=${MID} width="1" height="1" overflow="visible"><path d=${pointsRight ? 'M-16 -5 L-8 0 L-16 5 Z' : 'M16 -5 L8 0 L16 5 Z'}></path></svg>`
        : nothing
    }
  `;
}
