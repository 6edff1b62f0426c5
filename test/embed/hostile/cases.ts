// Hostile inputs per property, shared by the elements that take that property. Each list mixes
// data that must be rejected (wrong types, missing fields, broken references, NaN, duplicates,
// too much) with data that is legal but nasty (markup, script URLs and bidi overrides in labels,
// 10,000-character labels, 200 areas), which must render as plain text.
import type { Assessment, Instrument } from '../../../src/sdk/index.js';
import {
  validAssessment,
  validCard,
  validEpisode,
  validGoal,
  validInstrument,
  validIntervention,
} from '../../sdk/hostile/fixtures.js';
import { awkwardStrings, injectionStrings, wrongKindNames, wrongKinds } from '../../sdk/hostile/hostile-values.js';
import type { HostileCase } from './harness.js';

/** Valid data for every rich property of `<steg-progression-card>`: what its hostile cases break. */
export const progressionCardBase = () => ({
  instrument: validInstrument(),
  assessments: [
    validAssessment(),
    { ...validAssessment(), id: 'a2', occasion: 'followUp', authored: '2026-06-01T09:00:00Z' },
  ],
  goals: [validGoal()],
  cards: [validCard()],
  interventions: [validIntervention()],
  episodes: [validEpisode()],
});

/** The properties that take a list, for which an empty list is valid. */
const listProperties = new Set(['assessments', 'goals', 'cards', 'interventions', 'episodes', 'series']);

/** Values of the wrong kind for `property`: rejected (undefined and null mean "not set"). */
export function wrongKindCases(property: string): HostileCase[] {
  const list = listProperties.has(property);
  return wrongKinds().map((value, i) => ({
    name: `${property} = ${wrongKindNames[i]}`,
    props: { [property]: value },
    // undefined and null mean "not set"; an empty list is a valid list.
    outcome:
      value === undefined || value === null || (Array.isArray(value) && value.length === 0 && list)
        ? { safe: true }
        : { rejects: property },
  }));
}

/** The same list property with one entry of each wrong kind. */
export function wrongEntryCases(property: string): HostileCase[] {
  return wrongKinds()
    .map((value, i) => ({
      name: `${property} = [${wrongKindNames[i]}]`,
      props: { [property]: [value] },
      outcome: { rejects: property } as const,
    }))
    .filter((c) => c.props[property][0] !== undefined);
}

function instrumentWith(change: (i: Instrument & Record<string, unknown>) => void): Instrument {
  const instrument = validInstrument() as Instrument & Record<string, unknown>;
  change(instrument);
  return instrument;
}

/** The fixture's two areas (so its assessments still fit), then more up to `count`. */
function manyAreas(count: number, label?: (i: number) => string): Instrument {
  return instrumentWith((instrument) => {
    const template = instrument.areas[0]!;
    const more = Array.from({ length: count - instrument.areas.length }, (_, i) => ({
      ...structuredClone(template),
      id: `area-${i}`,
      label: { sv: label ? label(i) : `Område ${i}`, en: `Area ${i}` },
      items: [{ ...template.items[0]!, linkId: `area-${i}.1` }],
    }));
    instrument.areas = [...instrument.areas, ...more];
  });
}

/** A label text that survived as text (what the element shows when it renders it). */
const firstWords = (s: string) => s.slice(0, 40);

