import { defineMessages, type MessageTable } from '../../internal/i18n.js';

/** Keys of the radar's interface strings. */
export type RadarMessage =
  | 'name'
  | 'nameNoSeries'
  | 'baseline'
  | 'latest'
  | 'goal'
  | 'participant'
  | 'caseManager'
  | 'scale'
  | 'scales'
  | 'higherIsBetter'
  | 'lowerIsBetter'
  | 'changeSummary'
  | 'areaOne'
  | 'areaOther'
  | 'missingSummary'
  | 'keys'
  | 'valueOf'
  | 'between'
  | 'noValue'
  | 'missingInTable'
  | 'changeFrom'
  | 'readout'
  | 'readoutMissing'
  | 'legend'
  | 'showTable'
  | 'area'
  | 'change'
  | 'noData'
  | 'stage';

/** The radar's interface strings in Swedish and English. */
export const radarMessages: MessageTable<RadarMessage> = {
  sv: {
    name: 'Självskattning i {count} livsområden: {series}',
    nameNoSeries: 'Självskattning i {count} livsområden',
    baseline: 'Start',
    latest: 'Senaste',
    goal: 'Mål',
    participant: 'Deltagaren',
    caseManager: 'Handläggaren',
    scale: 'Skala {min}–{max}, {direction}.',
    scales: 'Områdena har olika skalor; tabellen visar varje värde.',
    higherIsBetter: 'högre är bättre',
    lowerIsBetter: 'lägre är bättre',
    changeSummary: '{latest} jämfört med {baseline}: bättre i {better}, sämre i {worse}, oförändrat i {same}.',
    areaOne: '{count} område',
    areaOther: '{count} områden',
    missingSummary: 'Värde saknas i {areas}; där har linjen ett avbrott.',
    keys: 'Vänster- och högerpil byter livsområde, upp- och nedpil byter serie, Home och End går till första och sista området. Alla värden finns också i tabellen.',
    valueOf: '{value} av {max}',
    between: 'mellan {low} och {high}',
    noValue: 'inget värde',
    missingInTable: 'Saknas',
    changeFrom: '{change} jämfört med {reference}',
    readout: '{area}, {series}: {value}.',
    readoutMissing: '{area}, {series}: inget värde, avbrott i linjen.',
    legend: 'Visa eller dölj serier',
    showTable: 'Visa som tabell',
    area: 'Livsområde',
    change: 'Förändring',
    noData: 'Det finns inga skattningar att visa ännu.',
    stage: 'Fas',
  },
  en: {
    name: 'Self-rating in {count} life areas: {series}',
    nameNoSeries: 'Self-rating in {count} life areas',
    baseline: 'Baseline',
    latest: 'Latest',
    goal: 'Goal',
    participant: 'Participant',
    caseManager: 'Case manager',
    scale: 'Scale {min}–{max}, {direction}.',
    scales: 'The areas use different scales; the table shows every value.',
    higherIsBetter: 'higher is better',
    lowerIsBetter: 'lower is better',
    changeSummary: '{latest} compared with {baseline}: better in {better}, worse in {worse}, unchanged in {same}.',
    areaOne: '{count} area',
    areaOther: '{count} areas',
    missingSummary: 'No value in {areas}; the line has a gap there.',
    keys: 'Left and right arrows move between life areas, up and down arrows between series, Home and End go to the first and last area. Every value is also in the table.',
    valueOf: '{value} of {max}',
    between: 'between {low} and {high}',
    noValue: 'no value',
    missingInTable: 'No value',
    changeFrom: '{change} compared with {reference}',
    readout: '{area}, {series}: {value}.',
    readoutMissing: '{area}, {series}: no value, a gap in the line.',
    legend: 'Show or hide series',
    showTable: 'Show as table',
    area: 'Life area',
    change: 'Change',
    noData: 'There are no ratings to show yet.',
    stage: 'Stage',
  },
};

// Registered translations and page overrides find these keys under "radar".
defineMessages('radar', radarMessages);
