import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing, type TemplateResult } from 'lit';
import { StegRadar } from '../src/components/radar/define.js';
import type { RadarSeries } from '../src/components/radar/radar-series.js';
import {
  arbetsnara,
  generateSampleCohort,
  livsomraden,
  progression,
  sampleParticipant,
  type AreaGoal,
  type Assessment,
  type Instrument,
  type LifeArea,
} from '../src/sdk/index.js';

// Importing the class, not only the module, keeps a bundler that trusts package.json
// "sideEffects" from dropping the registration.
if (!customElements.get('steg-radar')) customElements.define('steg-radar', StegRadar);

// ---------------------------------------------------------------------------------------------
// Data: the built-in instruments with the SDK's sample cohort, and a few instruments made for
// the stories (3 and 16 areas, long Swedish labels, Arabic labels).

const cohort = generateSampleCohort({ seed: 7, participants: 40 });
const improved = sampleParticipant(cohort, 'improved')!;
const ofSubject = <T extends { subjectId: string }>(list: readonly T[], subject: string) =>
  list.filter((x) => x.subjectId === subject);
const assessments: Assessment[] = ofSubject(cohort.assessments, improved);
const goals: AreaGoal[] = ofSubject(cohort.goals, improved);

const workCohort = generateSampleCohort({ seed: 3, participants: 30, instrument: arbetsnara });
const workSubject = sampleParticipant(workCohort, 'improved')!;
const workAssessments = ofSubject(workCohort.assessments, workSubject);
const workGoals = ofSubject(workCohort.goals, workSubject);

/** The participant's latest assessment with two areas answered "Vet inte": the chart shows gaps. */
const withMissing: Assessment[] = (() => {
  const latest = progression(livsomraden, assessments).latest;
  return assessments.map((a) =>
    a.id !== latest?.assessmentId
      ? a
      : {
          ...a,
          answers: a.answers.map((answer) =>
            answer.linkId === 'finances' || answer.linkId === 'relationships'
              ? { linkId: answer.linkId, value: null, missing: 'unknown' as const }
              : answer,
          ),
        },
  );
})();

type AreaSpec = [id: string, sv: string, en: string, shortSv: string, shortEn: string];

/** An instrument with one 1–10 item per area, on the ladder scale of `livsomraden`. */
function storyInstrument(id: string, areas: AreaSpec[]): Instrument {
  return {
    id: `story:${id}`,
    version: '1.0.0',
    title: { sv: 'Livsområden (exempel)', en: 'Life areas (example)' },
    licence: { spdx: 'MIT', derivativesAllowed: true },
    scales: { ladder10: livsomraden.scales['ladder10']! },
    areas: areas.map(([areaId, sv, en, shortSv, shortEn]): LifeArea => ({
      id: areaId,
      label: { sv, en },
      shortLabel: { sv: shortSv, en: shortEn },
      items: [{ linkId: areaId, text: { sv, en }, scaleId: 'ladder10' }],
      scoring: { method: 'single' },
    })),
    respondentRoles: ['participant', 'caseManager'],
  };
}

const longAreas: AreaSpec[] = [
  ['work', 'Arbete, praktik och annan sysselsättning', 'Work, work placement and other occupation', 'Arbete', 'Work'],
  ['finances', 'Ekonomi och förmåga att betala räkningar i tid', 'Money and paying bills on time', 'Ekonomi', 'Money'],
  ['housing', 'Boende och trygghet i hemmet', 'Housing and feeling safe at home', 'Boende', 'Housing'],
  ['body', 'Fysisk hälsa, sömn och rörelse', 'Physical health, sleep and exercise', 'Kropp', 'Body'],
  ['mind', 'Psykiskt mående och hantering av oro', 'Mental well-being and handling worry', 'Mående', 'Well-being'],
  ['routines', 'Vardagsrutiner och struktur i veckan', 'Daily routines and a structured week', 'Vardag', 'Routines'],
  [
    'relations',
    'Relationer till familj, vänner och grannar',
    'Family, friends and neighbours',
    'Relationer',
    'Relations',
  ],
  [
    'skills',
    'Utbildning, språk och yrkeskunskaper',
    'Education, language and vocational skills',
    'Kunskaper',
    'Skills',
  ],
  [
    'authorities',
    'Kontakter med myndigheter och vården',
    'Dealing with authorities and health care',
    'Myndigheter',
    'Authorities',
  ],
  ['addiction', 'Alkohol, spel och andra beroenden', 'Alcohol, gambling and other addictions', 'Beroende', 'Addiction'],
  ['leisure', 'Fritid, intressen och meningsfull tid', 'Leisure, interests and meaningful time', 'Fritid', 'Leisure'],
  [
    'confidence',
    'Självförtroende och tilltro till egen förmåga',
    'Self-confidence and belief in oneself',
    'Tilltro',
    'Confidence',
  ],
  [
    'jobsearch',
    'Arbetsmarknadskunskap och jobbsökande',
    'Knowing the labour market and job search',
    'Jobbsök',
    'Job search',
  ],
  ['digital', 'Digital vana och tillgång till internet', 'Digital skills and internet access', 'Digitalt', 'Digital'],
  ['society', 'Samhällsorientering och rättigheter', 'Knowing society and one’s rights', 'Samhälle', 'Society'],
  [
    'future',
    'Framtidsplaner och motivation att förändra',
    'Plans for the future and motivation to change',
    'Framtid',
    'Future',
  ],
];
const sixteen = storyInstrument('sixteen', longAreas);
const three = storyInstrument('three', [
  ['work', 'Arbete och sysselsättning', 'Work and occupation', 'Arbete', 'Work'],
  ['housing', 'Boende', 'Housing', 'Boende', 'Housing'],
  ['health', 'Hälsa och mående', 'Health and well-being', 'Hälsa', 'Health'],
]);

