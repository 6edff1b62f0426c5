import type {
  Answer,
  AreaGoal,
  Assessment,
  CohortData,
  Instrument,
  InstrumentRef,
  Intervention,
  InterventionEpisode,
  MissingCode,
  Occasion,
  ParticipantAttributes,
  ProgressionCard,
  RespondentRole,
} from '../model/index.js';
import { livsomraden } from '../instruments/livsomraden.js';
import { SeededRandom } from './random.js';
import { interventionCatalogue } from './intervention-catalogue.js';
import { cardPool } from './card-pool.js';

/** Options of `generateSampleCohort`; every one has a default. */
export interface SampleCohortOptions {
  /** Seed of the pseudo-random generator; the same seed gives identical output. Default 1. */
  seed?: number;
  /** How many participants. Default 100. */
  participants?: number;
  /** The instrument to answer (parsed). Default `livsomraden`. */
  instrument?: Instrument;
  /** The earliest baseline date, `YYYY-MM-DD`; baselines are spread over the following six months. Default `2026-01-05`. */
  start?: string;
  /** Planned occasions per participant: baseline, follow-ups about every three months, exit. Default 4. */
  occasions?: number;
  /** Who rates. Default: every role of the instrument, participant first. */
  roles?: RespondentRole[];
  /** Share of participants who leave before the exit occasion. Default 0.2. */
  dropoutRate?: number;
  /** Share of answers given as a missing code ("Vet inte", "Vill inte svara") when the scale offers one. Default 0.03. */
  missingRate?: number;
}

/** What `generateSampleCohort` returns: `CohortData` with every list present. */
export interface SampleCohort extends CohortData {
  assessments: Assessment[];
  goals: AreaGoal[];
  cards: ProgressionCard[];
  interventions: Intervention[];
  episodes: InterventionEpisode[];
  participants: ParticipantAttributes[];
}

const DAY_MS = 86_400_000;
/** Days between planned occasions (about three months). */
const OCCASION_INTERVAL = 91;
const ERROR_RATE = 0.008;
const AMEND_RATE = 0.008;
const SKIPPED_FOLLOW_UP_RATE = 0.06;
const CASE_MANAGER_SKIP_RATE = 0.03;

// Typical baselines on the 1–10 ladder: work and money are where most participants start lowest.
const baselineMeans: Readonly<Record<string, number>> = {
  work: 3.4,
  finances: 4.4,
  housing: 6.0,
  physicalHealth: 5.0,
  mentalWellbeing: 4.2,
  everydayLife: 5.4,
  relationships: 5.8,
  education: 4.8,
  jobSearch: 3.6,
  labourMarket: 4.0,
  healthCoping: 4.6,
  cooperation: 6.2,
  determination: 5.0,
  workBelief: 3.8,
  networkSupport: 5.4,
  everydayCoping: 5.6,
  concentration: 5.0,
  caseManagerBelief: 3.6,
};
const units = ['enhet-norr', 'enhet-soder', 'enhet-oster', 'enhet-vaster'] as const;
/** A small difference in progress between units, so unit breakdowns are not flat. */
const unitTrend = [0.3, 0, -0.25, 0.1] as const;
const times = [
  '07:15',
  '08:00',
  '08:30',
  '09:00',
  '09:45',
  '10:30',
  '11:00',
  '12:15',
  '13:00',
  '13:30',
  '14:00',
  '14:45',
];

/** One item a role answers, flattened for the hot loop. */
interface ItemPlan {
  linkId: string;
  area: number;
  min: number;
  /** (max − min) / 9: one step of the 1–10 latent ladder on this item's scale. */
  unit: number;
  max: number;
  reverse: boolean;
  /** The scale reads lower-is-better: a higher latent level is a lower value. */
  lower: boolean;
  missing: readonly MissingCode[];
}

/**
 * Generates a realistic, deterministic cohort for stories, tests and benchmarks: participants
 * (gender, unit), a catalogue of interventions and each participant's episodes, assessments at
 * baseline, follow-ups about every three months and exit by each role, goals, and progression
 * cards in the participant's own words.
 *
 * Each participant has a latent level per area and a trajectory: most improve a little, some
 * worsen, and areas targeted by their interventions improve more — most when a job-focused
 * intervention runs in parallel with a health or social one (the BIP finding). Case managers'
 * ratings follow the same trajectory with a personal offset (usually a little lower) and a
 * smaller change. Some answers carry a missing code, a few assessments are `entered-in-error` or
 * `amended` (with `replaces`), some participants drop out (no later occasions) or skip a
 * follow-up. Ids are pseudonymous (`p0001`). Same options ⇒ identical output; nothing reads the
 * clock or `Math.random`.
 *
 * Everything returned parses with the SDK's schemas and passes `validateAssessment`,
 * `validateGoal`, `validateProgressionCard` and `validateIntervention` for the instrument.
 * @throws RangeError on options out of range (for example a negative participant count or a role the instrument does not have).
 */
