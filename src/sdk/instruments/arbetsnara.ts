import type { Instrument, LifeArea, RatingScale } from '../model/index.js';
import { deepFreeze } from './deep-freeze.js';

// The areas follow the indicators the Danish BIP study found to predict getting a job (see
// shared/reference/domain.md); every word below is our own. BIP material belongs to Væksthuset.

const anchor5: RatingScale = {
  id: 'anchor5',
  min: 1,
  max: 5,
  direction: 'higherIsBetter',
  steps: [
    {
      value: 1,
      code: 'notAtAll',
      label: { sv: 'Stämmer inte alls', en: 'Not true at all' },
      description: { sv: 'Det här stämmer inte alls just nu.', en: 'This is not true at all right now.' },
    },
    {
      value: 2,
      code: 'aLittle',
      label: { sv: 'Stämmer lite', en: 'A little true' },
      description: { sv: 'Det stämmer lite, men oftast inte.', en: 'It is a little true, but mostly not.' },
    },
    {
      value: 3,
      code: 'partly',
      label: { sv: 'Stämmer ibland', en: 'Sometimes true' },
      description: { sv: 'Det stämmer ibland och ibland inte.', en: 'It is true sometimes, and sometimes not.' },
    },
    {
      value: 4,
      code: 'mostly',
      label: { sv: 'Stämmer oftast', en: 'Mostly true' },
      description: { sv: 'Det stämmer för det mesta.', en: 'It is true most of the time.' },
    },
    {
      value: 5,
      code: 'fully',
      label: { sv: 'Stämmer helt', en: 'Completely true' },
      description: {
        sv: 'Det stämmer helt. Så är det nästan alltid.',
        en: 'It is completely true. That is how it almost always is.',
      },
    },
  ],
  missingCodes: [
    { code: 'unknown', label: { sv: 'Vet inte', en: "Don't know" } },
    { code: 'declined', label: { sv: 'Vill inte svara', en: 'Prefer not to say' } },
  ],
};

const assumedReliability = {
  value: 0.7,
  kind: 'assumed',
  source:
    'Assumed, not measured. No reliability study of this instrument exists yet; 0.70 and referenceSd 1 ' +
    '(on the 1–5 scale) are given only so that a Reliable Change Index can be computed. Replace them ' +
    'with measured values when you have them.',
} as const;

type Text = { sv: string; en: string };

/** An area rated by both roles: one item in "jag"-form for the participant, one about "deltagaren" for the case manager. */
function pairedArea(
  id: string,
  label: Text,
  shortLabel: Text,
  participant: Text,
  caseManager: Text,
  tag: string,
): LifeArea {
  return {
    id,
    label,
    shortLabel,
    items: [
      { linkId: `${id}.participant`, text: participant, scaleId: 'anchor5', roles: ['participant'], required: true },
      { linkId: `${id}.caseManager`, text: caseManager, scaleId: 'anchor5', roles: ['caseManager'], required: true },
    ],
    // Each role answers exactly one of the two items, so the mean over a role's items is that
    // role's answer; the two views are compared, never averaged together.
    scoring: { method: 'mean', minAnswered: 1, reliability: { ...assumedReliability }, referenceSd: 1 },
    tags: [tag],
  };
}

/**
 * **Arbetsnära** (`stegvis:arbetsnara` 1.0.0): an employability instrument inspired by the
 * indicators of the Danish BIP study — job search, knowledge of the labour market, coping with
 * health, cooperation, determination, belief in one's own ability to work, support from a
 * network, everyday coping and concentration — on a 1–5 agreement scale with an anchor for every
 * step.
 *
 * Both the participant and the case manager rate every area: each area has two items, one in
 * "jag"-form (`roles: ['participant']`) and one about "deltagaren" (`roles: ['caseManager']`),
 * scored with `mean` — since each role answers one item per area, a role's area score is its
 * own answer, and the gap between the roles can be shown per area. One more area,
 * `caseManagerBelief`, is answered by the case manager only (BIP's strongest single predictor).
 *
 * Reliability (0.70) and reference SD (1) are assumptions, marked `kind: 'assumed'`.
 * MIT licence; all wording is original to stegvis, not BIP's.
 */
