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
  | 'headline'
  | 'keyFigures'
  | 'figStarted'
  | 'figPaired'
  | 'figReliable'
  | 'figReachedGoal'
  | 'colCount'
  | 'colOf'
  | 'colShare'
  | 'colFigure'
  | 'sharesHead'
  | 'meanHead'
  | 'unitSteps'
  | 'unitStepsLower'
  | 'unitStepsMixed'
  | 'nHead'
  | 'goalsHead'
  | 'overallNote'
  | 'unitNumbered'
  | 'compareTitle'
  | 'compareCaution'
  | 'compareShare'
  | 'compareGroup'
  | 'compareCaption'
  | 'compareKind'
  | 'kindIntervention'
  | 'kindCategory'
  | 'kindParallel'
  | 'compareBar'
  | 'needsTitle'
  | 'needsIntro'
  | 'needsArea'
  | 'needsNeed'
  | 'needsGoal'
  | 'needsLow'
  | 'needsWith'
  | 'needsWithout'
  | 'needsReached'
  | 'needsUnmet'
  | 'needsCaption'
  | 'needsProviderNote'
  | 'needsBar'
  | 'provKommun'
  | 'provForsakringskassan'
  | 'provArbetsformedlingen'
  | 'provRegion'
  | 'provSamordningsforbund'
  | 'provOther'
  | 'printHeader'
  | 'periodAll'
  | 'periodRange'
  | 'printTitle'
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
    centre: 'Varje stapel är alla med start och uppföljning (100 %): sämre, oförändrade och bättre.',
    meanChange: 'Medelförändring',
    ci: '95 % KI {low} till {high}',
    ciLabel: '95 % konfidensintervall',
    n: 'n',
    goalsReached: 'Nådda mål (av satta mål)',
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
    colStarted: 'Började (personer)',
    colPaired: 'n (personer med start och uppföljning)',
    colAttrition: 'Bortfall (%)',
    colWorsened: 'Sämre (%)',
    colUnchanged: 'Oförändrade (%)',
    colImproved: 'Bättre (%)',
    colMean: 'Medelförändring (steg)',
    colCiLow: '95 % KI, nedre',
    colCiHigh: '95 % KI, övre',
    colGoals: 'Satta mål (antal mål)',
    colGoalsReached: 'Nådda mål (% av mål)',
    colHidden: 'Dolt',
    reasonBelow: 'färre än {minCell} personer',
    reasonComplementary: 'dolt så att en annan dold uppgift inte kan räknas fram',
    participants: '{count} deltagare i underlaget',
    groupCounts: '{group}: {started} · {paired} · {attrition}',
    breakdownCategory: 'Typ av insats: {name}',
    breakdownIntervention: 'Insats: {name}',
    partChange: 'förändring',
    partGoals: 'mål',
    headline: 'Det här visar rapporten',
    keyFigures: 'Siffrorna i sammanfattningen',
    figStarted: 'Började (personer)',
    figPaired: 'Har start och uppföljning (personer)',
    figReliable: 'Tydligt bättre i minst ett område (personer)',
    figReachedGoal: 'Nådde minst ett mål (personer)',
    colCount: 'Antal',
    colOf: 'Av',
    colShare: 'Andel (%)',
    colFigure: 'Uppgift',
    sharesHead: 'Andel sämre, oförändrade och bättre (%)',
    meanHead: 'Medelförändring, {unit} (punkt) med 95 % KI (streck)',
    unitSteps: 'steg på skalan {min}–{max}',
    unitStepsLower: 'steg på skalan {min}–{max}, lägre är bättre',
    unitStepsMixed: 'steg på varje områdes skala',
    nHead: 'n = personer med start och uppföljning',
    goalsHead: 'Nådda mål (andel av satta mål)',
    overallNote:
      '”Alla områden” är medelvärdet av alla områden. Där räknas bara de {n} som svarat i alla områden både vid start och uppföljning, därför är n lägre än för ett enskilt område ({low}–{high}).',
    unitNumbered: 'Enhet {n}',
    compareTitle: 'Vilka insatser hänger ihop med förbättring?',
    compareCaution:
      'Det här jämför grupper av deltagare, inte orsaker. De som fick en insats kan skilja sig från andra på många sätt, så en skillnad visar inte att insatsen gjorde skillnaden.',
    compareShare: 'Tydligt bättre (andel av områdesskattningar)',
    compareGroup: 'Insats eller kombination',
    compareCaption: 'Insatser sorterade efter andel tydligt bättre',
    compareKind: 'Slag',
    kindIntervention: 'Insats',
    kindCategory: 'Typ av insats',
    kindParallel: 'Kombination',
    compareBar: '{share} tydligt bättre',
    needsTitle: 'Var behövs insatser, och vem gav dem?',
    needsIntro:
      'Behov: deltagaren satte ett mål i området eller skattade det lågt vid start (den sämsta tredjedelen av skalan). Siffrorna är personer.',
    needsArea: 'Område',
    needsNeed: 'Behov (personer)',
    needsGoal: 'varav satte mål',
    needsLow: 'varav låg start',
    needsWith: 'Fick insats mot området',
    needsWithout: 'Utan insats mot området',
    needsReached: 'Nådde sitt mål här (av bedömda)',
    needsUnmet: 'Behov utan insats',
    needsCaption: 'Behov och insatser per område',
    needsProviderNote: 'En person kan ha fått insatser från flera aktörer, så aktörernas siffror summeras inte.',
    needsBar: '{share} av dem med behov fick en insats mot området',
    provKommun: 'Kommunen',
    provForsakringskassan: 'Försäkringskassan',
    provArbetsformedlingen: 'Arbetsförmedlingen',
    provRegion: 'Regionen (vården)',
    provSamordningsforbund: 'Samordningsförbundet',
    provOther: 'Andra',
    printHeader: '{instrument} · {period} · uppgifter från färre än {minCell} personer visas inte',
    periodAll: 'hela perioden',
    periodRange: '{from} – {to}',
    printTitle: 'Utskrift',
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
    centre: 'Each bar is everyone with a start and a follow-up (100%): worse, unchanged and better.',
    meanChange: 'Mean change',
    ci: '95% CI {low} to {high}',
    ciLabel: '95% confidence interval',
    n: 'n',
    goalsReached: 'Goals reached (of goals set)',
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
    colStarted: 'Started (people)',
    colPaired: 'n (people with a start and a follow-up)',
    colAttrition: 'Attrition (%)',
    colWorsened: 'Worse (%)',
    colUnchanged: 'Unchanged (%)',
    colImproved: 'Better (%)',
    colMean: 'Mean change (steps)',
    colCiLow: '95% CI, lower',
    colCiHigh: '95% CI, upper',
    colGoals: 'Goals set (number of goals)',
    colGoalsReached: 'Goals reached (% of goals)',
    colHidden: 'Hidden',
    reasonBelow: 'fewer than {minCell} people',
    reasonComplementary: 'hidden so that another hidden figure cannot be worked out',
    participants: '{count} participants in the data',
    groupCounts: '{group}: {started} · {paired} · {attrition}',
    breakdownCategory: 'Kind of intervention: {name}',
    breakdownIntervention: 'Intervention: {name}',
    partChange: 'change',
    partGoals: 'goals',
    headline: 'What the report shows',
    keyFigures: 'The figures in the summary',
    figStarted: 'Started (people)',
    figPaired: 'Have a start and a follow-up (people)',
    figReliable: 'Clearly better in at least one area (people)',
    figReachedGoal: 'Reached at least one goal (people)',
    colCount: 'Count',
    colOf: 'Of',
    colShare: 'Share (%)',
    colFigure: 'Figure',
    sharesHead: 'Share worse, unchanged and better (%)',
    meanHead: 'Mean change, {unit} (dot) with 95% CI (line)',
    unitSteps: 'steps on the {min}–{max} scale',
    unitStepsLower: 'steps on the {min}–{max} scale, lower is better',
    unitStepsMixed: "steps on each area's scale",
    nHead: 'n = people with a start and a follow-up',
    goalsHead: 'Goals reached (share of goals set)',
    overallNote:
      '"All areas" is the mean of all areas. It counts only the {n} people who answered every area at both the start and the follow-up, so its n is lower than for a single area ({low}–{high}).',
    unitNumbered: 'Unit {n}',
    compareTitle: 'Which interventions go with improvement?',
    compareCaution:
      'This compares groups of participants, not causes. Those who had an intervention may differ from others in many ways, so a difference does not show that the intervention made it.',
    compareShare: 'Clearly better (share of area ratings)',
    compareGroup: 'Intervention or combination',
    compareCaption: 'Interventions sorted by share clearly better',
    compareKind: 'Kind',
    kindIntervention: 'Intervention',
    kindCategory: 'Kind of intervention',
    kindParallel: 'Combination',
    compareBar: '{share} clearly better',
    needsTitle: 'Where are interventions needed, and who gave them?',
    needsIntro:
      'Need: the participant set a goal in the area or rated it low at the start (the worst third of the scale). The figures are people.',
    needsArea: 'Area',
    needsNeed: 'Need (people)',
    needsGoal: 'of whom set a goal',
    needsLow: 'of whom started low',
    needsWith: 'Had an intervention for the area',
    needsWithout: 'No intervention for the area',
    needsReached: 'Reached their goal here (of those judged)',
    needsUnmet: 'Need without intervention',
    needsCaption: 'Needs and interventions by area',
    needsProviderNote:
      'A person may have had interventions from several providers, so the providers’ figures do not add up.',
    needsBar: '{share} of those with a need had an intervention for the area',
    provKommun: 'Municipality',
    provForsakringskassan: 'Social Insurance Agency',
    provArbetsformedlingen: 'Public Employment Service',
    provRegion: 'Region (health care)',
    provSamordningsforbund: 'Coordination association',
    provOther: 'Others',
    printHeader: '{instrument} · {period} · figures from fewer than {minCell} people are not shown',
    periodAll: 'the whole period',
    periodRange: '{from} – {to}',
    printTitle: 'Print',
  },
};

// Registered translations and page overrides find these keys under "cohortSummary".
defineMessages('cohortSummary', cohortSummaryMessages);
