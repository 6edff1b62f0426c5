import { defineMessages, type MessageTable } from '../../internal/i18n.js';

/** The interface strings of `<steg-cohort-summary>`, in Swedish and English. */
export const cohortSummaryMessages: MessageTable<
  | 'title'
  | 'breakdown'
  | 'role'
  | 'byAll'
  | 'byInterventionCategory'
  | 'byIntervention'
  | 'byGender'
  | 'byUnit'
  | 'participant'
  | 'caseManager'
  | 'joint'
  | 'started'
  | 'paired'
  | 'attrition'
  | 'attritionSuppressed'
  | 'worsened'
  | 'unchanged'
  | 'improved'
  | 'centre'
  | 'meanChange'
  | 'ci'
  | 'ciLabel'
  | 'n'
  | 'goalsReached'
  | 'area'
  | 'group'
  | 'allParticipants'
  | 'suppressed'
  | 'suppressedRule'
  | 'suppressedRuleComplementary'
  | 'barLabel'
  | 'barSuppressed'
  | 'tableCaption'
  | 'showTable'
  | 'download'
  | 'downloadName'
  | 'association'
  | 'withIntervention'
  | 'withoutIntervention'
  | 'noGroups'
  | 'notAvailable'
  | 'suppressedColumn'
  | 'yes'
  | 'overall'
  | 'period'
  | 'catJobFocused'
  | 'catCompetence'
  | 'catHealth'
  | 'catSocial'
  | 'catCoordination'
  | 'genderWoman'
  | 'genderMan'
  | 'genderOther'
  | 'genderUnknown'
  | 'byParallel'
  | 'groupWith'
  | 'groupWithout'
  | 'groupParallel'
  | 'groupJobAlone'
  | 'groupNoJob'
  | 'unitUnknown'
  | 'colRole'
  | 'colBreakdown'
  | 'colStarted'
  | 'colPaired'
  | 'colAttrition'
  | 'colWorsened'
  | 'colUnchanged'
  | 'colImproved'
  | 'colMean'
  | 'colCiLow'
  | 'colCiHigh'
  | 'colGoals'
  | 'colGoalsReached'
  | 'colHidden'
  | 'reasonBelow'
  | 'reasonComplementary'
  | 'participants'
  | 'groupCounts'
  | 'breakdownCategory'
  | 'breakdownIntervention'
  | 'partChange'
  | 'partGoals'