/** Deterministic example values for a baseline, a latest rating and goals. */
function exampleSeries(instrument: Instrument, gaps: string[] = []): RadarSeries[] {
  const ids = instrument.areas.map((a) => a.id);
  const base = ids.map((_, i) => 2 + ((i * 7 + 3) % 5));
  const values = (shift: (v: number, i: number) => number) =>
    Object.fromEntries(ids.map((id, i) => [id, Math.max(1, Math.min(10, shift(base[i]!, i)))]));
  const latest = values((v, i) => v + ((i * 5) % 4));
  for (const id of gaps) latest[id] = null as unknown as number;
  return [
    { id: 'start', label: { sv: 'Start', en: 'Baseline' }, kind: 'baseline', values: values((v) => v) },
    { id: 'latest', label: { sv: 'Senaste', en: 'Latest' }, kind: 'latest', values: latest },
    { id: 'goal', label: { sv: 'Mål', en: 'Goal' }, kind: 'goal', values: values((v, i) => v + 2 + (i % 3)) },
  ];
}

/** `livsomraden` with Arabic labels and step labels added to a copy. */
const arabic: Instrument = (() => {
  const copy = structuredClone(livsomraden) as Instrument;
  const labels: Record<string, string> = {
    work: 'العمل والنشاط',
    finances: 'الاقتصاد',
    housing: 'السكن',
    physicalHealth: 'الصحة الجسدية',
    mentalWellbeing: 'الصحة النفسية',
    everydayLife: 'الحياة اليومية والروتين',
    relationships: 'العلاقات والشبكة الاجتماعية',
    education: 'التعليم والمعرفة',
  };
  const steps = [
    'صعب جدًا',
    'صعب',
    'أريد المساعدة',
    'أحصل على المساعدة',
    'أحاول',
    'أحاول كثيرًا',
    'ينجح غالبًا',
    'يسير بشكل جيد',
    'أتدبر الأمر',
    'أتدبر الأمر تمامًا',
  ];
  for (const area of copy.areas) area.label = { ...area.label, ar: labels[area.id]! };
  copy.scales['ladder10']!.steps.forEach((step, i) => (step.label = { ...step.label, ar: steps[i]! }));
  return copy;
})();

// ---------------------------------------------------------------------------------------------

interface Args {
  instrument?: unknown;
  assessments?: unknown;
  goals?: unknown;
  series?: unknown;
  respondentRole: 'participant' | 'caseManager' | 'joint';
  compareRoles: boolean;
  shortLabels: boolean;
  showTable: boolean;
  grid: 'steps' | 'stages';
  stageLabels: boolean;
  lang: string;
  dir: 'ltr' | 'rtl';
  theme?: 'light' | 'dark';
  width?: string;
  view?: 'auto' | 'radar' | 'dots';
}

const render = (args: Args): TemplateResult => html`<div style=${args.width ? `max-width: ${args.width}` : nothing}>
  <steg-radar
    lang=${args.lang}
    dir=${args.dir}
    theme=${args.theme ?? nothing}
    respondent-role=${args.respondentRole}
    grid=${args.grid}
    view=${args.view ?? nothing}
    ?compare-roles=${args.compareRoles}
    ?short-labels=${args.shortLabels}
    ?show-table=${args.showTable}
    ?stage-labels=${args.stageLabels}
    .instrument=${args.instrument}
    .assessments=${args.assessments}
    .goals=${args.goals}
    .series=${args.series}
  ></steg-radar>
</div>`;

