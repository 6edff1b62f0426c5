import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/components/radar/define.js';
import type { StegRadar } from '../../../src/components/radar/radar.js';
import type { AreaGoal, Assessment, Instrument } from '../../../src/sdk/index.js';

const step = (value: number, sv: string, en: string) => ({ value, code: `s${value}`, label: { sv, en } });

/**
 * Five areas on a 1–5 scale with stages; both roles answer every area, each with its own item;
 * "health" is the mean of two items (its scores can fall between steps).
 */
export const radarInstrument: Instrument = {
  id: 'test:radar',
  version: '1.0.0',
  title: { sv: 'Radartest', en: 'Radar test' },
  licence: { derivativesAllowed: true },
  respondentRoles: ['participant', 'caseManager'],
  scales: {
    five: {
      id: 'five',
      min: 1,
      max: 5,
      direction: 'higherIsBetter',
      steps: [
        step(1, 'Mycket svårt', 'Very hard'),
        step(2, 'Svårt', 'Hard'),
        step(3, 'Ibland', 'Sometimes'),
        step(4, 'Oftast', 'Mostly'),
        step(5, 'Alltid', 'Always'),
      ],
      stages: [
        { id: 'stuck', from: 1, to: 2, label: { sv: 'Fast', en: 'Stuck' } },
        { id: 'moving', from: 3, to: 5, label: { sv: 'På väg', en: 'Moving' } },
      ],
      missingCodes: [{ code: 'unknown', label: { sv: 'Vet inte', en: "Don't know" } }],
    },
  },
  areas: [
    ...(
      [
        ['housing', 'Boende', 'Housing', 'Bo'],
        ['money', 'Ekonomi och räkningar', 'Money and bills', 'Pengar'],
        ['work', 'Arbete och sysselsättning', 'Work and occupation', 'Arbete'],
        ['network', 'Relationer och nätverk', 'Relationships and network', 'Nätverk'],
      ] as const
    ).map(([id, sv, en, short]) => ({
      id,
      label: { sv, en },
      shortLabel: { sv: short, en: short },
      items: [
        { linkId: id, text: { sv: `${sv}?`, en: `${en}?` }, scaleId: 'five', roles: ['participant' as const] },
        {
          linkId: `${id}.cm`,
          text: { sv: `${sv} (handläggare)?`, en: `${en} (case manager)?` },
          scaleId: 'five',
          roles: ['caseManager' as const],
        },
      ],
      scoring: { method: 'single' as const },
    })),
    {
      id: 'health',
      label: { sv: 'Hälsa', en: 'Health' },
      shortLabel: { sv: 'Hälsa', en: 'Health' },
      items: [
        { linkId: 'health.body', text: { sv: 'Kropp?', en: 'Body?' }, scaleId: 'five' },
        { linkId: 'health.mind', text: { sv: 'Mående?', en: 'Mind?' }, scaleId: 'five' },
      ],
      scoring: { method: 'mean' },
    },
  ],
};

type Values = Partial<Record<'housing' | 'money' | 'work' | 'network' | 'body' | 'mind', number | null>>;

/** An assessment of subject `p1` (or another) with one value per area (`null` answers "Vet inte"). */
export function assessment(
  id: string,
  occasion: Assessment['occasion'],
  authored: string,
  values: Values,
  role: Assessment['role'] = 'participant',
  subjectId = 'p1',
): Assessment {
  const suffix = role === 'caseManager' ? '.cm' : '';
  return {
    id,
    instrument: { id: 'test:radar', version: '1.0.0' },
    subjectId,
    role,
    occasion,
    authored,
    status: 'completed',
    answers: Object.entries(values).map(([key, value]) => {
      const linkId = key === 'body' || key === 'mind' ? `health.${key}` : `${key}${suffix}`;
      return value === null ? { linkId, value: null, missing: 'unknown' as const } : { linkId, value: value! };
    }),
  };
}

