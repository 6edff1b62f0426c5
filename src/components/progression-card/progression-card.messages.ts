import { defineMessages, type MessageTable } from '../../internal/i18n.js';

/** The interface strings of `<steg-progression-card>`, in Swedish and English. */
export const progressionCardMessages: MessageTable<
  | 'title'
  | 'areasHeading'
  | 'legendStart'
  | 'legendLatest'
  | 'legendGoal'
  | 'stepsOne'
  | 'stepsOther'
  | 'stepWordOne'
  | 'stepWordOther'
  | 'unchanged'
  | 'noRating'
  | 'onlyBaseline'
  | 'notRatedAtStart'
  | 'startToLatest'
  | 'stageNow'
  | 'goal'
  | 'goalReached'
  | 'goalLeftOne'
  | 'goalLeftOther'
  | 'reliableImproved'
  | 'reliableWorsened'
  | 'noReliableChange'
  | 'withinError'
  | 'gapHigher'
  | 'gapLower'
  | 'gapSame'
  | 'otherRates'
  | 'dirImproved'
  | 'dirWorsened'
  | 'dirUnchanged'
  | 'occasionNames'
  | 'occBaseline'
  | 'occFollowUp'
  | 'occExit'
  | 'occPostExit'
  | 'participant'
  | 'caseManager'
  | 'joint'
  | 'ratedBy'
  | 'occasionsOne'
  | 'occasionsOther'
  | 'occasionsShortOne'
  | 'occasionsShortOther'
  | 'noOccasions'
  | 'dateRange'
  | 'versionWarning'
  | 'cardsHeading'
  | 'noCards'
  | 'cardOpen'
  | 'cardAchieved'
  | 'cardDropped'
  | 'cardArea'
  | 'interventionsHeading'
  | 'noInterventions'
  | 'targets'
  | 'ongoing'
  | 'period'
  | 'summaryImproved'
  | 'summaryUnchanged'
  | 'summaryWorsened'
  | 'summaryMissing'
  | 'goalsReached'
  | 'compactChart'
  | 'subject'
  | 'areaButton'
  | 'cardButton'
  | 'radarCaption'
  | 'baselineSeries'
  | 'latestSeries'
  | 'goalSeries'
  | 'catJobFocused'
  | 'catCompetence'
  | 'catHealth'
  | 'catSocial'
  | 'catCoordination'
  | 'provArbetsformedlingen'
  | 'provForsakringskassan'
  | 'provKommun'
  | 'provRegion'
  | 'provSamordningsforbund'
  | 'provOther'