/** Hostile instruments: broken ones are rejected, nasty-but-valid ones render as text. */
export function instrumentCases(): HostileCase[] {
  const rejects = { rejects: 'instrument' } as const;
  const broken: [string, Instrument | Record<string, unknown>][] = [
    ['no id', instrumentWith((i) => delete (i as Record<string, unknown>).id)],
    ['no areas', instrumentWith((i) => delete (i as Record<string, unknown>).areas)],
    ['areas = []', instrumentWith((i) => (i.areas = []))],
    ['areas is an object', instrumentWith((i) => ((i as Record<string, unknown>).areas = { 0: i.areas[0] }))],
    ['an area without items', instrumentWith((i) => (i.areas[0]!.items = []))],
    ['an item on an unknown scale', instrumentWith((i) => (i.areas[0]!.items[0]!.scaleId = 'nope'))],
    ['duplicate area ids', instrumentWith((i) => (i.areas[1]!.id = i.areas[0]!.id))],
    ['duplicate linkIds', instrumentWith((i) => (i.areas[1]!.items[0]!.linkId = i.areas[0]!.items[0]!.linkId))],
    ['scale max below min', instrumentWith((i) => (i.scales.fem!.max = 0))],
    ['scale min NaN', instrumentWith((i) => (i.scales.fem!.min = Number.NaN))],
    ['scale max Infinity', instrumentWith((i) => (i.scales.fem!.max = Number.POSITIVE_INFINITY))],
    // Each once ran out of memory or looped for many seconds (a step per value), freezing the tab.
    [
      'scale 0–1e8',
      instrumentWith((i) => {
        (i.scales.fem as { min: number }).min = 0;
        i.scales.fem!.max = 1e8;
      }),
    ],
    ['scale max MAX_SAFE_INTEGER', instrumentWith((i) => (i.scales.fem!.max = Number.MAX_SAFE_INTEGER))],
    [
      'a mean-scored area of 217 items',
      instrumentWith((i) => {
        const area = i.areas[1]!;
        area.items = Array.from({ length: 217 }, (_, n) => ({ ...area.items[0]!, linkId: `halsa.big.${n}` }));
      }),
    ],
    ['a step value NaN', instrumentWith((i) => ((i.scales.fem!.steps[0] as { value: number }).value = Number.NaN))],
    ['steps missing', instrumentWith((i) => delete (i.scales.fem as Record<string, unknown>).steps)],
    ['201 areas', manyAreas(201)],
    ['version "latest"', instrumentWith((i) => (i.version = 'latest'))],
    ['title is a number', instrumentWith((i) => ((i as Record<string, unknown>).title = 42))],
    ['an area label without Swedish', instrumentWith((i) => (i.areas[0]!.label = { en: 'Housing' } as never))],
    ['an area label with an empty Swedish text', instrumentWith((i) => (i.areas[0]!.label = { sv: '' }))],
    ['an unknown respondent role', instrumentWith((i) => (i.respondentRoles = ['hacker' as never]))],
    ['an unknown field', instrumentWith((i) => ((i as Record<string, unknown>).onload = 'alert(1)'))],
    ['an area id with markup', instrumentWith((i) => (i.areas[0]!.id = '<img src=x onerror=alert(1)>'))],
    ['an area id of 10,000 characters', instrumentWith((i) => (i.areas[0]!.id = 'a'.repeat(10_000)))],
  ];
  const cases: HostileCase[] = [
    ...wrongKindCases('instrument'),
    ...broken.map(([name, instrument]) => ({ name: `instrument: ${name}`, props: { instrument }, outcome: rejects })),
  ];
  for (const text of [...injectionStrings, ...awkwardStrings.filter((s) => s.trim() !== '')]) {
    cases.push({
      name: `area label ${JSON.stringify(text.slice(0, 30))}`,
      props: { instrument: instrumentWith((i) => (i.areas[0]!.label = { sv: text, en: text })) },
      // Long labels may be shortened on screen; the start must show as typed.
      outcome: {
        renders: true,
        shows: text.length <= 200 && ![...text].some((ch) => ch.charCodeAt(0) < 32) ? firstWords(text) : undefined,
      },
    });
  }
  cases.push(
    {
      name: 'item text with markup',
      props: {
        instrument: instrumentWith(
          (i) => (i.areas[0]!.items[0]!.text = { sv: injectionStrings[1]!, en: injectionStrings[1]! }),
        ),
      },
      outcome: { renders: true },
    },
    {
      name: 'step labels with markup and bidi overrides',
      props: {
        instrument: instrumentWith((i) =>
          i.scales.fem!.steps.forEach(
            (s, n) => ((s as { label: unknown }).label = { sv: `${injectionStrings[n]}\u202E${n}`, en: 'x' }),
          ),
        ),
      },
      outcome: { renders: true },
    },
    { name: '200 areas', props: { instrument: manyAreas(200) }, outcome: { renders: true } },
    {
      name: '200 areas with 10,000-character labels',
      props: { instrument: manyAreas(200, (i) => `${i} ${'lång etikett '.repeat(770)}`) },
      outcome: { renders: true },
    },
  );
  return cases;
}

/** Hostile assessment lists for an element that also has `validInstrument()`. */
export function assessmentsCases(property = 'assessments'): HostileCase[] {
  const rejects = { rejects: property } as const;
  const withAnswer = (change: (a: Assessment & Record<string, unknown>) => void): Assessment[] => {
    const assessment = validAssessment() as Assessment & Record<string, unknown>;
    change(assessment);
    return [assessment];
  };
  const broken: [string, unknown][] = [
    ['a value NaN', withAnswer((a) => (a.answers[0]!.value = Number.NaN))],
    ['a value Infinity', withAnswer((a) => (a.answers[0]!.value = Number.POSITIVE_INFINITY))],
    ['a value -Infinity', withAnswer((a) => (a.answers[0]!.value = Number.NEGATIVE_INFINITY))],
    ['a value "3"', withAnswer((a) => ((a.answers[0] as { value: unknown }).value = '3'))],
    ['duplicate answers', withAnswer((a) => a.answers.push({ ...a.answers[0]! }))],
    ['no answers field', withAnswer((a) => delete (a as Record<string, unknown>).answers)],
    ['authored "yesterday"', withAnswer((a) => (a.authored = 'yesterday'))],
    ['an unknown role', withAnswer((a) => (a.role = '<script>' as never))],
    ['a subject id with markup', withAnswer((a) => (a.subjectId = '<img src=x onerror=alert(1)>'))],
    ['a comment of 10,001 characters', withAnswer((a) => (a.answers[1]!.comment = 'x'.repeat(10_001)))],
    ['both a value and a missing code', withAnswer((a) => (a.answers[0]!.missing = 'declined'))],
  ];
  return [
    ...wrongKindCases(property),
    ...wrongEntryCases(property),
    ...broken.map(([name, value]) => ({
      name: `${property}: ${name}`,
      props: { [property]: value },
      outcome: rejects,
    })),
    {
      name: `${property}: a comment with markup`,
      props: { [property]: withAnswer((a) => (a.answers[1]!.comment = injectionStrings[1])) },
      outcome: { safe: true },
    },
    {
      name: `${property}: an answer for an item the instrument does not have`,
      props: { [property]: withAnswer((a) => (a.answers[0]!.linkId = 'nowhere.1')) },
      outcome: { safe: true },
    },
    {
      name: `${property}: 500 assessments of one participant`,
      props: {
        [property]: Array.from({ length: 500 }, (_, n) => ({
          ...validAssessment(),
          id: `a${n}`,
          authored: new Date(Date.UTC(2020, 0, 1 + n)).toISOString(),
        })),
      },
      outcome: { safe: true },
    },
  ];
}

