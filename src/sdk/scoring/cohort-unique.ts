import type { InterventionEpisode } from '../model/intervention.js';

export const idKey = (r: { id?: string | undefined }): string => r.id ?? JSON.stringify(r);

/**
 * Keeps one record per id among the first `count` records, in place, and returns how many are
 * left; which one is kept never depends on input order. The statistics built from the records
 * are counts, so the order they are left in does not matter. Each different version under one
 * key beyond the one kept adds one to `tally.conflicts`. `keyOf` gives a record's identity,
 * which is its id whenever it has one.
 */
export function keepUniqueById<T extends { id?: string | undefined }>(
  records: T[],
  count: number,
  tally: { conflicts: number },
  keyOf: (r: T) => string = idKey,
): number {
  if (count < 2) return count;
  // No shortcut for short lists. Leaving lists of up to 16 records with distinct ids without a
  // Map pays about 4 % on the 100k bench when each SDK runs alone (bench/compare-solo.mjs), under
  // the 5 % a speed trick must pay here (bench/RESULTS.md), so it is not kept.
  const byKey = new Map<string, T>();
  // The different contents met under each key that has more than one. Each version beyond the
  // one used is one conflict, however many copies of it there are and in whatever order they come.
  let versions: Map<string, Set<string>> | null = null;
  for (let i = 0; i < count; i++) {
    const r = records[i]!;
    const key = keyOf(r);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, r);
    else if (seen !== r) {
      const a = JSON.stringify(seen);
      const b = JSON.stringify(r);
      if (a !== b) {
        versions ??= new Map();
        const met = versions.get(key);
        if (met === undefined) versions.set(key, new Set([a, b]));
        else met.add(b);
      }
      if (b < a) byKey.set(key, r);
    }
  }
  if (versions !== null) for (const met of versions.values()) tally.conflicts += met.size - 1;
  let kept = 0;
  for (const r of byKey.values()) records[kept++] = r;
  return kept;
}

/** Episodes may come without an id: then what they say is their identity. */
export const episodeKey = (e: InterventionEpisode): string => e.id ?? `${e.interventionId}|${e.start}|${e.end ?? ''}`;
