import type { Instrument } from '../model/instrument.js';
import type { InterventionCategory } from '../model/intervention.js';
import { issue, type StegIssue } from '../model/issues.js';
import { rolePlan } from './scoring-plan.js';
import { endOf, timeOf, type Period } from './timeline.js';
import { DEFAULT_MINIMAL_CHANGE } from './change-direction.js';
import { cellLayout, CellCounts } from './cohort-cells.js';
import { DEFAULT_MIN_CELL, disclosureRule } from './disclosure-control.js';
import { RoleMembers } from './cohort-members.js';
import type { CohortBreakdownKind, CohortReport, CohortRoleReport } from './cohort-report-types.js';
import { type Grouped } from './cohort-grouping.js';
import { keepUniqueById } from './cohort-unique.js';
import { tallyWarnings } from './cohort-warnings.js';
import { type FinishContext, finishRole, foldCombinations, genderOrder, type RoleCells } from './cohort-finish.js';
import { type CohortReportOptions } from './cohort-accumulator.js';
import { tallyParticipant } from './cohort-tally.js';
import { tallyState } from './cohort-tally-state.js';
import { needsResult, needsSetup, NeedsTally } from './needs-tally.js';

/**
 * The report; null when `grouped` stopped part way (the caller then groups the data another way).
 * Sets up the cells, tallies every participant into them (cohort-tally.ts), then finishes and
 * audits each role's cells (cohort-finish.ts).
 */
export function buildReport(
  instrument: Instrument,
  options: CohortReportOptions,
  grouped: Grouped,
): CohortReport | null {
  const interventionRecords = grouped.interventions;
  const minCell = Math.max(1, Math.floor(options.minCell ?? DEFAULT_MIN_CELL));
  const complementary = options.complementarySuppression ?? true;
  const minimalChange = options.minimalChange ?? DEFAULT_MINIMAL_CHANGE;
  const wanted = new Set(options.breakdowns ?? allBreakdowns);
  const roles = (options.roles ?? instrument.respondentRoles).filter((r) => instrument.respondentRoles.includes(r));
  const warnings: StegIssue[] = [];

  const catalogueTally = { conflicts: 0 };
  // The catalogue's order decides the order of breakdowns: by id, whatever order the batches came in.
  const interventions = interventionRecords.slice();
  interventions.length = keepUniqueById(interventions, interventions.length, catalogueTally);
  interventions.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  if (catalogueTally.conflicts > 0) {
    warnings.push(
      issue(
        ['interventions'],
        'conflicting_records',
        `${catalogueTally.conflicts} intervention(s) appear with different contents under one id; one version was used.`,
        `${catalogueTally.conflicts} insats(er) förekommer med olika innehåll under samma id; en version användes.`,
      ),
    );
  }
  const categories = categoryOrder.filter((c) => interventions.some((iv) => iv.category === c));

  const cellsByRole = roles.map((role): RoleCells => {
    const plan = rolePlan(instrument, role);
    const layout = cellLayout(plan);
    return {
      plan,
      layout,
      areaSlot: new Map(plan.areas.map((a, slot) => [a.area.id, slot])),
      all: new CellCounts(layout),
      combinations: [],
      genders: new Map(),
      units: new Map(),
      categories: categories.map(() => null),
      interventions: interventions.map(() => null),
      parallel: [null, null, null],
    };
  });
  // Who is in which cell, for the audit over the whole report (cohort-members.ts, disclosure-audit.ts).
  const members = minCell > 1 && complementary ? cellsByRole.map((c) => new RoleMembers(c.layout)) : null;
  // The needs analysis, when asked for, in the same pass, for one of the roles reported on.
  let needs: NeedsTally | null = null;
  let needsRole = -1;
  if (options.needs) {
    const needsOptions = {
      ...options,
      ...(options.needs === true ? {} : options.needs),
      minCell,
      complementarySuppression: complementary,
    };
    needs = new NeedsTally(needsSetup(instrument, needsOptions, interventions), minCell > 1 && complementary);
    needsRole = roles.indexOf(needs.setup.role);
    if (needsRole < 0)
      throw new RangeError('The option needs.role must be one of the roles reported on (the option roles).');
  }
  const state = tallyState({
    instrument,
    options,
    grouped,
    interventions,
    categories,
    byCategory: wanted.has('interventionCategory'),
    byIntervention: wanted.has('intervention'),
    roles,
    cellsByRole,
    members,
    periodStart: options.period?.from ? timeOf(options.period.from) : Number.NEGATIVE_INFINITY,
    periodStop: periodEnd(options.period),
    needs,
    needsRole,
  });
  const subjectCount = grouped.visit((subject) => tallyParticipant(state, subject));
  if (subjectCount === null) return null;

  const { excluded, unitIndex } = state;
  const duplicates = excluded.get('duplicate') ?? 0;
  const assessmentsCounted = state.assessmentsCounted - duplicates;
  warnings.push(
    ...tallyWarnings({
      otherInstrument: state.otherInstrument,
      otherVersion: excluded.get('otherVersion') ?? 0,
      conflicts: duplicates + state.conflicts.conflicts,
      unknownInterventions: state.unknownInterventions,
      attributeConflicts: state.attributeConflicts,
    }),
  );

  const context: FinishContext = {
    minCell,
    complementary,
    minimalChange,
    options,
    interventions,
    categories,
    hasCatalogue: interventions.length > 0,
    jobFocused: categories.includes('jobFocused'),
    genders: [],
    units: [],
    anyGender: state.anyGender,
    anyUnit: state.anyUnit,
    wanted,
    suppressedCells: 0,
  };
  const units = [...unitIndex.keys()];
  const gendersSeen = new Set<string>();
  const unitsSeen = new Set<string>();
  cellsByRole.forEach((cells, r) => foldCombinations(cells, units, gendersSeen, unitsSeen, members?.[r] ?? null));
  context.genders = genderOrder.filter((g) => gendersSeen.has(g));
  context.units = [...unitsSeen]
    .filter((u) => u !== 'unknown')
    .sort()
    .concat(unitsSeen.has('unknown') ? ['unknown'] : []);
  const roleReports: CohortRoleReport[] = [];
  cellsByRole.forEach((cells, r) => {
    if (cells.all.started === 0) return;
    roleReports.push(finishRole(roles[r]!, cells, context, members?.[r] ?? null));
  });

  return {
    instrument: { id: instrument.id, version: instrument.version },
    period: { from: options.period?.from ?? null, to: options.period?.to ?? null },
    participants: subjectCount,
    assessments: assessmentsCounted,
    disclosure: {
      minCell,
      complementary,
      suppressedCells: context.suppressedCells,
      rule: disclosureRule(minCell, complementary),
    },
    interpretation: {
      kind: 'association',
      message: {
        sv: 'Skillnader mellan grupper visar samband, inte vad insatserna orsakar: vem som får en insats är inte slumpat.',
        en: 'Differences between groups are associations, not effects of the interventions: who gets an intervention is not random.',
      },
    },
    roles: roleReports,
    warnings,
    ...(needs === null ? {} : { needs: needsResult(needs) }),
  };
}

export const categoryOrder: InterventionCategory[] = ['jobFocused', 'competence', 'health', 'social', 'coordination'];
export const allBreakdowns: CohortBreakdownKind[] = [
  'interventionCategory',
  'intervention',
  'parallelSupport',
  'gender',
  'unit',
];

export function periodEnd(period: Period | undefined): number {
  if (!period?.to) return Number.POSITIVE_INFINITY;
  return endOf(period.to);
}
