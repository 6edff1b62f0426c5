import type { CohortData, Occasion } from '../model/index.js';

/** The kind of story a component demo wants to tell about one participant. */
export type SampleStory = 'improved' | 'worsened' | 'missingOccasions';

interface Journey {
  subjectId: string;
  occasions: Set<Occasion>;
  ratings: number;
  first: number;
  last: number;
  hasCard: boolean;
}

/**
 * Picks a participant whose participant-role ratings tell a story, for component stories and
 * demos: `improved` (clearly higher at exit than at baseline), `worsened` (clearly lower) or
 * `missingOccasions` (fewer rating occasions than others: left early or skipped a follow-up).
 * Prefers a participant with progression cards. Deterministic: the first match in subject-id
 * order, or — if none passes the "clearly" threshold — the most extreme one. `undefined` only
 * when the cohort has no participant ratings at all.
 */
export function sampleParticipant(cohort: CohortData, kind: SampleStory): string | undefined {
  const journeys = new Map<string, Journey>();
  const withCards = new Set((cohort.cards ?? []).map((c) => c.subjectId));
  let lowest = Infinity;
  let highest = -Infinity;
  let mostOccasions = 0;
  for (const assessment of cohort.assessments) {
    if (assessment.role !== 'participant' || assessment.status !== 'completed') continue;
    let sum = 0;
    let count = 0;
    for (const answer of assessment.answers) {
      if (answer.value === null) continue;
      sum += answer.value;
      count++;
      if (answer.value < lowest) lowest = answer.value;
      if (answer.value > highest) highest = answer.value;
    }
    let journey = journeys.get(assessment.subjectId);
    if (!journey) {
      journey = {
        subjectId: assessment.subjectId,
        occasions: new Set(),
        ratings: 0,
        first: Number.NaN,
        last: Number.NaN,
        hasCard: withCards.has(assessment.subjectId),
      };
      journeys.set(assessment.subjectId, journey);
    }
    journey.ratings++;
    journey.occasions.add(assessment.occasion);
    if (count === 0) continue;
    const mean = sum / count;
    if (assessment.occasion === 'baseline' && Number.isNaN(journey.first)) journey.first = mean;
    if (assessment.occasion === 'exit') journey.last = mean;
    mostOccasions = Math.max(mostOccasions, journey.ratings);
  }
  if (journeys.size === 0) return undefined;
  const ordered = [...journeys.values()].sort((a, b) =>
    a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0,
  );
  const byCards = (list: Journey[]) => list.find((j) => j.hasCard) ?? list[0];

  if (kind === 'missingOccasions') {
    const partial = ordered.filter((j) => j.ratings < mostOccasions);
    const withHistory = partial.filter((j) => j.ratings >= 2);
    return (byCards(withHistory) ?? byCards(partial) ?? ordered[0])!.subjectId;
  }
  const complete = ordered.filter((j) => !Number.isNaN(j.first) && !Number.isNaN(j.last));
  const pool = complete.length > 0 ? complete : ordered;
  // "Clearly" = a fifth of the range the cohort actually uses, for any scale.
  const threshold = Number.isFinite(highest - lowest) ? Math.max(0.5, (highest - lowest) / 5) : 1;
  const sign = kind === 'improved' ? 1 : -1;
  const change = (j: Journey) => sign * (j.last - j.first);
  const clear = pool.filter((j) => change(j) >= threshold);
  if (clear.length > 0) return byCards(clear)!.subjectId;
  return pool.reduce((best, j) => (change(j) > change(best) ? j : best)).subjectId;
}
