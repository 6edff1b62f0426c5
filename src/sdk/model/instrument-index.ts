import type { Instrument, Item, LifeArea, RatingScale, RespondentRole, ScaleStage, ScaleStep } from './instrument.js';
import type { LocalizedText } from './localized-text.js';

/** Where an item lives: the item, its area and its scale. */
export interface IndexedItem {
  item: Item;
  area: LifeArea;
  areaIndex: number;
  scale: RatingScale;
}

/** Fast look-ups into a parsed instrument, built once per instrument object. */
export interface InstrumentIndex {
  instrument: Instrument;
  items: Map<string, IndexedItem>;
  areas: Map<string, LifeArea>;
  /** The scale an area's score lies on (the scale of its first item). */
  areaScale: Map<string, RatingScale>;
}

const cache = new WeakMap<Instrument, InstrumentIndex>();

/** Indexes an instrument by linkId and area id. Cached per instrument object. */
export function indexInstrument(instrument: Instrument): InstrumentIndex {
  let index = cache.get(instrument);
  if (index) return index;
  const items = new Map<string, IndexedItem>();
  const areas = new Map<string, LifeArea>();
  const areaScale = new Map<string, RatingScale>();
  instrument.areas.forEach((area, areaIndex) => {
    areas.set(area.id, area);
    const first = area.items[0];
    const firstScale = first ? instrument.scales[first.scaleId] : undefined;
    if (firstScale) areaScale.set(area.id, firstScale);
    for (const item of area.items) {
      const scale = instrument.scales[item.scaleId];
      if (scale) items.set(item.linkId, { item, area, areaIndex, scale });
    }
  });
  index = { instrument, items, areas, areaScale };
  cache.set(instrument, index);
  return index;
}

/** Whether a role answers an item (items without `roles` are for every role). */
export function itemIsForRole(item: Item, role: RespondentRole): boolean {
  return !item.roles || item.roles.includes(role) || (role === 'joint' && item.roles.includes('participant'));
}

/** The areas and items a role answers, in instrument order; areas with no item for the role are left out. */
export function areasForRole(instrument: Instrument, role: RespondentRole): { area: LifeArea; items: Item[] }[] {
  return instrument.areas
    .map((area) => ({ area, items: area.items.filter((item) => itemIsForRole(item, role)) }))
    .filter((entry) => entry.items.length > 0);
}

/** The step of a scale with this value, if any. */
export function stepFor(scale: RatingScale, value: number): ScaleStep | undefined {
  return scale.steps.find((s) => s.value === value);
}

/**
 * The stage a value falls in, if the scale has stages. Fractional scores (means) are rounded
 * toward the worse end of the scale: down where higher is better, up where lower is better,
 * so a mean between two stages never reads as the better one.
 */
export function stageFor(scale: RatingScale, value: number | null | undefined): ScaleStage | undefined {
  if (value === null || value === undefined || !Number.isFinite(value) || !scale.stages) return undefined;
  const v = scale.direction === 'lowerIsBetter' ? Math.ceil(value - 1e-9) : Math.floor(value + 1e-9);
  return scale.stages.find((s) => v >= s.from && v <= s.to);
}

/** An item as one role reads it: its question and help in that role's voice, where it has one. */
export function itemForRole(item: Item, role: RespondentRole): Item {
  const own = item.byRole?.[role];
  if (!own) return item;
  return { ...item, text: own.text ?? item.text, help: own.help ?? item.help };
}

const scalesForRole = new WeakMap<RatingScale, Partial<Record<RespondentRole, RatingScale>>>();

/**
 * A scale as one role reads it: step, stage and missing-code labels and descriptions in that role's
 * voice, where they have one; the scale itself when none differs. Cached per scale object and role,
 * so a form that re-renders gets the same object back.
 */
export function scaleForRole(scale: RatingScale, role: RespondentRole): RatingScale {
  let byRole = scalesForRole.get(scale);
  if (!byRole) scalesForRole.set(scale, (byRole = {}));
  const cached = byRole[role];
  if (cached) return cached;
  const voiced =
    scale.steps.some((s) => s.byRole?.[role]) ||
    scale.stages?.some((s) => s.byRole?.[role]) ||
    scale.missingCodes?.some((m) => m.byRole?.[role]);
  const result: RatingScale = !voiced
    ? scale
    : {
        ...scale,
        steps: scale.steps.map((step) => withWording(step, step.byRole?.[role])),
        ...(scale.stages ? { stages: scale.stages.map((stage) => withWording(stage, stage.byRole?.[role])) } : {}),
        ...(scale.missingCodes
          ? { missingCodes: scale.missingCodes.map((m) => withWording(m, m.byRole?.[role])) }
          : {}),
      };
  byRole[role] = result;
  return result;
}

function withWording<T extends { label: LocalizedText; description?: LocalizedText }>(
  target: T,
  own: { label?: LocalizedText; description?: LocalizedText } | undefined,
): T {
  if (!own) return target;
  return {
    ...target,
    label: own.label ?? target.label,
    ...(own.description || target.description ? { description: own.description ?? target.description } : {}),
  };
}