export function generateSampleCohort(options: SampleCohortOptions = {}): SampleCohort {
  const instrument = options.instrument ?? livsomraden;
  const seed = options.seed ?? 1;
  const participantCount = options.participants ?? 100;
  const occasionCount = options.occasions ?? 4;
  const dropoutRate = options.dropoutRate ?? 0.2;
  const missingRate = options.missingRate ?? 0.03;
  const startDay = parseStartDay(options.start ?? '2026-01-05');
  // Joint ratings only when asked for: an instrument that allows them (livsomraden does) still
  // gets the participant's and the case manager's ratings by default, as before it did.
  const separate = instrument.respondentRoles.filter((role) => role !== 'joint');
  const roles =
    options.roles ??
    [...(separate.length > 0 ? separate : instrument.respondentRoles)].sort(
      (a, b) => Number(a !== 'participant') - Number(b !== 'participant'),
    );

  if (!Number.isInteger(participantCount) || participantCount < 0)
    throw new RangeError(`participants must be a whole number ≥ 0, got ${participantCount}.`);
  if (!Number.isInteger(occasionCount) || occasionCount < 1 || occasionCount > 40)
    throw new RangeError(`occasions must be a whole number from 1 to 40, got ${occasionCount}.`);
  if (!(dropoutRate >= 0 && dropoutRate <= 1)) throw new RangeError(`dropoutRate must lie in 0–1, got ${dropoutRate}.`);
  if (!(missingRate >= 0 && missingRate <= 1)) throw new RangeError(`missingRate must lie in 0–1, got ${missingRate}.`);
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}.`);
  for (const role of roles) {
    if (!instrument.respondentRoles.includes(role))
      throw new RangeError(`The instrument "${instrument.id}" is not answered by the role "${role}".`);
  }

  const rng = new SeededRandom(seed);
  const areaCount = instrument.areas.length;
  const plans = roles.map((role) => planItems(instrument, role));
  const areaScales = instrument.areas.map((area) => {
    const scale = instrument.scales[area.items[0]!.scaleId];
    if (!scale) throw new RangeError(`Area "${area.id}" uses an unknown scale; parse the instrument first.`);
    return {
      min: scale.min,
      max: scale.max,
      unit: (scale.max - scale.min) / 9,
      lower: scale.direction === 'lowerIsBetter',
    };
  });
  const means = instrument.areas.map((area) => baselineMeans[area.id] ?? 5);
  const areaIds = instrument.areas.map((a) => a.id);
  const areaIndexById = new Map(areaIds.map((id, i) => [id, i]));
  // Goals are set in areas the participant rates; fall back to every area.
  const participantAreas = planItems(instrument, 'participant').reduce<number[]>(
    (acc, item) => (acc.includes(item.area) ? acc : [...acc, item.area]),
    [],
  );
  const goalAreas = participantAreas.length > 0 ? participantAreas : areaIds.map((_, i) => i);

  const interventions = interventionCatalogue(instrument);
  const targetIndexes = interventions.map((iv) => iv.targetAreaIds.map((id) => areaIndexById.get(id)!));
  const jobIndexes = indexesWhere(interventions, (iv) => iv.category === 'jobFocused');
  const otherIndexes = indexesWhere(interventions, (iv) => iv.category !== 'jobFocused');
  const cardAreas = cardPool.map((entry) => entry.areas.find((id) => areaIndexById.has(id)));

  const days = new DayFormatter(startDay);
  // Assessment ids are subject id + a suffix per occasion and role, built once: one short string per id.
  const idSuffixes: string[] = [];
  for (let j = 0; j < occasionCount; j++) for (const role of roles) idSuffixes.push(`-${j + 1}-${role}`);
  const pad = Math.max(4, String(participantCount).length);
  const ref = (): InstrumentRef => ({ id: instrument.id, version: instrument.version });

  const assessments: Assessment[] = [];
  const goals: AreaGoal[] = [];
  const cards: ProgressionCard[] = [];
  const episodes: InterventionEpisode[] = [];
  const participants: ParticipantAttributes[] = [];

  const base = new Float64Array(areaCount);
  const delta = new Float64Array(areaCount);
  const boost = new Float64Array(areaCount);
  // The participant's own first and latest area scores, so goals start from what they answered.
  const firstOwn = new Float64Array(areaCount);
  const latestOwn = new Float64Array(areaCount);
  const occasionDays = new Int32Array(occasionCount);

  for (let p = 0; p < participantCount; p++) {
    const subjectId = flat('p', String(p + 1).padStart(pad, '0'));
    const genderDraw = rng.next();
    const unit = rng.int(units.length);
    participants.push({
      subjectId,
      gender: genderDraw < 0.5 ? 'woman' : genderDraw < 0.96 ? 'man' : genderDraw < 0.98 ? 'other' : 'unknown',
      unitId: units[unit],
    });

    // When the participant is rated, and whether they leave early or miss a follow-up.
    const enrolDay = rng.int(182);
    for (let j = 0; j < occasionCount; j++)
      occasionDays[j] = enrolDay + (j === 0 ? 0 : Math.round(j * OCCASION_INTERVAL + rng.normal() * 6));
    const droppedOut = occasionCount >= 2 && rng.chance(dropoutRate);
    const lastOccasion = droppedOut ? rng.int(occasionCount - 1) : occasionCount - 1;
    const skipped =
      !droppedOut && occasionCount >= 3 && rng.chance(SKIPPED_FOLLOW_UP_RATE) ? 1 + rng.int(occasionCount - 2) : -1;
    const lastDay = occasionDays[lastOccasion]!;

    // Interventions: job-focused ones help most; others mainly when they run in parallel with one.
    boost.fill(0);
    const chosen = chooseInterventions(rng, jobIndexes, otherIndexes);
    const sequential = rng.chance(0.35);
    const spans: { index: number; start: number; end: number }[] = [];
    let previousEnd = enrolDay + rng.int(30);
    for (const index of chosen) {
      const start = sequential ? previousEnd + rng.int(21) : enrolDay + rng.int(60);
      const end = start + 45 + rng.int(150);
      previousEnd = end;
      spans.push({ index, start, end });
    }
    spans.forEach((span, k) => {
      const category = interventions[span.index]!.category;
      const parallel = spans.some(
        (other) =>
          other !== span &&
          other.start <= span.end &&
          span.start <= other.end &&
          (category === 'jobFocused'
            ? ['health', 'social'].includes(interventions[other.index]!.category)
            : interventions[other.index]!.category === 'jobFocused'),
      );
      const weight =
        category === 'jobFocused' ? (parallel ? 1.5 : 1) : parallel ? 1.3 : category === 'coordination' ? 0.5 : 0.3;
      for (const a of targetIndexes[span.index]!) boost[a] += 0.9 * weight;
      // Parallel support also lifts the areas no intervention aims at, a little.
      if (parallel && category === 'jobFocused') for (let a = 0; a < areaCount; a++) boost[a] += 0.4;
      const endDay = droppedOut ? Math.min(span.end, lastDay + 14) : span.end;
      const ongoing = !droppedOut && endDay > lastDay && rng.chance(0.5);
      const episode: InterventionEpisode = {
        id: flat(subjectId, '-e', String(k + 1)),
        subjectId,
        interventionId: interventions[span.index]!.id,
        start: days.date(span.start),
      };
      if (!ongoing) episode.end = days.date(Math.max(span.start, endDay));
      episodes.push(episode);
    });

    // Latent levels on a 1–10 ladder and the change over the whole programme.
    const general = rng.normal();
    const kind = rng.next();
    const trend =
      (kind < 0.15 ? -1.3 + 0.6 * rng.normal() : kind < 0.35 ? 0.4 * rng.normal() : 1.1 + 0.8 * rng.normal()) +
      unitTrend[unit]!;
    const boostScale = kind < 0.15 ? 0.3 : 1;
    for (let a = 0; a < areaCount; a++) {
      const b = clamp(means[a]! + 1.3 * general + 1.2 * rng.normal(), 1, 10);
      base[a] = b;
      delta[a] = clamp(trend + boostScale * boost[a]! + 0.6 * rng.normal(), 1 - b, 10 - b);
    }
    const caseManagerOffset = -0.5 + 0.9 * rng.normal();
    firstOwn.fill(Number.NaN);
    latestOwn.fill(Number.NaN);

    for (let j = 0; j <= lastOccasion; j++) {
      if (j === skipped) continue;
      const occasion: Occasion = j === 0 ? 'baseline' : j === occasionCount - 1 ? 'exit' : 'followUp';
      const progress = occasionCount > 1 ? Math.pow(j / (occasionCount - 1), 0.8) : 0;
      for (let r = 0; r < roles.length; r++) {
        const role = roles[r]!;
        if (role === 'caseManager' && j > 0 && rng.chance(CASE_MANAGER_SKIP_RATE)) continue;
        const day = occasionDays[j]! + (role === 'participant' ? 0 : rng.int(4));
        const offset = role === 'caseManager' ? caseManagerOffset : role === 'joint' ? caseManagerOffset / 2 : 0;
        const changeShare = role === 'caseManager' ? 0.8 * progress : progress;
        const noise = role === 'participant' ? 0.6 : role === 'joint' ? 0.5 : 0.7;
        const id = flat(subjectId, idSuffixes[j * roles.length + r]!);
        const authored = days.dateTime(day, rng.int(times.length));
        if (rng.chance(ERROR_RATE)) {
          // A rating saved by mistake (wrong person's answers, say) and then re-entered correctly.
          assessments.push({
            id: flat(id, '-error'),
            instrument: ref(),
            subjectId,
            role,
            occasion,
            authored,
            status: 'entered-in-error',
            answers: rateItems(
              rng,
              plans[r]!,
              base,
              delta,
              changeShare,
              offset + (rng.chance(0.5) ? 3 : -3),
              noise,
              missingRate,
            ),
          });
        }
        const answers = rateItems(rng, plans[r]!, base, delta, changeShare, offset, noise, missingRate);
        if (role === 'participant') recordOwnScores(answers, plans[r]!, j === 0 ? firstOwn : undefined, latestOwn);
        assessments.push({ id, instrument: ref(), subjectId, role, occasion, authored, status: 'completed', answers });
        if (rng.chance(AMEND_RATE) && answers.length > 0) {
          assessments.push({
            id: flat(id, '-amended'),
            instrument: ref(),
            subjectId,
            role,
            occasion,
            authored: days.dateTime(day + 1 + rng.int(6), rng.int(times.length)),
            status: 'amended',
            answers: amend(rng, answers, plans[r]!),
            replaces: id,
          });
        }
      }
    }

    // Goals: desired levels in the participant's weakest areas, set at baseline.
    if (rng.chance(0.6)) {
      const weakest = [...goalAreas].sort((x, y) => base[x]! - base[y]!);
      const goalCount = 1 + rng.int(3);
      for (let k = 0; k < goalCount && k < weakest.length; k++) {
        const a = weakest[k]!;
        const scale = areaScales[a]!;
        const baseline = Number.isNaN(firstOwn[a]!)
          ? toScale(base[a]!, scale.min, scale.max, scale.unit, scale.lower)
          : firstOwn[a]!;
        // The target lies a few steps in the better direction: above the baseline, or below it on a lower-is-better scale.
        const steps = Math.max(1, Math.round((2 + rng.int(2)) * scale.unit));
        const target = scale.lower ? Math.max(scale.min, baseline - steps) : Math.min(scale.max, baseline + steps);
        if (target === baseline) continue;
        const reached = Number.isNaN(latestOwn[a]!)
          ? toScale(
              base[a]! + delta[a]! * (lastOccasion / Math.max(1, occasionCount - 1)),
              scale.min,
              scale.max,
              scale.unit,
              scale.lower,
            )
          : latestOwn[a]!;
        // How far the outcome lies beyond the target, in the better direction.
        const beyond = scale.lower ? target - reached : reached - target;
        const hasExit = lastOccasion === occasionCount - 1 && occasionCount > 1;
        const goal: AreaGoal = {
          id: flat(subjectId, '-g', String(k + 1)),
          subjectId,
          areaId: areaIds[a]!,
          setBy: rng.chance(0.7) ? 'participant' : 'joint',
          setAt: days.date(occasionDays[0]!),
          baselineValue: baseline,
          targetValue: target,
          targetDate: days.date(occasionDays[0]! + 270),
          status: hasExit && beyond >= 0 ? 'achieved' : rng.chance(droppedOut ? 0.6 : 0.15) ? 'dropped' : 'active',
        };
        if (rng.chance(0.3)) {
          goal.gas = { weight: 1 + rng.int(3), baselineLevel: -1 };
          if (hasExit) goal.gas.attained = gasLevel(beyond, scale.unit);
        }
        goals.push(goal);
      }
    }

    // Progression cards: the participant's own next steps, later achieved, dropped or still open.
    if (rng.chance(0.75)) {
      const cardCount = 1 + rng.int(3);
      const used = new Set<number>();
      for (let k = 0; k < cardCount; k++) {
        let pick = rng.int(cardPool.length);
        while (used.has(pick)) pick = (pick + 1) % cardPool.length;
        used.add(pick);
        const areaId = rng.chance(0.1) ? undefined : cardAreas[pick];
        const span = Math.max(0, lastDay - occasionDays[0]!);
        const created = occasionDays[0]! + rng.int(Math.min(120, span) + 1);
        const areaIndex = areaId === undefined ? -1 : areaIndexById.get(areaId)!;
        const improved = areaIndex >= 0 && delta[areaIndex]! > 1;
        const draw = rng.next();
        const card: ProgressionCard = {
          id: flat(subjectId, '-c', String(k + 1)),
          subjectId,
          text: cardPool[pick]!.text,
          createdBy: rng.chance(0.8) ? 'participant' : 'joint',
          createdAt: days.date(created),
          status: draw < (improved ? 0.55 : 0.3) ? 'achieved' : draw > 0.85 ? 'dropped' : 'open',
        };
        if (areaId !== undefined) card.areaId = areaId;
        if (card.status === 'achieved')
          card.achievedAt = days.date(created + 7 + rng.int(Math.max(1, lastDay - created)));
        if (card.status === 'dropped')
          card.droppedAt = days.date(created + 7 + rng.int(Math.max(1, lastDay - created)));
        cards.push(card);
      }
    }
  }

  return { assessments, goals, cards, interventions, episodes, participants };
}

/** The items a role answers, in instrument order, with what the hot loop needs of their scale. */
function planItems(instrument: Instrument, role: RespondentRole): ItemPlan[] {
  const plan: ItemPlan[] = [];
  instrument.areas.forEach((area, a) => {
    for (const item of area.items) {
      const forRole =
        !item.roles || item.roles.includes(role) || (role === 'joint' && item.roles.includes('participant'));
      if (!forRole) continue;
      const scale = instrument.scales[item.scaleId];
      if (!scale)
        throw new RangeError(
          `Item "${item.linkId}" uses an unknown scale "${item.scaleId}"; parse the instrument first.`,
        );
      plan.push({
        linkId: item.linkId,
        area: a,
        min: scale.min,
        max: scale.max,
        unit: (scale.max - scale.min) / 9,
        reverse: item.reverseScored === true,
        lower: scale.direction === 'lowerIsBetter',
        missing: (scale.missingCodes ?? []).map((m) => m.code),
      });
    }
  });
  return plan;
}

/** One assessment's answers: the latent level now, the role's offset and noise, on each item's scale. */
function rateItems(
  rng: SeededRandom,
  plan: readonly ItemPlan[],
  base: Float64Array,
  delta: Float64Array,
  changeShare: number,
  offset: number,
  noise: number,
  missingRate: number,
): Answer[] {
  // map, not push: the array is made at its exact length (a pushed-to array keeps spare room).
  return plan.map((item) => {
    if (item.missing.length > 0 && rng.next() < missingRate) {
      // "Vet inte" is the common one; "Vill inte svara" and the rest are rarer.
      const code =
        item.missing.length === 1 || rng.next() < 0.7
          ? item.missing[0]!
          : item.missing[1 + rng.int(item.missing.length - 1)]!;
      return missingAnswer(item.linkId, code);
    }
    const latent = base[item.area]! + delta[item.area]! * changeShare + offset + noise * rng.normal();
    const value = toScale(latent, item.min, item.max, item.unit, item.lower);
    return givenAnswer(item.linkId, item.reverse ? item.min + item.max - value : value);
  });
}

// Answers are made in one place each, in the shapes parsed data has, so that code reading
// generated data sees the two object shapes it would see in real data (not five).
const givenAnswer = (linkId: string, value: number): Answer => ({ linkId, value });
const missingAnswer = (linkId: string, missing: MissingCode): Answer => ({ linkId, value: null, missing });

/** Writes each area's score (the rounded mean of its answered items) into `first` (if given) and `latest`. */
function recordOwnScores(
  answers: readonly Answer[],
  plan: readonly ItemPlan[],
  first: Float64Array | undefined,
  latest: Float64Array,
): void {
  let i = 0;
  while (i < plan.length) {
    const area = plan[i]!.area;
    let sum = 0;
    let count = 0;
    for (; i < plan.length && plan[i]!.area === area; i++) {
      const value = answers[i]!.value;
      if (value !== null) {
        sum += plan[i]!.reverse ? plan[i]!.min + plan[i]!.max - value : value;
        count++;
      }
    }
    if (count === 0) continue;
    const score = Math.round(sum / count);
    latest[area] = score;
    if (first) first[area] = score;
  }
}

/** A corrected copy of answers: one answer changed by a step, or a missing answer filled in. */
function amend(rng: SeededRandom, answers: readonly Answer[], plan: readonly ItemPlan[]): Answer[] {
  const copy = answers.map((a) =>
    a.value === null ? missingAnswer(a.linkId, a.missing!) : givenAnswer(a.linkId, a.value),
  );
  const i = rng.int(copy.length);
  const item = plan[i]!;
  const old = copy[i]!;
  const value =
    old.value === null ? Math.round((item.min + item.max) / 2) : old.value < item.max ? old.value + 1 : old.value - 1;
  copy[i] = givenAnswer(old.linkId, value);
  return copy;
}

/** Picks 1–3 distinct interventions; about six in ten participants get a job-focused one. */
function chooseInterventions(
  rng: SeededRandom,
  jobIndexes: readonly number[],
  otherIndexes: readonly number[],
): number[] {
  const count = 1 + Number(rng.chance(0.55)) + Number(rng.chance(0.2));
  const chosen: number[] = [];
  if (jobIndexes.length > 0 && rng.chance(0.6)) chosen.push(rng.pick(jobIndexes));
  const pool = otherIndexes.length > 0 ? otherIndexes : jobIndexes;
  for (let guard = 0; chosen.length < count && guard < 20; guard++) {
    const index = rng.pick(pool);
    if (!chosen.includes(index)) chosen.push(index);
  }
  return chosen;
}

/**
 * A latent 1–10 level (higher is better) as a whole step of a scale: counted up from `min` on a
 * higher-is-better scale, down from `max` on a lower-is-better one, so that a participant who
 * gets better moves the better way on every scale.
 */
function toScale(latent: number, min: number, max: number, unit: number, lower: boolean): number {
  const steps = clamp(Math.round((latent - 1) * unit), 0, max - min);
  return lower ? max - steps : min + steps;
}

/** A GAS level from how far the outcome lies from the target, in ladder steps. */
function gasLevel(difference: number, unit: number): -2 | -1 | 0 | 1 | 2 {
  const steps = difference / unit;
  if (steps <= -3) return -2;
  if (steps < 0) return -1;
  if (steps < 1) return 0;
  return steps < 3 ? 1 : 2;
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

function indexesWhere<T>(list: readonly T[], test: (entry: T) => boolean): number[] {
  const out: number[] = [];
  list.forEach((entry, i) => {
    if (test(entry)) out.push(i);
  });
  return out;
}

function parseStartDay(start: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== start) {
    throw new RangeError(`start must be a date as YYYY-MM-DD, got "${start}".`);
  }
  return ms / DAY_MS;
}

/**
 * Joins strings into one flat string. Concatenation (`a + b`, template literals) makes a rope
 * that engines read through an indirection; strings from JSON or a database are flat, so the
 * generator makes its ids and times flat too, to give benchmarks the data real input gives them.
 */
function flat(...parts: string[]): string {
  return parts.join('');
}

/**
 * Formats day offsets from the start as `YYYY-MM-DD` and date-times at one of `times`. A cohort
 * has only a few hundred distinct days, so each string is built once and shared: strings are
 * immutable, and a 100,000-participant cohort then holds thousands of them, not a million.
 */
class DayFormatter {
  private readonly dates: string[] = [];
  private readonly dateTimes: string[] = [];
  constructor(private readonly startDay: number) {}
  date(offset: number): string {
    let text = this.dates[offset];
    if (text === undefined) {
      text = new Date((this.startDay + offset) * DAY_MS).toISOString().slice(0, 10);
      this.dates[offset] = text;
    }
    return text;
  }
  dateTime(offset: number, time: number): string {
    const key = offset * times.length + time;
    let text = this.dateTimes[key];
    if (text === undefined) {
      text = flat(this.date(offset), 'T', times[time]!, ':00Z');
      this.dateTimes[key] = text;
    }
    return text;
  }
}