/** Hostile goal lists. */
export function goalsCases(): HostileCase[] {
  const one = (change: (g: Record<string, unknown>) => void) => {
    const goal = validGoal() as unknown as Record<string, unknown>;
    change(goal);
    return [goal];
  };
  return [
    ...wrongKindCases('goals'),
    {
      name: 'goals: target NaN',
      props: { goals: one((g) => (g.targetValue = Number.NaN)) },
      outcome: { rejects: 'goals' },
    },
    {
      name: 'goals: target Infinity',
      props: { goals: one((g) => (g.targetValue = Number.POSITIVE_INFINITY)) },
      outcome: { rejects: 'goals' },
    },
    { name: 'goals: no area', props: { goals: one((g) => delete g.areaId) }, outcome: { rejects: 'goals' } },
    { name: 'goals: duplicate ids', props: { goals: [...one(() => {}), ...one(() => {})] }, outcome: { safe: true } },
  ];
}

/** Hostile progression card lists. */
export function cardsCases(): HostileCase[] {
  const one = (change: (c: Record<string, unknown>) => void) => {
    const card = validCard() as unknown as Record<string, unknown>;
    change(card);
    return [card];
  };
  const cases: HostileCase[] = [
    ...wrongKindCases('cards'),
    { name: 'cards: empty text', props: { cards: one((c) => (c.text = '')) }, outcome: { rejects: 'cards' } },
    {
      name: 'cards: 2,001 characters',
      props: { cards: one((c) => (c.text = 'x'.repeat(2001))) },
      outcome: { rejects: 'cards' },
    },
    {
      name: 'cards: achieved without a date',
      props: { cards: one((c) => delete c.achievedAt) },
      outcome: { rejects: 'cards' },
    },
    {
      name: 'cards: status "hacked"',
      props: { cards: one((c) => (c.status = 'hacked')) },
      outcome: { rejects: 'cards' },
    },
    { name: 'cards: duplicate ids', props: { cards: [...one(() => {}), ...one(() => {})] }, outcome: { safe: true } },
  ];
  for (const text of injectionStrings.slice(0, 8)) {
    cases.push({
      name: `cards: text ${JSON.stringify(text.slice(0, 30))}`,
      props: { cards: one((c) => (c.text = text)) },
      outcome: { renders: true, shows: text },
    });
  }
  return cases;
}

/** Hostile intervention and episode lists. */
export function interventionCases(): HostileCase[] {
  const intervention = (change: (c: Record<string, unknown>) => void) => {
    const value = validIntervention() as unknown as Record<string, unknown>;
    change(value);
    return [value];
  };
  const episode = (change: (c: Record<string, unknown>) => void) => {
    const value = validEpisode() as unknown as Record<string, unknown>;
    change(value);
    return [value];
  };
  return [
    ...wrongKindCases('interventions'),
    ...wrongKindCases('episodes'),
    {
      name: 'interventions: category "evil"',
      props: { interventions: intervention((i) => (i.category = 'evil')) },
      outcome: { rejects: 'interventions' },
    },
    {
      name: 'interventions: a label with markup',
      props: { interventions: intervention((i) => (i.label = { sv: injectionStrings[1], en: injectionStrings[1] })) },
      outcome: { safe: true },
    },
    {
      name: 'episodes: ends before it starts',
      props: { episodes: episode((e) => (e.end = '2020-01-01')) },
      outcome: { rejects: 'episodes' },
    },
    {
      name: 'episodes: start "now"',
      props: { episodes: episode((e) => (e.start = 'now')) },
      outcome: { rejects: 'episodes' },
    },
  ];
}

/** Hostile attribute values every element reads. */
export function attributeCases(): HostileCase[] {
  return [
    { name: 'lang with markup', attrs: { lang: '<img src=x onerror=alert(1)>' }, outcome: { safe: true } },
    { name: 'lang of 10,000 characters', attrs: { lang: 'x'.repeat(10_000) }, outcome: { safe: true } },
    { name: 'dir="sideways"', attrs: { dir: 'sideways' }, outcome: { safe: true } },
    { name: 'dir="rtl"', attrs: { dir: 'rtl' }, outcome: { safe: true } },
    { name: 'theme="javascript:alert(1)"', attrs: { theme: 'javascript:alert(1)' }, outcome: { safe: true } },
  ];
}
