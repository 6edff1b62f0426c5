import { issue, type IssuePath, type StegIssue } from '../../sdk/model/issues.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const roles = new Set(['participant', 'caseManager', 'joint']);
const numberFields = [
  'nStarted',
  'nPaired',
  'attritionRate',
  'meanChange',
  'shareImproved',
  'shareUnchanged',
  'shareWorsened',
  'shareGoalsReached',
  'goals',
] as const;

/** Stops after this many problems: a wholly wrong value would otherwise list thousands. */
const MAX_PROBLEMS = 50;

function checkCell(cell: unknown, path: IssuePath, out: StegIssue[]): void {
  if (!isObject(cell)) {
    out.push(issue(path, 'invalid_type', 'Expected a cohort cell.', 'Väntade en cell i rapporten.'));
    return;
  }
  if (!(cell.areaId === null || typeof cell.areaId === 'string')) {
    out.push(
      issue([...path, 'areaId'], 'invalid_type', 'Expected an area id or null.', 'Väntade ett områdes-id eller null.'),
    );
  }
  if (typeof cell.suppressed !== 'boolean')
    out.push(issue([...path, 'suppressed'], 'invalid_type', 'Expected true or false.', 'Väntade sant eller falskt.'));
  if (!Array.isArray(cell.withheld))
    out.push(issue([...path, 'withheld'], 'invalid_type', 'Expected a list.', 'Väntade en lista.'));
  for (const field of numberFields) {
    const v = cell[field];
    if (!(v === null || (typeof v === 'number' && Number.isFinite(v)))) {
      out.push(
        issue(
          [...path, field],
          'invalid_type',
          'Expected a finite number or null.',
          'Väntade ett ändligt tal eller null.',
        ),
      );
    }
  }
  const ci = cell.ci95;
  if (!(
    ci === null ||
    (Array.isArray(ci) && ci.length === 2 && ci.every((v) => typeof v === 'number' && Number.isFinite(v)))
  )) {
    out.push(
      issue(
        [...path, 'ci95'],
        'invalid_type',
        'Expected two finite numbers or null.',
        'Väntade två ändliga tal eller null.',
      ),
    );
  }
}

function checkGroup(group: unknown, path: IssuePath, out: StegIssue[]): void {
  if (!isObject(group)) {
    out.push(issue(path, 'invalid_type', 'Expected a group of participants.', 'Väntade en grupp deltagare.'));
    return;
  }
  if (typeof group.key !== 'string')
    out.push(issue([...path, 'key'], 'invalid_type', 'Expected text.', 'Väntade text.'));
  if (!Array.isArray(group.areas)) {
    out.push(issue([...path, 'areas'], 'invalid_type', 'Expected a list.', 'Väntade en lista.'));
  } else group.areas.forEach((cell, i) => checkCell(cell, [...path, 'areas', i], out));
  if (group.overall !== null && group.overall !== undefined) checkCell(group.overall, [...path, 'overall'], out);
}

/**
 * Checks that a value has the shape of a `cohortReport(...)` result before the summary reads
 * it. The summary shows what the SDK computed and recomputes nothing, so this checks shape:
 * every field it reads is present and of the right type. Individual data (a `CohortData` with
 * assessments) is refused by name: the summary is for aggregates only.
 */
export function checkCohortReport(value: unknown): StegIssue[] {
  // A value whose fields throw when read (a revoked proxy, a getter) is reported, never thrown.
  try {
    return checkReportShape(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      issue([], 'unreadable', `The report could not be read: ${reason}`, `Rapporten kunde inte läsas: ${reason}`),
    ];
  }
}

function checkReportShape(value: unknown): StegIssue[] {
  if (!isObject(value))
    return [
      issue(
        [],
        'invalid_type',
        'Expected the result of cohortReport(...).',
        'Väntade resultatet av cohortReport(...).',
      ),
    ];
  if (Array.isArray(value.assessments)) {
    return [
      issue(
        ['assessments'],
        'individual_data',
        'This looks like individual data. Give the summary a cohortReport(...) result: it never shows single participants.',
        'Det här ser ut som data om enskilda. Ge sammanställningen resultatet av cohortReport(...): den visar aldrig enskilda deltagare.',
      ),
    ];
  }
  const out: StegIssue[] = [];
  if (!isObject(value.disclosure) || typeof value.disclosure.minCell !== 'number') {
    out.push(
      issue(
        ['disclosure', 'minCell'],
        'required',
        'The disclosure rule (minCell) is required.',
        'Regeln för röjandeskydd (minCell) måste finnas.',
      ),
    );
  }
  if (!Array.isArray(value.roles) || value.roles.length === 0) {
    out.push(issue(['roles'], 'too_few', 'Expected at least one role report.', 'Väntade minst en rapport per roll.'));
    return out;
  }
  value.roles.forEach((role, r) => {
    if (!isObject(role)) {
      out.push(issue(['roles', r], 'invalid_type', 'Expected a role report.', 'Väntade en rapport för en roll.'));
      return;
    }
    if (typeof role.role !== 'string' || !roles.has(role.role)) {
      out.push(
        issue(
          ['roles', r, 'role'],
          'invalid_value',
          'Must be one of "participant", "caseManager", "joint".',
          'Måste vara ett av "participant", "caseManager", "joint".',
        ),
      );
    }
    checkGroup(role.all, ['roles', r, 'all'], out);
    if (!Array.isArray(role.breakdowns)) {
      out.push(issue(['roles', r, 'breakdowns'], 'invalid_type', 'Expected a list.', 'Väntade en lista.'));
      return;
    }
    role.breakdowns.forEach((b, i) => {
      const path = ['roles', r, 'breakdowns', i];
      if (!isObject(b) || typeof b.id !== 'string' || typeof b.kind !== 'string' || !Array.isArray(b.groups)) {
        out.push(
          issue(
            path,
            'invalid_type',
            'Expected a breakdown with id, kind and groups.',
            'Väntade en uppdelning med id, kind och groups.',
          ),
        );
        return;
      }
      b.groups.forEach((g, j) => checkGroup(g, [...path, 'groups', j], out));
    });
  });
  return out.slice(0, MAX_PROBLEMS);
}