const meta: Meta<Args> = {
  title: 'Komponenter/Radar',
  component: 'steg-radar',
  tags: ['autodocs'],
  render,
  args: {
    instrument: livsomraden,
    assessments,
    goals,
    respondentRole: 'participant',
    compareRoles: false,
    shortLabels: false,
    showTable: false,
    grid: 'steps',
    stageLabels: false,
    lang: 'sv',
    dir: 'ltr',
  },
  argTypes: {
    instrument: { control: false },
    assessments: { control: false },
    goals: { control: false },
    series: { control: false },
    respondentRole: { control: 'inline-radio', options: ['participant', 'caseManager', 'joint'] },
    grid: { control: 'inline-radio', options: ['steps', 'stages'] },
    lang: { control: 'inline-radio', options: ['sv', 'en', 'ar'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    view: { control: 'inline-radio', options: ['auto', 'radar', 'dots'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A radar chart of life areas: baseline, latest and goal, or the participant and the case manager side by side. ' +
          'Tab to the chart, then use the arrow keys: left/right between areas, up/down between series, Home/End. ' +
          'The focused point is read aloud; the data table has every number; missing values are gaps.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** `livsomraden`: the participant's baseline, latest rating and goals, from the sample cohort. */
export const BaselineLatestGoal: Story = { name: 'Start, senaste och mål' };

/** `arbetsnara` (BIP-style indicators on a 1–5 scale; area scores are means of several items). */
export const Arbetsnara: Story = {
  name: 'Arbetsnära',
  args: { instrument: arbetsnara, assessments: workAssessments, goals: workGoals },
};

/** The participant's latest rating against the case manager's. */
export const ParticipantVsCaseManager: Story = {
  name: 'Deltagare mot handläggare',
  args: { compareRoles: true, goals: undefined },
};

/** Three areas. */
export const ThreeAreas: Story = {
  name: 'Tre områden',
  args: { instrument: three, assessments: undefined, goals: undefined, series: exampleSeries(three) },
};

/** Eight areas. */
export const EightAreas: Story = { name: 'Åtta områden', args: { assessments, goals: undefined } };

/** Sixteen areas with long Swedish labels: wrapped, placed by angle, never overlapping. */
export const SixteenAreasLongLabels: Story = {
  name: 'Sexton områden, långa etiketter',
  args: { instrument: sixteen, assessments: undefined, goals: undefined, series: exampleSeries(sixteen) },
};

/** Sixteen areas with each area's short label. */
export const SixteenAreasShortLabels: Story = {
  name: 'Sexton områden, korta etiketter',
  args: {
    instrument: sixteen,
    assessments: undefined,
    goals: undefined,
    series: exampleSeries(sixteen),
    shortLabels: true,
  },
};

/** "Vet inte" in two areas of the latest rating: gaps in the line, said so in the table and readout. */
export const MissingData: Story = {
  name: 'Saknade värden',
  args: { assessments: withMissing, goals: undefined, showTable: true },
};

/** Stage rings with stage names instead of a ring per step. */
export const Stages: Story = { name: 'Faser', args: { grid: 'stages', stageLabels: true } };

/** Right to left, with Arabic labels added to a copy of the instrument (the built-in interface strings fall back to Swedish). */
export const RightToLeftArabic: Story = {
  name: 'Höger till vänster (arabiska)',
  args: { instrument: arabic, lang: 'ar', dir: 'rtl' },
};

/** Dark colour scheme. */
export const Dark: Story = {
  name: 'Mörkt',
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#15191d;padding:1rem;color-scheme:dark">${story()}</div>`],
};

/**
 * Forced colours (Windows contrast themes) come from the system, never from a theme of these stories:
 * turn them on in Chrome or Edge DevTools, Rendering → "Emulate CSS media feature forced-colors: active",
 * with "prefers-color-scheme" light or dark for the two system palettes. Every story is checked that
 * way in the test suite (real emulation, light and dark palette).
 */
export const ForcedColours: Story = { name: 'Tvingade färger (slå på i DevTools)' };

/**
 * A 360 px phone: the radar cannot be read this narrow (steps would lie closer than a marker), so
 * the element draws a dot plot — one row per area, each series a mark on a shared scale — with the
 * same keys, readout and table.
 */
export const Phone360: Story = { name: 'Mobil (360 px): punktdiagram', args: { width: '360px' } };

/** Sixteen areas with long labels on a 360 px phone: every label whole, wrapped over the width. */
export const SixteenAreasPhone360: Story = {
  name: 'Sexton områden, långa etiketter, 360 px',
  args: {
    instrument: sixteen,
    assessments: undefined,
    goals: undefined,
    series: exampleSeries(sixteen),
    width: '360px',
  },
};

/** Sixteen areas with long labels at 1000 px: the radar, every label whole. */
export const SixteenAreas1000: Story = {
  name: 'Sexton områden, långa etiketter, 1000 px',
  args: {
    instrument: sixteen,
    assessments: undefined,
    goals: undefined,
    series: exampleSeries(sixteen),
    width: '1000px',
  },
};

/** Stage rings with stage names at 1000 px: no grid line crosses a name. */
export const Stages1000: Story = {
  name: 'Faser, 1000 px',
  args: { grid: 'stages', stageLabels: true, width: '1000px' },
};

/** The dot plot chosen at any width (`view="dots"`). */
export const DotsWide: Story = { name: 'Punktdiagram, 1000 px', args: { view: 'dots', width: '1000px' } };

/** A 280 px wide phone column. */
export const Narrow: Story = { name: 'Smal skärm (280 px)', args: { width: '280px' } };

/** The data table shown. */
export const WithTable: Story = { name: 'Med tabell', args: { showTable: true } };

/** Bad data: a series names an area the instrument does not have and a value off the scale. */
export const ErrorState: Story = {
  name: 'Felaktiga data',
  args: {
    assessments: undefined,
    goals: undefined,
    series: [{ label: 'Senaste', values: { housing: 12, garden: 3 } }],
  },
};
