import { issue, type StegIssue } from '../../sdk/model/issues.js';
import type { Progression } from '../../sdk/scoring/progression.js';

const roles = new Set(['participant', 'caseManager', 'joint']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkScore(value: unknown, path: (string | number)[], problems: StegIssue[]): void {
  if (value === null) return;
  if (!isObject(value) || !Array.isArray(value.areas) || typeof value.authored !== 'string') {
    problems.push(
      issue(
        path,
        'invalid_type',
        'Expected a scored assessment (with areas and authored) or null.',
        'Väntade en poängsatt skattning (med areas och authored) eller null.',
      ),
    );
    return;
  }
  value.areas.forEach((area: unknown, i: number) => {
    if (!isObject(area) || typeof area.areaId !== 'string' || !(area.score === null || Number.isFinite(area.score))) {
      problems.push(
        issue(
          [...path, 'areas', i],
          'invalid_type',
          'Expected an area score with areaId and a finite score or null.',
          'Väntade ett områdesresultat med areaId och ett ändligt värde eller null.',
        ),
      );
    }
  });
}

/**
 * Checks that a value has the shape of a `progression(...)` result before the card reads it.
 * The card displays what the SDK computed and recomputes nothing, so this checks shape only:
 * what the card reads is there and of the right type. Every problem is reported with its path.
 */
export function checkProgression(value: unknown): StegIssue[] {
  // A value whose fields throw when read (a revoked proxy, a getter) is reported, never thrown.
  try {
    return checkProgressionShape(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      issue(
        [],
        'unreadable',
        `The progression could not be read: ${reason}`,
        `Progressionen kunde inte läsas: ${reason}`,
      ),
    ];
  }
}

function checkProgressionShape(value: unknown): StegIssue[] {
  if (!isObject(value))
    return [
      issue([], 'invalid_type', 'Expected the result of progression(...).', 'Väntade resultatet av progression(...).'),
    ];
  const problems: StegIssue[] = [];
  if (typeof value.role !== 'string' || !roles.has(value.role)) {
    problems.push(
      issue(
        ['role'],
        'invalid_value',
        'Must be one of "participant", "caseManager", "joint".',
        'Måste vara ett av "participant", "caseManager", "joint".',
      ),
    );
  }
  if (!Array.isArray(value.occasions)) {
    problems.push(issue(['occasions'], 'invalid_type', 'Expected a list.', 'Väntade en lista.'));
  } else value.occasions.forEach((o: unknown, i: number) => checkScore(o, ['occasions', i], problems));
  checkScore(value.baseline ?? null, ['baseline'], problems);
  checkScore(value.latest ?? null, ['latest'], problems);
  const change = value.change ?? null;
  if (change !== null) {
    if (!isObject(change) || !Array.isArray(change.areas)) {
      problems.push(
        issue(
          ['change'],
          'invalid_type',
          'Expected a comparison with areas, or null.',
          'Väntade en jämförelse med areas, eller null.',
        ),
      );
    } else {
      change.areas.forEach((area: unknown, i: number) => {
        if (
          !isObject(area) ||
          typeof area.areaId !== 'string' ||
          !(area.delta === null || Number.isFinite(area.delta))
        ) {
          problems.push(
            issue(
              ['change', 'areas', i],
              'invalid_type',
              'Expected an area change with areaId and a finite delta or null.',
              'Väntade en områdesförändring med areaId och ett ändligt delta eller null.',
            ),
          );
        }
      });
    }
  }
  if (value.warnings !== undefined && !Array.isArray(value.warnings)) {
    problems.push(issue(['warnings'], 'invalid_type', 'Expected a list.', 'Väntade en lista.'));
  }
  return problems;
}

/** Narrows a checked value. */
export const asProgression = (value: unknown): Progression => value as Progression;
