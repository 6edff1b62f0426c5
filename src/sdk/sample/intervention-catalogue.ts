import type { Instrument, Intervention, InterventionCategory, Provider } from '../model/index.js';

interface CatalogueEntry {
  id: string;
  label: { sv: string; en: string };
  category: InterventionCategory;
  provider: Provider;
  /** Area ids this intervention aims at, in the built-in instruments; kept only if the instrument has them. */
  targets: readonly string[];
}

// Invented but typical of Swedish coordinated rehabilitation (finsam): every category and every
// provider appears at least once, so cohort breakdowns by category and provider have data.
const catalogue: readonly CatalogueEntry[] = [
  {
    id: 'af-matchning',
    label: { sv: 'Stöd och matchning till jobb', en: 'Job matching support' },
    category: 'jobFocused',
    provider: 'arbetsformedlingen',
    targets: ['work', 'education', 'jobSearch', 'labourMarket', 'determination'],
  },
  {
    id: 'kommun-arbetstraning',
    label: { sv: 'Arbetsträning', en: 'Work training' },
    category: 'jobFocused',
    provider: 'kommun',
    targets: ['work', 'everydayLife', 'jobSearch', 'cooperation', 'workBelief'],
  },
  {
    id: 'sf-ips',
    label: { sv: 'Individuellt stöd till arbete (IPS)', en: 'Individual placement and support (IPS)' },
    category: 'jobFocused',
    provider: 'samordningsforbund',
    targets: ['work', 'mentalWellbeing', 'jobSearch', 'workBelief', 'healthCoping'],
  },
  {
    id: 'kommun-sfi',
    label: { sv: 'Svenska för invandrare (sfi)', en: 'Swedish for immigrants (SFI)' },
    category: 'competence',
    provider: 'kommun',
    targets: ['education', 'labourMarket', 'concentration'],
  },
  {
    id: 'other-studiecirkel',
    label: { sv: 'Studiecirkel om arbetslivet', en: 'Study circle on working life' },
    category: 'competence',
    provider: 'other',
    targets: ['education', 'work', 'labourMarket', 'determination'],
  },
  {
    id: 'region-fysisk-aktivitet',
    label: { sv: 'Fysisk aktivitet på recept', en: 'Physical activity on prescription' },
    category: 'health',
    provider: 'region',
    targets: ['physicalHealth', 'everydayLife', 'healthCoping', 'everydayCoping'],
  },
  {
    id: 'region-samtal',
    label: { sv: 'Samtalsstöd', en: 'Counselling' },
    category: 'health',
    provider: 'region',
    targets: ['mentalWellbeing', 'relationships', 'healthCoping', 'concentration'],
  },
  {
    id: 'kommun-budget',
    label: { sv: 'Budget- och skuldrådgivning', en: 'Budget and debt advice' },
    category: 'social',
    provider: 'kommun',
    targets: ['finances', 'everydayCoping'],
  },
  {
    id: 'kommun-boendestod',
    label: { sv: 'Boendestöd', en: 'Housing support' },
    category: 'social',
    provider: 'kommun',
    targets: ['housing', 'everydayLife', 'everydayCoping', 'networkSupport'],
  },
  {
    id: 'other-motivationsgrupp',
    label: { sv: 'Motivationsgrupp', en: 'Motivation group' },
    category: 'social',
    provider: 'other',
    targets: ['relationships', 'mentalWellbeing', 'networkSupport', 'determination', 'cooperation'],
  },
  {
    id: 'fk-samordning',
    label: { sv: 'Samordnad rehabilitering', en: 'Coordinated rehabilitation' },
    category: 'coordination',
    provider: 'forsakringskassan',
    targets: ['physicalHealth', 'mentalWellbeing', 'work', 'healthCoping', 'workBelief'],
  },
];

/**
 * The sample interventions with target areas valid for `instrument`. For an instrument with none
 * of the built-in area ids, each intervention aims at one of its areas in turn, so that every
 * target still exists.
 */
export function interventionCatalogue(instrument: Instrument): Intervention[] {
  const areaIds = instrument.areas.map((a) => a.id);
  const known = new Set(areaIds);
  return catalogue.map((entry, index) => {
    const targets = entry.targets.filter((id) => known.has(id));
    return {
      id: entry.id,
      label: { ...entry.label },
      category: entry.category,
      provider: entry.provider,
      targetAreaIds: targets.length > 0 ? targets : [areaIds[index % areaIds.length]!],
    };
  });
}
