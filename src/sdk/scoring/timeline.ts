import type { Instrument } from '../model/instrument.js';
import type { Assessment } from '../model/assessment.js';

/** Why an assessment takes no part in a participant's timeline. */
export type ExclusionReason =
  'enteredInError' | 'replaced' | 'notCompleted' | 'otherInstrument' | 'otherVersion' | 'outsidePeriod' | 'duplicate';

/** An assessment left out of a timeline, and why. */
export interface ExcludedAssessment {
  assessmentId: string;
  reason: ExclusionReason;
}

/** A period to restrict a timeline or a report to, as ISO dates (inclusive); open ends allowed. */
export interface Period {
  from?: string;
  to?: string;
}

/** How a timeline is built. */
export interface TimelineOptions {
  /**
   * Score assessments made with other versions of the same instrument with the version given
   * (their linkIds must match). Off by default: such assessments are left out and reported.
   */
  mixVersions?: boolean;
  period?: Period;
}

/** The assessments of one participant and role that count, in order, with the pair to compare. */
export interface Timeline {
  /** Completed (or amended) assessments in time order; an amendment stands where its original stood. */
  entries: Assessment[];
  /** The first completed assessment. */
  baseline: Assessment | null;
  /** The exit assessment if there is one, else the last completed; null when it would be the baseline itself. */
  latest: Assessment | null;
  excluded: ExcludedAssessment[];
  /** The entries span more than one instrument version (only with `mixVersions`). */
  mixedVersions: boolean;
}