> = {
  sv: {
    title: 'Förändring i gruppen',
    breakdown: 'Dela upp efter',
    role: 'Vems skattning',
    byAll: 'Alla deltagare',
    byInterventionCategory: 'Typ av insats',
    byIntervention: 'Insats',
    byGender: 'Kön',
    byUnit: 'Enhet',
    participant: 'Deltagarnas egna',
    caseManager: 'Handläggarnas',
    joint: 'Gemensamma',
    started: '{count} började',
    paired: '{count} har både start och uppföljning',
    attrition: 'Bortfall {share}',
    attritionSuppressed: 'Bortfall: –',
    worsened: 'Sämre',
    unchanged: 'Oförändrade',
    improved: 'Bättre',
    centre: 'Staplarna utgår från noll: sämre åt ena hållet, bättre åt det andra. Oförändrade visas för sig.',
    meanChange: 'Medelförändring',
    ci: '95 % KI {low} till {high}',
    ciLabel: '95 % konfidensintervall',
    n: 'n',
    goalsReached: 'Nådda mål',
    area: 'Område',
    group: 'Grupp',
    allParticipants: 'Alla',
    suppressed: '–',
    suppressedRule:
      '– betyder att uppgiften inte visas eftersom den bygger på färre än {minCell} personer. Det skyddar enskilda deltagare.',
    suppressedRuleComplementary:
      'Ibland döljs också en större grupp, så att en dold uppgift inte kan räknas fram ur de andra.',
    barLabel: '{worsened} sämre, {unchanged} oförändrade, {improved} bättre',
    barSuppressed: 'Döljs: färre än {minCell} personer',
    tableCaption: 'Alla siffror i diagrammet',
    showTable: 'Visa som tabell',
    download: 'Ladda ner CSV',
    downloadName: 'forandring',
    association: 'Jämförelser mellan grupper visar samband, inte vad insatserna orsakar.',
    withIntervention: 'med',
    withoutIntervention: 'utan',
    noGroups: 'Det finns inga grupper att visa för den här uppdelningen.',
    notAvailable: 'uppgift saknas',
    suppressedColumn: 'Dold (färre än {minCell})',
    yes: 'ja',
    overall: 'Alla områden',
    period: 'Period: {from} – {to}',
    catJobFocused: 'Arbetsinriktad',
    catCompetence: 'Kompetenshöjande',
    catHealth: 'Hälsa',
    catSocial: 'Social',
    catCoordination: 'Samordning',
    genderWoman: 'Kvinnor',
    genderMan: 'Män',
    genderOther: 'Annat',
    genderUnknown: 'Okänt',
    byParallel: 'Parallellt stöd',
    groupWith: 'Med',
    groupWithout: 'Utan',
    groupParallel: 'Arbetsinriktat och hälsa/socialt samtidigt',
    groupJobAlone: 'Arbetsinriktat utan parallellt stöd',
    groupNoJob: 'Inget arbetsinriktat',
    unitUnknown: 'Okänd enhet',
    colRole: 'Vems skattning',
    colBreakdown: 'Uppdelning',
    colStarted: 'Började',
    colPaired: 'n (start och uppföljning)',
    colAttrition: 'Bortfall (%)',
    colWorsened: 'Sämre (%)',
    colUnchanged: 'Oförändrade (%)',
    colImproved: 'Bättre (%)',
    colMean: 'Medelförändring (steg)',
    colCiLow: '95 % KI, nedre',
    colCiHigh: '95 % KI, övre',
    colGoals: 'Antal mål',
    colGoalsReached: 'Nådda mål (%)',
    colHidden: 'Dolt',
    reasonBelow: 'färre än {minCell} personer',
    reasonComplementary: 'dolt så att en annan dold uppgift inte kan räknas fram',
    participants: '{count} deltagare i underlaget',
    groupCounts: '{group}: {started} · {paired} · {attrition}',
    breakdownCategory: 'Typ av insats: {name}',
    breakdownIntervention: 'Insats: {name}',
    partChange: 'förändring',
    partGoals: 'mål',
  },
  en: {
    title: 'Change in the group',
    breakdown: 'Break down by',
    role: 'Whose rating',
    byAll: 'All participants',
    byInterventionCategory: 'Kind of intervention',
    byIntervention: 'Intervention',
    byGender: 'Gender',
    byUnit: 'Unit',
    participant: "The participants' own",
    caseManager: "The case managers'",
    joint: 'Joint',
    started: '{count} started',
    paired: '{count} have both a start and a follow-up',
    attrition: 'Attrition {share}',
    attritionSuppressed: 'Attrition: –',
    worsened: 'Worse',
    unchanged: 'Unchanged',
    improved: 'Better',
    centre: 'The bars start at zero: worse one way, better the other. Unchanged is shown on its own.',
    meanChange: 'Mean change',
    ci: '95% CI {low} to {high}',
    ciLabel: '95% confidence interval',
    n: 'n',
    goalsReached: 'Goals reached',
    area: 'Area',
    group: 'Group',
    allParticipants: 'All',
    suppressed: '–',
    suppressedRule:
      '– means the figure is not shown because it is based on fewer than {minCell} people. This protects individual participants.',
    suppressedRuleComplementary:
      'Sometimes a larger group is hidden as well, so that a hidden figure cannot be worked out from the others.',
    barLabel: '{worsened} worse, {unchanged} unchanged, {improved} better',
    barSuppressed: 'Hidden: fewer than {minCell} people',
    tableCaption: 'Every figure in the chart',
    showTable: 'Show as a table',
    download: 'Download CSV',
    downloadName: 'change',
    association: 'Comparisons between groups show associations, not what the interventions cause.',
    withIntervention: 'with',
    withoutIntervention: 'without',
    noGroups: 'There are no groups to show for this breakdown.',
    notAvailable: 'not available',
    suppressedColumn: 'Hidden (fewer than {minCell})',
    yes: 'yes',
    overall: 'All areas',
    period: 'Period: {from} – {to}',
    catJobFocused: 'Job-focused',
    catCompetence: 'Skills and education',
    catHealth: 'Health',
    catSocial: 'Social',
    catCoordination: 'Coordination',
    genderWoman: 'Women',
    genderMan: 'Men',
    genderOther: 'Other',
    genderUnknown: 'Unknown',
    byParallel: 'Parallel support',
    groupWith: 'With',
    groupWithout: 'Without',
    groupParallel: 'Job-focused and health/social at the same time',
    groupJobAlone: 'Job-focused without parallel support',
    groupNoJob: 'No job-focused support',
    unitUnknown: 'Unknown unit',
    colRole: 'Whose rating',
    colBreakdown: 'Breakdown',
    colStarted: 'Started',
    colPaired: 'n (start and follow-up)',
    colAttrition: 'Attrition (%)',
    colWorsened: 'Worse (%)',
    colUnchanged: 'Unchanged (%)',
    colImproved: 'Better (%)',
    colMean: 'Mean change (steps)',
    colCiLow: '95% CI, lower',
    colCiHigh: '95% CI, upper',
    colGoals: 'Goals',
    colGoalsReached: 'Goals reached (%)',
    colHidden: 'Hidden',
    reasonBelow: 'fewer than {minCell} people',
    reasonComplementary: 'hidden so that another hidden figure cannot be worked out',
    participants: '{count} participants in the data',
    groupCounts: '{group}: {started} · {paired} · {attrition}',
    breakdownCategory: 'Kind of intervention: {name}',
    breakdownIntervention: 'Intervention: {name}',
    partChange: 'change',
    partGoals: 'goals',
  },
};

// Registered translations and page overrides find these keys under "cohortSummary".
defineMessages('cohortSummary', cohortSummaryMessages);