> = {
  sv: {
    title: 'Stegförflyttning',
    areasHeading: 'Livsområden',
    legendStart: 'Start',
    legendLatest: 'Senaste',
    legendGoal: 'Mål',
    stepsOne: '{change} steg',
    stepsOther: '{change} steg',
    stepWordOne: 'steg',
    stepWordOther: 'steg',
    unchanged: 'Oförändrat',
    noRating: 'Inte skattat',
    onlyBaseline: 'Ingen senare skattning',
    notRatedAtStart: 'Inte skattat vid start',
    startToLatest: 'Från {start} till {latest}',
    stageNow: 'Fas nu: {stage}',
    goal: 'Mål {value}',
    goalReached: 'Målet är nått',
    goalLeftOne: '{count} steg kvar till målet',
    goalLeftOther: '{count} steg kvar till målet',
    reliableImproved: 'Säker förbättring',
    reliableWorsened: 'Säker försämring',
    noReliableChange: 'Ingen säker förändring',
    withinError: 'inom mätfelet',
    gapHigher: 'Deltagaren skattar {count} {steps} högre än handläggaren',
    gapLower: 'Deltagaren skattar {count} {steps} lägre än handläggaren',
    gapSame: 'Deltagaren och handläggaren skattar lika',
    otherRates: '{role}: {value}',
    dirImproved: 'bättre',
    dirWorsened: 'sämre',
    dirUnchanged: 'oförändrat',
    occasionNames: 'Tillfällen: {list}',
    occBaseline: 'start',
    occFollowUp: 'uppföljning',
    occExit: 'avslut',
    occPostExit: 'efter avslut',
    participant: 'Deltagaren',
    caseManager: 'Handläggaren',
    joint: 'Tillsammans',
    ratedBy: 'Skattat av: {role}',
    occasionsOne: '{count} skattningstillfälle',
    occasionsOther: '{count} skattningstillfällen',
    occasionsShortOne: '{count} tillfälle',
    occasionsShortOther: '{count} tillfällen',
    noOccasions: 'Inga skattningar än',
    dateRange: '{from} – {to}',
    versionWarning: 'Skattningarna gjordes med olika versioner av instrumentet; jämför med försiktighet.',
    cardsHeading: 'Mina nästa steg',
    noCards: 'Inga progressionskort än.',
    cardOpen: 'Pågår',
    cardAchieved: 'Uppnått {date}',
    cardDropped: 'Avslutat {date}',
    cardArea: 'Område: {area}',
    interventionsHeading: 'Insatser under perioden',
    noInterventions: 'Inga insatser registrerade under perioden.',
    targets: 'Riktar sig mot: {areas}',
    ongoing: 'pågår',
    period: '{from} – {to}',
    summaryImproved: '{count} bättre',
    summaryUnchanged: '{count} oförändrade',
    summaryWorsened: '{count} sämre',
    summaryMissing: '{count} utan jämförelse',
    goalsReached: '{reached} av {total} mål nådda',
    compactChart: 'Förändring per område: {list}',
    subject: 'Deltagare {id}',
    areaButton: 'Visa {area}',
    cardButton: 'Öppna kortet',
    radarCaption: 'Start, senaste och mål i alla områden',
    baselineSeries: 'Start',
    latestSeries: 'Senaste',
    goalSeries: 'Mål',
    catJobFocused: 'Arbetsinriktade insatser',
    catCompetence: 'Kompetenshöjande insatser',
    catHealth: 'Hälsoinriktade insatser',
    catSocial: 'Sociala insatser',
    catCoordination: 'Samordning',
    provArbetsformedlingen: 'Arbetsförmedlingen',
    provForsakringskassan: 'Försäkringskassan',
    provKommun: 'Kommunen',
    provRegion: 'Regionen',
    provSamordningsforbund: 'Samordningsförbundet',
    provOther: 'Annan anordnare',
  },
  en: {
    title: 'Steps forward',
    areasHeading: 'Life areas',
    legendStart: 'Start',
    legendLatest: 'Latest',
    legendGoal: 'Goal',
    stepsOne: '{change} step',
    stepsOther: '{change} steps',
    stepWordOne: 'step',
    stepWordOther: 'steps',
    unchanged: 'Unchanged',
    noRating: 'Not rated',
    onlyBaseline: 'No later rating',
    notRatedAtStart: 'Not rated at the start',
    startToLatest: 'From {start} to {latest}',
    stageNow: 'Stage now: {stage}',
    goal: 'Goal {value}',
    goalReached: 'Goal reached',
    goalLeftOne: '{count} step left to the goal',
    goalLeftOther: '{count} steps left to the goal',
    reliableImproved: 'Reliable improvement',
    reliableWorsened: 'Reliable deterioration',
    noReliableChange: 'No reliable change',
    withinError: 'within measurement error',
    gapHigher: 'The participant rates {count} {steps} higher than the case manager',
    gapLower: 'The participant rates {count} {steps} lower than the case manager',
    gapSame: 'The participant and the case manager rate the same',
    otherRates: '{role}: {value}',
    dirImproved: 'better',
    dirWorsened: 'worse',
    dirUnchanged: 'unchanged',
    occasionNames: 'Occasions: {list}',
    occBaseline: 'start',
    occFollowUp: 'follow-up',
    occExit: 'exit',
    occPostExit: 'after exit',
    participant: 'The participant',
    caseManager: 'The case manager',
    joint: 'Together',
    ratedBy: 'Rated by: {role}',
    occasionsOne: '{count} rating occasion',
    occasionsOther: '{count} rating occasions',
    occasionsShortOne: '{count} occasion',
    occasionsShortOther: '{count} occasions',
    noOccasions: 'No ratings yet',
    dateRange: '{from} – {to}',
    versionWarning: 'The ratings were made with different versions of the instrument; compare with care.',
    cardsHeading: 'My next steps',
    noCards: 'No progression cards yet.',
    cardOpen: 'In progress',
    cardAchieved: 'Achieved {date}',
    cardDropped: 'Dropped {date}',
    cardArea: 'Area: {area}',
    interventionsHeading: 'Interventions in the period',
    noInterventions: 'No interventions recorded in the period.',
    targets: 'Aims at: {areas}',
    ongoing: 'ongoing',
    period: '{from} – {to}',
    summaryImproved: '{count} better',
    summaryUnchanged: '{count} unchanged',
    summaryWorsened: '{count} worse',
    summaryMissing: '{count} without comparison',
    goalsReached: '{reached} of {total} goals reached',
    compactChart: 'Change by area: {list}',
    subject: 'Participant {id}',
    areaButton: 'Show {area}',
    cardButton: 'Open the card',
    radarCaption: 'Start, latest and goal in every area',
    baselineSeries: 'Start',
    latestSeries: 'Latest',
    goalSeries: 'Goal',
    catJobFocused: 'Job-focused interventions',
    catCompetence: 'Skills and education',
    catHealth: 'Health interventions',
    catSocial: 'Social interventions',
    catCoordination: 'Coordination',
    provArbetsformedlingen: 'Swedish Public Employment Service',
    provForsakringskassan: 'Swedish Social Insurance Agency',
    provKommun: 'The municipality',
    provRegion: 'The region',
    provSamordningsforbund: 'The coordination association',
    provOther: 'Other provider',
  },
};

// Registered translations and page overrides find these keys under "progressionCard".
defineMessages('progressionCard', progressionCardMessages);