/** The order of occasions on the same time: baseline, follow-up, exit, after exit; -1 for anything else. */
export function occasionOrder(occasion: unknown): number {
  switch (occasion) {
    case 'baseline':
      return 0;
    case 'followUp':
      return 1;
    case 'exit':
      return 2;
    case 'postExit':
      return 3;
    default:
      return -1;
  }
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * Milliseconds since the epoch of an ISO date; unparseable dates sort last. The two forms data
 * mostly comes in, `2026-03-01` and `2026-03-01T09:30:00Z`, are read with plain arithmetic —
 * as UTC, exactly as Date.parse reads them — which is markedly faster in a report over a million
 * dates; anything else goes to Date.parse. So does a day past the month's end (31 February): the
 * engines disagree there (Chromium and Firefox roll it over into March, WebKit refuses it, as the
 * standard says), and timeOf agrees with the engine it runs in. Parsed data never has one.
 */
export function timeOf(iso: string): number {
  timeInto(iso, parsed, 0);
  return parsed[0]!;
}

const parsed = new Float64Array(1);

/**
 * `timeOf(iso)`, written to `out[i]`. The parser is too long for the engine to inline, and a
 * number returned from a call that is not inlined is allocated on the heap; written into a
 * Float64Array it is not — which counts over a million dates. timeOf itself is small enough to inline.
 */
export function timeInto(iso: string, out: Float64Array, i: number): void {
  const n = iso.length;
  if ((n === 10 || n === 20) && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y0 = digit(iso, 0);
    const y1 = digit(iso, 1);
    const y2 = digit(iso, 2);
    const y3 = digit(iso, 3);
    const m0 = digit(iso, 5);
    const m1 = digit(iso, 6);
    const d0 = digit(iso, 8);
    const d1 = digit(iso, 9);
    // Unsigned, a character below '0' wraps to a large number, so one test covers both ends.
    if (
      y0 >>> 0 <= 9 &&
      y1 >>> 0 <= 9 &&
      y2 >>> 0 <= 9 &&
      y3 >>> 0 <= 9 &&
      m0 >>> 0 <= 9 &&
      m1 >>> 0 <= 9 &&
      d0 >>> 0 <= 9 &&
      d1 >>> 0 <= 9
    ) {
      let ms = 0;
      let ok = true;
      if (n === 20) {
        const h0 = digit(iso, 11);
        const h1 = digit(iso, 12);
        const i0 = digit(iso, 14);
        const i1 = digit(iso, 15);
        const s0 = digit(iso, 17);
        const s1 = digit(iso, 18);
        ok =
          iso.charCodeAt(10) === 84 &&
          iso.charCodeAt(13) === 58 &&
          iso.charCodeAt(16) === 58 &&
          iso.charCodeAt(19) === 90 &&
          h0 >>> 0 <= 9 &&
          h1 >>> 0 <= 9 &&
          i0 >>> 0 <= 9 &&
          i1 >>> 0 <= 9 &&
          s0 >>> 0 <= 9 &&
          s1 >>> 0 <= 9;
        const hour = h0 * 10 + h1;
        const minute = i0 * 10 + i1;
        const second = s0 * 10 + s1;
        ok = ok && hour <= 23 && minute <= 59 && second <= 59;
        ms = hour * 3_600_000 + minute * 60_000 + second * 1000;
      }
      const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const month = m0 * 10 + m1;
      const day = d0 * 10 + d1;
      // Years below 100 are rare enough to leave to Date.parse.
      if (
        ok &&
        year >= 100 &&
        month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        (day <= 28 || day <= monthLength(year, month))
      ) {
        out[i] = daysFromCivil(year, month, day) * 86_400_000 + ms;
        return;
      }
    }
  }
  const t = Date.parse(iso);
  out[i] = Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

function monthLength(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether a string is a bare date, `YYYY-MM-DD` (what /^\d{4}-\d{2}-\d{2}$/ matches, without a regular expression). */
function isDateOnly(iso: string): boolean {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7 && (iso.charCodeAt(i) - 48) >>> 0 > 9) return false;
  return true;
}

/** The last millisecond an ISO date or time stands for: a bare date includes the whole day. */
export function endOf(iso: string): number {
  return isDateOnly(iso) ? timeOf(iso) + 86_399_999 : timeOf(iso);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const statusRank = (a: Assessment) =>
  a.status === 'entered-in-error' ? 3 : a.status === 'amended' ? 2 : a.status === 'completed' ? 1 : 0;

/** Which of two records with the same id stands: a retraction wins, then the later one; ties broken by content so the choice never depends on input order. */
function preferred(a: Assessment, b: Assessment): Assessment {
  const rank = statusRank(a) - statusRank(b);
  if (rank !== 0) return rank > 0 ? a : b;
  const time = timeOf(a.authored) - timeOf(b.authored);
  if (time !== 0) return time > 0 ? a : b;
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  return ja >= jb ? a : b;
}

function inPeriod(time: number, period: Period | undefined): boolean {
  if (!period) return true;
  if (period.from !== undefined && time < timeOf(period.from)) return false;
  // A date-only end includes the whole day.
  if (period.to !== undefined) {
    const end = endOf(period.to);
    if (time > end) return false;
  }
  return true;
}

/**
 * Resolves the assessments of ONE participant and ONE role into the timeline that counts:
 * `entered-in-error` records are dropped, an `amended` record replaces the one it names in
 * `replaces` (and takes its place in time), records that are not completed are dropped, other
 * instruments and — unless `mixVersions` — other versions are dropped and listed. The result
 * does not depend on the order of the input.
 */
export function resolveTimeline(
  instrument: Instrument,
  assessments: readonly Assessment[],
  options: TimelineOptions = {},
): Timeline {
  const excluded: ExcludedAssessment[] = [];
  let byId: Map<string, Assessment>;
  if (assessments.length < 2) {
    byId = new Map(assessments.map((a) => [a.id, a]));
  } else {
    byId = new Map();
    // Every record object under an id beyond the first is one duplicate; the same object given
    // twice is one record. (Comparing with the version kept so far instead would count by order.)
    let copies: Map<string, Set<Assessment>> | null = null;
    for (const a of assessments) {
      const seen = byId.get(a.id);
      if (seen === undefined) byId.set(a.id, a);
      else if (seen !== a) {
        copies ??= new Map();
        let objects = copies.get(a.id);
        if (objects === undefined) copies.set(a.id, (objects = new Set([seen])));
        if (objects.has(a)) continue;
        objects.add(a);
        byId.set(a.id, preferred(seen, a));
        excluded.push({ assessmentId: a.id, reason: 'duplicate' });
      }
    }
  }
  // Amendments in force: the latest amendment of each original wins.
  const amendmentOf = new Map<string, Assessment>();
  for (const a of byId.values()) {
    if (a.status !== 'amended' || a.replaces === undefined || a.replaces === a.id) continue;
    const other = amendmentOf.get(a.replaces);
    if (!other || preferAmendment(a, other)) amendmentOf.set(a.replaces, a);
  }
  const candidates: { a: Assessment; time: number; rank: number }[] = [];
  for (const a of byId.values()) {
    if (a.status === 'entered-in-error') {
      excluded.push({ assessmentId: a.id, reason: 'enteredInError' });
      continue;
    }
    const amendment = amendmentOf.get(a.id);
    if (amendment !== undefined && amendment !== a) {
      excluded.push({ assessmentId: a.id, reason: 'replaced' });
      continue;
    }
    if (a.status !== 'completed' && a.status !== 'amended') {
      excluded.push({ assessmentId: a.id, reason: 'notCompleted' });
      continue;
    }
    if (a.instrument.id !== instrument.id) {
      excluded.push({ assessmentId: a.id, reason: 'otherInstrument' });
      continue;
    }
    if (a.instrument.version !== instrument.version && !options.mixVersions) {
      excluded.push({ assessmentId: a.id, reason: 'otherVersion' });
      continue;
    }
    const own = timeOf(a.authored);
    if (!inPeriod(own, options.period)) {
      excluded.push({ assessmentId: a.id, reason: 'outsidePeriod' });
      continue;
    }
    // An amendment stands where the original it corrects stood (the root of a chain of amendments).
    let time = own;
    let rank = occasionOrder(a.occasion);
    let origin = a;
    const visited = new Set<string>([a.id]);
    while (origin.status === 'amended' && origin.replaces !== undefined && !visited.has(origin.replaces)) {
      const original = byId.get(origin.replaces);
      if (!original || amendmentOf.get(original.id) !== origin) break;
      visited.add(original.id);
      origin = original;
      time = timeOf(original.authored);
      rank = occasionOrder(original.occasion);
    }
    candidates.push({ a, time, rank });
  }
  candidates.sort((x, y) => x.time - y.time || x.rank - y.rank || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));
  excluded.sort((x, y) =>
    x.assessmentId < y.assessmentId
      ? -1
      : x.assessmentId > y.assessmentId
        ? 1
        : x.reason < y.reason
          ? -1
          : x.reason > y.reason
            ? 1
            : 0,
  );
  const entries = candidates.map((c) => c.a);
  const baseline = entries[0] ?? null;
  let latest: Assessment | null = null;
  for (let i = entries.length - 1; i > 0 && latest === null; i--)
    if (entries[i]!.occasion === 'exit') latest = entries[i]!;
  if (latest === null && entries.length > 1) latest = entries[entries.length - 1]!;
  const versions = new Set(entries.map((a) => a.instrument.version));
  return { entries, baseline, latest, excluded, mixedVersions: versions.size > 1 };
}

function preferAmendment(a: Assessment, b: Assessment): boolean {
  const time = timeOf(a.authored) - timeOf(b.authored);
  if (time !== 0) return time > 0;
  return a.id > b.id;
}
