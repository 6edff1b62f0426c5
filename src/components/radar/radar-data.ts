import type { Assessment } from '../../sdk/model/assessment.js';
import type { AreaGoal } from '../../sdk/model/goal.js';
import type { Instrument, LifeArea, RatingScale, RespondentRole } from '../../sdk/model/instrument.js';
import type { StegIssue } from '../../sdk/model/issues.js';
import type { LocalizedText } from '../../sdk/model/localized-text.js';
import { progression, type Progression } from '../../sdk/scoring/progression.js';
import type { AssessmentScore } from '../../sdk/scoring/score-assessment.js';
import { rolePlan } from '../../sdk/scoring/scoring-plan.js';
import type { MarkerShape } from './geometry.js';
import type { AxisRange, RadarSeries, RadarSeriesKind } from './radar-series.js';

/** One axis of the radar: a life area and the range its scores lie on. */
export interface RadarAxis {
  area: LifeArea;
  min: number;
  max: number;
  /** The scale of the area's items; step labels are read from it (not for sums). */
  scale: RatingScale | null;
  direction: RatingScale['direction'];
}

/** How a series looks: colour slot (1–5 of the `--steg-series-*` tokens), marker and dashes. */
export interface SeriesStyle {
  colour: 1 | 2 | 3 | 4 | 5;
  marker: MarkerShape;
  dash: 'solid' | 'dashed' | 'dotted' | 'dashdot' | 'long';
  /** Whether the area inside a complete outline is tinted (never for goals). */
  filled: boolean;
}

/** A built-in series name, translated by the element; or the host's own label. */
export type SeriesLabel =
  { key: 'baseline' | 'latest' | 'goal' | 'participant' | 'caseManager' } | { text: string | LocalizedText };

/** One series as the radar draws it: values in axis order. */
export interface PlottedSeries {
  id: string;
  kind: RadarSeriesKind;
  label: SeriesLabel;
  /** When the ratings were made (derived series), for the legend and the table. */
  authored?: string;
  values: (number | null)[];
  /** The series a change is measured from (the baseline), when there is one. */
  reference?: { label: SeriesLabel; values: (number | null)[] };
  style: SeriesStyle;
}

/** Everything the radar draws, derived from the element's inputs. */
export interface RadarData {
  axes: RadarAxis[];
  series: PlottedSeries[];
  /** Non-fatal notes: assessments left out, several participants given. */
  warnings: StegIssue[];
}

/** The element's parsed inputs. */
export interface RadarInputs {
  instrument: Instrument;
  assessments?: readonly Assessment[] | undefined;
  goals?: readonly AreaGoal[] | undefined;
  series?: readonly RadarSeries[] | undefined;
  role: RespondentRole;
  compareRoles: boolean;
  subjectId?: string | undefined;
}

const canonical: Record<Exclude<RadarSeriesKind, 'other'>, SeriesStyle> = {
  baseline: { colour: 1, marker: 'circle', dash: 'dashed', filled: true },
  latest: { colour: 2, marker: 'square', dash: 'solid', filled: true },
  goal: { colour: 3, marker: 'diamond', dash: 'dotted', filled: false },
  caseManager: { colour: 4, marker: 'triangle', dash: 'dashdot', filled: true },
};

const others: SeriesStyle[] = [
  { colour: 5, marker: 'cross', dash: 'long', filled: true },
  { colour: 4, marker: 'triangle', dash: 'dashdot', filled: true },
  { colour: 3, marker: 'diamond', dash: 'dotted', filled: false },
  { colour: 1, marker: 'circle', dash: 'dashed', filled: true },
  { colour: 2, marker: 'square', dash: 'solid', filled: true },
];

/**
 * Gives every series its look: the first series of each kind gets that kind's style, every
 * further one the next unused combination, so no two series share colour, marker and dashes.
 */
function assignStyles(series: Omit<PlottedSeries, 'style'>[]): PlottedSeries[] {
  const used = new Set<string>();
  let next = 0;
  return series.map((s) => {
    let style: SeriesStyle | undefined = s.kind !== 'other' && !used.has(s.kind) ? canonical[s.kind] : undefined;
    if (style) used.add(s.kind);
    else style = others[next++ % others.length]!;
    return { ...s, style };
  });
}

/** The range of every area of the instrument, for any role that answers it. */
export function areaRanges(
  instrument: Instrument,
): Map<string, AxisRange & { scale: RatingScale; method: LifeArea['scoring']['method'] }> {
  const ranges = new Map<string, AxisRange & { scale: RatingScale; method: LifeArea['scoring']['method'] }>();
  for (const role of instrument.respondentRoles) {
    for (const plan of rolePlan(instrument, role).areas) {
      const known = ranges.get(plan.area.id);
      // A sum answered by different numbers of items per role: draw the widest range.
      if (!known || plan.max - plan.min > known.max - known.min) {
        ranges.set(plan.area.id, { min: plan.min, max: plan.max, scale: plan.scale, method: plan.method });
      }
    }
  }
  return ranges;
}

const valuesOf = (score: AssessmentScore, axes: RadarAxis[]) => axes.map((a) => score.values[a.area.id] ?? null);

