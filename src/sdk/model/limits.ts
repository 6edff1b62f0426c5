import { issue, type StegIssue } from './issues.js';

/**
 * The limits every parser checks before any work that grows with its input, so that any input —
 * however large or hostile — is answered in time linear in its size, with memory a small
 * multiple of it. Documented in the README ("Limits").
 */
export const LIMITS = {
  /** Entries in any one list (a cohort of 100,000 participants × 4 occasions × 2 roles has 800,000 assessments). */
  listLength: 2_000_000,
  /** Characters in any one string of JSON input (free text is further limited to 10,000). */
  stringLength: 1_000_000,
  /** Keys of any one object (a record of scales, the languages of a text). */
  objectKeys: 10_000,
  /** Nesting depth of JSON input. */
  depth: 64,
  /** Values in one input, counted over every object, list and leaf. */
  values: 100_000_000,
  /** Issues returned in full; the rest are counted in one last `too_many_issues` issue. */
  issues: 100,
  /** Characters of CSV text (`fromCsv`). */
  csvLength: 256 * 1024 * 1024,
  /** Characters of one CSV cell. */
  csvCellLength: 100_000,
} as const;

const tooBig = (path: (string | number)[], en: string, sv: string): StegIssue => issue(path, 'too_large', en, sv);

/**
 * Walks an input once, before any schema reads it, and refuses it at the first list, string,
 * object or depth beyond the limits: a sparse list of length 2³²−1 or a 50 MB string is refused
 * by its length alone, without reading it. Returns null when the input is within the limits.
 * Reading the input may throw (a getter, a revoked proxy): the caller catches it.
 */
export function checkLimits(input: unknown): StegIssue | null {
  let values = 0;
  const path: (string | number)[] = [];
  // The objects on the way down: one met again is a cycle, reported where it closes.
  const ancestors: object[] = [];
  const visit = (value: unknown, depth: number): StegIssue | null => {
    values += 1;
    if (values > LIMITS.values)
      return tooBig(
        [],
        `The input has more than ${LIMITS.values} values.`,
        `Indata har fler än ${LIMITS.values} värden.`,
      );
    if (typeof value === 'string') {
      if (value.length > LIMITS.stringLength)
        return tooBig(
          [...path],
          `Text of ${value.length} characters; at most ${LIMITS.stringLength} are read.`,
          `Text med ${value.length} tecken; högst ${LIMITS.stringLength} läses.`,
        );
      return null;
    }
    if (typeof value !== 'object' || value === null) return null;
    if (ancestors.includes(value))
      return issue(
        [...path],
        'circular',
        'Refers to itself (a circular structure).',
        'Hänvisar till sig själv (en cirkulär struktur).',
      );
    if (depth >= LIMITS.depth)
      return tooBig(
        [...path],
        `Nested more than ${LIMITS.depth} levels deep.`,
        `Nästlat i mer än ${LIMITS.depth} nivåer.`,
      );
    ancestors.push(value);
    const found = visitChildren(value, depth);
    ancestors.pop();
    return found;
  };
  const visitChildren = (value: object, depth: number): StegIssue | null => {
    if (Array.isArray(value)) {
      const length = value.length;
      if (length > LIMITS.listLength)
        return tooBig(
          [...path],
          `A list of ${length} entries; at most ${LIMITS.listLength} are read (add larger cohorts in batches).`,
          `En lista med ${length} poster; högst ${LIMITS.listLength} läses (lägg till större kohorter i omgångar).`,
        );
      for (let i = 0; i < length; i++) {
        path.push(i);
        const found = visit(value[i], depth + 1);
        path.pop();
        if (found) return found;
      }
      return null;
    }
    let keys = 0;
    for (const key in value) {
      keys += 1;
      if (keys > LIMITS.objectKeys)
        return tooBig(
          [...path],
          `An object with more than ${LIMITS.objectKeys} keys.`,
          `Ett objekt med fler än ${LIMITS.objectKeys} nycklar.`,
        );
      path.push(key);
      const found = visit((value as Record<string, unknown>)[key], depth + 1);
      path.pop();
      if (found) return found;
    }
    return null;
  };
  return visit(input, 0);
}

/**
 * Keeps the first `LIMITS.issues` issues and says how many more there were (`more`) and how
 * many entries were not checked at all (`unchecked`): once 100 problems are found, a parser stops
 * reading, so that a long list of bad entries costs no more than its first hundred problems.
 */
export function capIssues(issues: StegIssue[], more = 0, unchecked = 0): StegIssue[] {
  const rest = issues.length - LIMITS.issues + more;
  if (rest <= 0 && unchecked === 0) return issues;
  const kept = issues.length > LIMITS.issues ? issues.slice(0, LIMITS.issues) : issues;
  const en = rest > 0 ? [`${rest} more problem(s) were found.`] : [];
  const sv = rest > 0 ? [`${rest} problem till hittades.`] : [];
  if (unchecked > 0) {
    en.push(`After ${LIMITS.issues} problems, the next ${unchecked} entries were not checked.`);
    sv.push(`Efter ${LIMITS.issues} problem kontrollerades inte de följande ${unchecked} posterna.`);
  }
  kept.push(
    issue([], 'too_many_issues', `${en.join(' ')} Fix the ones above first.`, `${sv.join(' ')} Rätta dem ovan först.`),
  );
  return kept;
}