/** Participant p1: baseline, a follow-up and exit; the case manager at baseline and exit. */
export const assessments: Assessment[] = [
  assessment('a1', 'baseline', '2026-01-12', { housing: 2, money: 1, work: 1, network: 3, body: 2, mind: 3 }),
  assessment('a2', 'followUp', '2026-04-14', { housing: 3, money: 2, work: 2, network: 3, body: 3, mind: 3 }),
  assessment('a3', 'exit', '2026-07-15', { housing: 4, money: 3, work: 2, network: 2, body: 4, mind: 3 }),
  assessment(
    'c1',
    'baseline',
    '2026-01-12',
    { housing: 3, money: 2, work: 1, network: 3, body: 2, mind: 2 },
    'caseManager',
  ),
  assessment(
    'c2',
    'exit',
    '2026-07-15',
    { housing: 4, money: 2, work: 3, network: 3, body: 3, mind: 3 },
    'caseManager',
  ),
];

/** p1's goals: two active, one dropped (not drawn), and an older one replaced by a newer one. */
export const goals: AreaGoal[] = [
  { id: 'g1', subjectId: 'p1', areaId: 'housing', setBy: 'participant', setAt: '2026-01-12', targetValue: 4 },
  { id: 'g2', subjectId: 'p1', areaId: 'work', setBy: 'participant', setAt: '2026-01-12', targetValue: 3 },
  { id: 'g3', subjectId: 'p1', areaId: 'work', setBy: 'participant', setAt: '2026-04-14', targetValue: 4 },
  {
    id: 'g4',
    subjectId: 'p1',
    areaId: 'money',
    setBy: 'participant',
    setAt: '2026-01-12',
    targetValue: 5,
    status: 'dropped',
  },
];

/** Renders a template and waits for the radar in it (without waiting for frames). */
export async function mount<T extends Element = StegRadar>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  const radar = (el.localName === 'steg-radar' ? el : el.querySelector('steg-radar')) as StegRadar | null;
  if (radar) {
    await radar.updateComplete;
    await radar.updateComplete;
  }
  return el;
}

/** The shadow root of a radar. */
export const root = (el: StegRadar): ShadowRoot => el.shadowRoot!;

/** The live region's text. */
export const readout = (el: StegRadar): string =>
  root(el).querySelector('.readout')!.textContent!.replace(/\s+/g, ' ').trim();

/** The chart's focusable element (the one tab stop). */
export const plot = (el: StegRadar): HTMLElement => root(el).querySelector<HTMLElement>('.plot')!;

/**
 * Where each value of a series is drawn, by area id: the vertices of its outline (which passes
 * through every drawn point, and stops at gaps), matched to their axis by angle.
 */
export function markerPositions(el: StegRadar, seriesId: string): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const outline = root(el).querySelector(`g.series[data-series="${seriesId}"] .outline`);
  if (!outline) return out;
  const areas = [...root(el).querySelectorAll<SVGTextElement>('.axis-label')].map((t) => t.dataset['area']!);
  const rtl = getComputedStyle(el).direction === 'rtl';
  for (const [, x, y] of outline.getAttribute('d')!.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)) {
    const px = Number(x);
    const py = Number(y);
    let turn = Math.atan2(rtl ? -px : px, -py) / (2 * Math.PI);
    if (turn < 0) turn += 1;
    out.set(areas[Math.round(turn * areas.length) % areas.length]!, { x: px, y: py });
  }
  return out;
}

/** The numbers in the data table, by series id and area id (null for "Saknas"). */
export function tableValues(el: StegRadar): Map<string, Map<string, number | null>> {
  const out = new Map<string, Map<string, number | null>>();
  for (const row of root(el).querySelectorAll<HTMLTableRowElement>('tbody tr')) {
    for (const cell of row.querySelectorAll<HTMLTableCellElement>('td[data-series]')) {
      const series = cell.dataset['series']!;
      if (!out.has(series)) out.set(series, new Map());
      const text = cell.textContent!.trim();
      const number = /^[−-]?\d+(?:[,.]\d+)?/.exec(text)?.[0];
      out
        .get(series)!
        .set(row.dataset['area']!, number === undefined ? null : Number(number.replace(',', '.').replace('−', '-')));
    }
  }
  return out;
}