/**
 * Builds what the radar draws. From assessments: the baseline and latest occasion of the
 * chosen role (via the SDK's `progression`), or with `compareRoles` the latest of the
 * participant and of the case manager; goals as one series of target values (the newest
 * active goal per area); then any explicit series. Axes are the areas the role answers plus
 * any area an explicit series or goal gives a value for, in instrument order.
 */
export function buildRadarData(inputs: RadarInputs): RadarData {
  const { instrument, role, compareRoles } = inputs;
  const ranges = areaRanges(instrument);
  const warnings: StegIssue[] = [];
  const roles: RespondentRole[] = compareRoles ? ['participant', 'caseManager'] : [role];

  const answered = new Set(roles.flatMap((r) => rolePlan(instrument, r).areas.map((p) => p.area.id)));
  for (const s of inputs.series ?? []) for (const [id, v] of Object.entries(s.values)) if (v !== null) answered.add(id);
  const axes: RadarAxis[] = instrument.areas
    .filter((area) => answered.has(area.id) && ranges.has(area.id))
    .map((area) => {
      const range = ranges.get(area.id)!;
      return {
        area,
        min: range.min,
        max: range.max,
        scale: range.method === 'sum' ? null : range.scale,
        direction: range.scale.direction,
      };
    });

  const derived: Omit<PlottedSeries, 'style'>[] = [];
  let subjectId = inputs.subjectId;
  let baselineValues: (number | null)[] | undefined;
  const assessments = inputs.assessments ?? [];
  if (assessments.length > 0) {
    const follow = (r: RespondentRole, subject?: string): Progression =>
      progression(instrument, assessments, { role: r, ...(subject !== undefined ? { subjectId: subject } : {}) });
    const first = follow(roles[0]!, subjectId);
    subjectId = first.subjectId ?? subjectId;
    warnings.push(...first.warnings);
    if (!compareRoles) {
      if (first.baseline) {
        baselineValues = valuesOf(first.baseline, axes);
        derived.push({
          id: 'baseline',
          kind: 'baseline',
          label: { key: 'baseline' },
          authored: first.baseline.authored,
          values: baselineValues,
        });
      }
      if (first.latest) {
        derived.push({
          id: 'latest',
          kind: 'latest',
          label: { key: 'latest' },
          authored: first.latest.authored,
          values: valuesOf(first.latest, axes),
          ...(baselineValues ? { reference: { label: { key: 'baseline' }, values: baselineValues } } : {}),
        });
      }
    } else {
      const second = follow('caseManager', subjectId ?? undefined);
      warnings.push(...second.warnings.filter((w) => w.code !== 'several_subjects'));
      baselineValues = first.baseline ? valuesOf(first.baseline, axes) : undefined;
      for (const [p, key, kind] of [
        [first, 'participant', 'latest'],
        [second, 'caseManager', 'caseManager'],
      ] as const) {
        const shown = p.latest ?? p.baseline;
        if (!shown) continue;
        derived.push({
          id: key,
          kind,
          label: { key },
          authored: shown.authored,
          values: valuesOf(shown, axes),
          ...(p.latest && p.baseline
            ? { reference: { label: { key: 'baseline' }, values: valuesOf(p.baseline, axes) } }
            : {}),
        });
      }
    }
  }

  const goals = inputs.goals ?? [];
  if (goals.length > 0) {
    const subject = subjectId ?? goals[0]!.subjectId;
    const newest = new Map<string, AreaGoal>();
    for (const goal of goals) {
      if (goal.subjectId !== subject || goal.status === 'dropped') continue;
      const known = newest.get(goal.areaId);
      if (!known || Date.parse(goal.setAt) >= Date.parse(known.setAt)) newest.set(goal.areaId, goal);
    }
    if (newest.size > 0) {
      derived.push({
        id: 'goal',
        kind: 'goal',
        label: { key: 'goal' },
        values: axes.map((a) => newest.get(a.area.id)?.targetValue ?? null),
        ...(baselineValues ? { reference: { label: { key: 'baseline' }, values: baselineValues } } : {}),
      });
    }
  }

  const explicit = inputs.series ?? [];
  const explicitBaseline = explicit.find((s) => s.kind === 'baseline');
  explicit.forEach((s, index) => {
    const values = axes.map((a) => s.values[a.area.id] ?? null);
    const reference =
      s.kind === 'baseline'
        ? undefined
        : explicitBaseline
          ? {
              label: { text: explicitBaseline.label },
              values: axes.map((a) => explicitBaseline.values[a.area.id] ?? null),
            }
          : baselineValues
            ? { label: { key: 'baseline' as const }, values: baselineValues }
            : undefined;
    derived.push({
      id: s.id ?? `series-${index}`,
      kind: s.kind ?? 'other',
      label: { text: s.label },
      values,
      ...(reference ? { reference } : {}),
    });
  });

  // An explicit id may repeat a derived one ("latest"): the legend state must stay apart.
  const taken = new Set<string>();
  for (const s of derived) {
    let id = s.id;
    for (let n = 2; taken.has(id); n++) id = `${s.id}-${n}`;
    s.id = id;
    taken.add(id);
  }
  return { axes, series: assignStyles(derived), warnings };
}