export const arbetsnara: Instrument = deepFreeze({
  id: 'stegvis:arbetsnara',
  version: '1.0.0',
  title: { sv: 'Arbetsnära', en: 'Closer to work' },
  description: {
    sv: 'Påståenden om saker som gör det lättare att få och behålla ett arbete. Välj hur väl varje påstående stämmer just nu.',
    en: 'Statements about things that make it easier to get and keep a job. Choose how true each statement is right now.',
  },
  licence: {
    spdx: 'MIT',
    derivativesAllowed: true,
    attribution: {
      sv: 'Arbetsnära, stegvis. Egen text, inspirerad av områdena i den danska BIP-studien. Fri att använda och ändra (MIT).',
      en: 'Closer to work, stegvis. Original wording, inspired by the areas of the Danish BIP study. Free to use and change (MIT).',
    },
  },
  scales: { anchor5 },
  respondentRoles: ['participant', 'caseManager'],
  areas: [
    pairedArea(
      'jobSearch',
      { sv: 'Söka arbete', en: 'Job search' },
      { sv: 'Jobbsök', en: 'Job search' },
      {
        sv: 'Jag gör saker för att hitta ett arbete, till exempel läser annonser eller frågar folk jag känner.',
        en: 'I do things to find a job, for example read job ads or ask people I know.',
      },
      {
        sv: 'Deltagaren gör saker för att hitta ett arbete, till exempel läser annonser eller frågar personer i sin omgivning.',
        en: 'The participant does things to find a job, for example reads job ads or asks people around them.',
      },
      'bip:jobSearch',
    ),
    pairedArea(
      'labourMarket',
      { sv: 'Kunskap om arbetslivet', en: 'Knowledge of the labour market' },
      { sv: 'Arbetslivet', en: 'Labour market' },
      {
        sv: 'Jag vet vilka jobb som kan passa mig och vad de jobben kräver.',
        en: 'I know which jobs could suit me and what those jobs require.',
      },
      {
        sv: 'Deltagaren vet vilka jobb som kan passa och vad de jobben kräver.',
        en: 'The participant knows which jobs could suit them and what those jobs require.',
      },
      'bip:labourMarketKnowledge',
    ),
    pairedArea(
      'healthCoping',
      { sv: 'Hantera hälsan', en: 'Coping with health' },
      { sv: 'Hälsa', en: 'Health' },
      {
        sv: 'Jag vet hur jag kan ta hand om min hälsa så att jag kan arbeta.',
        en: 'I know how to look after my health so that I can work.',
      },
      {
        sv: 'Deltagaren vet hur hen kan ta hand om sin hälsa för att kunna arbeta.',
        en: 'The participant knows how to look after their health so that they can work.',
      },
      'bip:healthCoping',
    ),
    pairedArea(
      'cooperation',
      { sv: 'Samarbete', en: 'Cooperation' },
      { sv: 'Samarbete', en: 'Cooperation' },
      {
        sv: 'Jag kan samarbeta med andra, till exempel på en arbetsplats.',
        en: 'I can work together with others, for example at a workplace.',
      },
      {
        sv: 'Deltagaren kan samarbeta med andra, till exempel på en arbetsplats.',
        en: 'The participant can work together with others, for example at a workplace.',
      },
      'bip:cooperation',
    ),
    pairedArea(
      'determination',
      { sv: 'Målmedvetenhet', en: 'Determination' },
      { sv: 'Mål', en: 'Goals' },
      { sv: 'Jag har ett mål och gör saker för att komma dit.', en: 'I have a goal and do things to get there.' },
      {
        sv: 'Deltagaren har ett mål och gör saker för att komma dit.',
        en: 'The participant has a goal and does things to get there.',
      },
      'bip:determination',
    ),
    pairedArea(
      'workBelief',
      { sv: 'Tro på att kunna arbeta', en: 'Belief in own ability to work' },
      { sv: 'Tro på arbete', en: 'Belief in work' },
      { sv: 'Jag tror att jag kan klara ett arbete.', en: 'I believe I can manage a job.' },
      {
        sv: 'Deltagaren tror själv att hen kan klara ett arbete.',
        en: 'The participant believes they can manage a job.',
      },
      'bip:workBelief',
    ),
    pairedArea(
      'networkSupport',
      { sv: 'Stöd från nätverk', en: 'Support from network' },
      { sv: 'Nätverk', en: 'Network' },
      { sv: 'Jag har människor runt mig som stöttar mig.', en: 'I have people around me who support me.' },
      {
        sv: 'Deltagaren har människor runt sig som stöttar hen.',
        en: 'The participant has people around them who support them.',
      },
      'bip:networkSupport',
    ),
    pairedArea(
      'everydayCoping',
      { sv: 'Klara vardagen', en: 'Everyday coping' },
      { sv: 'Vardag', en: 'Everyday' },
      {
        sv: 'Jag klarar min vardag, till exempel att sova, äta och passa tider.',
        en: 'I manage my everyday life, for example sleeping, eating and being on time.',
      },
      {
        sv: 'Deltagaren klarar sin vardag, till exempel att sova, äta och passa tider.',
        en: 'The participant manages everyday life, for example sleeping, eating and being on time.',
      },
      'bip:everydayCoping',
    ),
    pairedArea(
      'concentration',
      { sv: 'Koncentration', en: 'Concentration' },
      { sv: 'Fokus', en: 'Focus' },
      { sv: 'Jag kan hålla fokus på en uppgift en stund.', en: 'I can keep my focus on a task for a while.' },
      {
        sv: 'Deltagaren kan hålla fokus på en uppgift en stund.',
        en: 'The participant can keep their focus on a task for a while.',
      },
      'bip:concentration',
    ),
    {
      id: 'caseManagerBelief',
      label: {
        sv: 'Min tilltro till att deltagaren får ett arbete',
        en: 'My belief that the participant will get a job',
      },
      shortLabel: { sv: 'Handläggarens tilltro', en: "Case manager's belief" },
      items: [
        {
          linkId: 'caseManagerBelief.caseManager',
          text: {
            sv: 'Jag tror att deltagaren kommer att få ett arbete.',
            en: 'I believe the participant will get a job.',
          },
          help: {
            sv: 'Svara utifrån det du vet om deltagaren i dag, inte utifrån hur arbetsmarknaden ser ut i allmänhet.',
            en: 'Answer from what you know about the participant today, not from the labour market in general.',
          },
          scaleId: 'anchor5',
          roles: ['caseManager'],
          required: true,
        },
      ],
      scoring: { method: 'single', reliability: { ...assumedReliability }, referenceSd: 1 },
      tags: ['bip:caseManagerBelief'],
    },
  ],
});
