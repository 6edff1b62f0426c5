import { AssessmentStatus, Occasion, type Answer, type Assessment } from './assessment.js';
import { MissingCode, RespondentRole, type Instrument } from './instrument.js';
import { FREE_TEXT_MAX_LENGTH, ID_MAX_LENGTH, isCalendarDate, VERSION_MAX_LENGTH } from './checks.js';
import { containsSwedishPersonalNumber } from './personal-number.js';
import { indexInstrument, itemIsForRole } from './instrument-index.js';

// zod/mini interprets its schemas (no JIT: classic zod's JIT compiles with `new Function`, which the
// SDK's strict-CSP rule forbids), so a cohort of 700,000 assessments parsed with the `Assessment`
// schema alone runs at ~30,000/s. This file is the same schema written out by hand for the one
// record type that arrives in bulk. It only ever says "accepted, here is zod's output" or "not
// sure": anything it does not accept goes to zod, which then finds the precise bilingual issues,
// so messages never depend on this code. test/sdk/model/fast-assessment.test.ts checks with
// fast-check that it accepts exactly what the schema accepts and returns what zod returns.
//
// Its limits and enums are the schema's own (ID_MAX_LENGTH, FREE_TEXT_MAX_LENGTH, the enums'
// options), so a change to the schema changes this parser too.
//
// To match zod on odd inputs (inherited keys, proxies, getters), each field is read the way zod
// reads it: `input[key]`, presence by `key in input`, unknown keys by `for...in`. An absent
// optional key stays absent; a present one whose value is `undefined` is kept, as zod keeps it.

/** Bit 1: may start an id (letter or digit); bit 2: may appear later in an id. */
const idChar = new Uint8Array(128);
for (let c = 48; c <= 57; c++) idChar[c] = 3;
for (let c = 65; c <= 90; c++) idChar[c] = 3;
for (let c = 97; c <= 122; c++) idChar[c] = 3;
for (const c of '._:/-') idChar[c.charCodeAt(0)] = 2;

/** The `Id` schema: 1–200 characters, letters, digits and `. _ : / -`, starting with a letter or digit. */
function isId(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const length = value.length;
  if (length === 0 || length > ID_MAX_LENGTH) return false;
  let c = value.charCodeAt(0);
  if (c >= 128 || (idChar[c]! & 1) === 0) return false;
  for (let i = 1; i < length; i++) {
    c = value.charCodeAt(i);
    if (c >= 128 || idChar[c] === 0) return false;
  }
  return true;
}

/** Whether the code at `i` is a decimal digit. */
const digit = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** Two digits at `i` forming a number from 0 to `max`. */
function twoDigits(s: string, i: number, max: number): boolean {
  if (!digit(s, i) || !digit(s, i + 1)) return false;
  return (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48) <= max;
}

/**
 * The `IsoDate` schema: checks.ts's ISO 8601 regular expression, spelled out character by
 * character, then `Date.parse` exactly as the schema calls it (so engines that reject
 * `2026-02-30` reject it here too, and V8, which rolls it over into March, accepts it in both).
 */
function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const s = value;
  const length = s.length;
  if (length < 10) return false;
  if (!digit(s, 0) || !digit(s, 1) || !digit(s, 2) || !digit(s, 3) || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
    return false;
  const month = twoDigits(s, 5, 12) ? (s.charCodeAt(5) - 48) * 10 + (s.charCodeAt(6) - 48) : 0;
  const day = twoDigits(s, 8, 31) ? (s.charCodeAt(8) - 48) * 10 + (s.charCodeAt(9) - 48) : 0;
  if (month === 0 || day === 0) return false;
  if (length > 10) {
    // T hh:mm
    if (
      length < 16 ||
      s.charCodeAt(10) !== 84 ||
      !twoDigits(s, 11, 23) ||
      s.charCodeAt(13) !== 58 ||
      !twoDigits(s, 14, 59)
    )
      return false;
    let i = 16;
    if (i < length && s.charCodeAt(i) === 58) {
      // :ss, then an optional fraction of 1–9 digits
      if (!twoDigits(s, i + 1, 59)) return false;
      i += 3;
      if (i < length && s.charCodeAt(i) === 46) {
        let digits = 0;
        i += 1;
        while (i < length && digit(s, i)) {
          i += 1;
          digits += 1;
        }
        if (digits === 0 || digits > 9) return false;
      }
    }
    if (i < length) {
      const zone = s.charCodeAt(i);
      if (zone === 90) i += 1;
      else if (zone === 43 || zone === 45) {
        if (!twoDigits(s, i + 1, 23) || s.charCodeAt(i + 3) !== 58 || !twoDigits(s, i + 4, 59)) return false;
        i += 6;
      } else return false;
    }
    if (i !== length) return false;
  }
  return !Number.isNaN(Date.parse(s)) && isCalendarDate(s);
}

/** `typeof object`, not null, not an array: what zod's object schemas accept as an object. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const member = (options: readonly string[]) => {
  const set = new Set<unknown>(options);
  return (v: unknown) => set.has(v);
};
const isRole = member(RespondentRole.options);
const isOccasion = member(Occasion.options);
const isStatus = member(AssessmentStatus.options);
const isMissingCode = member(MissingCode.options);

/** The `Answer` schema, or `undefined` when zod should look at it. */
function readAnswer(input: unknown): Answer | undefined {
  if (!isObject(input)) return undefined;
  const linkId = input.linkId;
  if (!isId(linkId) || !('linkId' in input)) return undefined;
  const value = input.value;
  if (!(value === null || (typeof value === 'number' && Number.isFinite(value))) || !('value' in input))
    return undefined;
  // Read like zod: the value first, then presence; an optional key that is not `in` the input is absent whatever it reads as.
  const missing = input.missing;
  const hasMissing = 'missing' in input;
  if (hasMissing && missing !== undefined && !isMissingCode(missing)) return undefined;
  const comment = input.comment;
  const hasComment = 'comment' in input;
  if (hasComment && comment !== undefined && (typeof comment !== 'string' || comment.length > FREE_TEXT_MAX_LENGTH))
    return undefined;
  for (const key in input) {
    if (key !== 'linkId' && key !== 'value' && key !== 'missing' && key !== 'comment') return undefined;
  }
  if (value !== null && hasMissing && missing !== undefined) return undefined;
  const answer: Answer = { linkId, value };
  if (hasMissing) answer.missing = missing as Answer['missing'];
  if (hasComment) answer.comment = comment as string | undefined;
  return answer;
}

/** Whether two answers share a linkId (the schema's duplicate check). */
function hasDuplicateLinkId(answers: readonly Answer[]): boolean {
  const n = answers.length;
  if (n <= 24) {
    // Instruments have a handful of items: comparing pairs beats building a Set per assessment.
    for (let i = 1; i < n; i++) {
      const id = answers[i]!.linkId;
      for (let j = 0; j < i; j++) if (answers[j]!.linkId === id) return true;
    }
    return false;
  }
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const id = answers[i]!.linkId;
    if (seen.has(id)) return true;
    seen.add(id);
  }
  return false;
}

function readAssessment(input: unknown): Assessment | undefined {
  if (!isObject(input)) return undefined;
  const id = input.id;
  if (!isId(id) || !('id' in input)) return undefined;
  const ref = input.instrument;
  if (!isObject(ref) || !('instrument' in input)) return undefined;
  const refId = ref.id;
  if (!isId(refId) || !('id' in ref)) return undefined;
  const version = ref.version;
  if (typeof version !== 'string' || version.length === 0 || version.length > VERSION_MAX_LENGTH || !('version' in ref))
    return undefined;
  for (const key in ref) if (key !== 'id' && key !== 'version') return undefined;
  const subjectId = input.subjectId;
  if (!isId(subjectId) || !('subjectId' in input) || containsSwedishPersonalNumber(subjectId)) return undefined;
  const role = input.role;
  if (!isRole(role) || !('role' in input)) return undefined;
  const occasion = input.occasion;
  if (!isOccasion(occasion) || !('occasion' in input)) return undefined;
  const authored = input.authored;
  if (!isIsoDate(authored) || !('authored' in input)) return undefined;
  const status = input.status;
  if (!isStatus(status) || !('status' in input)) return undefined;
  const list = input.answers;
  if (!Array.isArray(list) || !('answers' in input)) return undefined;
  const replaces = input.replaces;
  const hasReplaces = 'replaces' in input;
  if (hasReplaces && replaces !== undefined && !isId(replaces)) return undefined;
  for (const key in input) {
    switch (key) {
      case 'id':
      case 'instrument':
      case 'subjectId':
      case 'role':
      case 'occasion':
      case 'authored':
      case 'status':
      case 'answers':
      case 'replaces':
        break;
      default:
        return undefined;
    }
  }
  const n = list.length;
  const answers = new Array<Answer>(n);
  for (let i = 0; i < n; i++) {
    const answer = readAnswer(list[i]);
    if (answer === undefined) return undefined;
    answers[i] = answer;
  }
  if (hasDuplicateLinkId(answers)) return undefined;
  const value = {
    id,
    instrument: { id: refId, version },
    subjectId,
    role,
    occasion,
    authored,
    status,
    answers,
  } as Assessment;
  if (hasReplaces) value.replaces = replaces as string | undefined;
  return value;
}

/**
 * Checks `input` against the `Assessment` schema without zod. Returns a fresh copy exactly as
 * `Assessment.safeParse(input).data` would be when the schema accepts `input`, and `undefined`
 * otherwise — also when reading the input throws — so that the caller asks zod for the issues.
 */
export function fastParseAssessment(input: unknown): Assessment | undefined {
  try {
    return readAssessment(input);
  } catch {
    return undefined;
  }
}

/** `fastParseAssessment` for a list: the parsed list, or `undefined` if any element (or the list) needs zod. */
export function fastParseAssessments(input: unknown): Assessment[] | undefined {
  try {
    if (!Array.isArray(input)) return undefined;
    const n = input.length;
    const out = new Array<Assessment>(n);
    for (let i = 0; i < n; i++) {
      const value = readAssessment(input[i]);
      if (value === undefined) return undefined;
      out[i] = value;
    }
    return out;
  } catch {
    return undefined;
  }
}

const roleSlot = (role: unknown): number =>
  role === 'participant' ? 0 : role === 'caseManager' ? 1 : role === 'joint' ? 2 : -1;
const roles = ['participant', 'caseManager', 'joint'] as const;

/** What `validateAssessment` needs of one linkId, worked out once per instrument. */
interface LinkRule {
  /** Position among the instrument's linkIds, for marking it answered. */
  slot: number;
  /** Whether each role (participant, caseManager, joint) answers it. */
  forRole: [boolean, boolean, boolean];
  /** Whether it is a required item for each role (counted once per linkId). */
  requiredFor: [boolean, boolean, boolean];
  min: number;
  max: number;
  missingCodes: string[];
}

/** An instrument's answer rules by linkId, with per-role counts of required linkIds. */
interface AssessmentRules {
  links: Map<string, LinkRule>;
  roleAllowed: [boolean, boolean, boolean];
  requiredCount: [number, number, number];
  /** `answeredMark[slot] === mark` says the slot was answered in the current check. */
  answeredMark: Uint32Array;
  mark: number;
}

const rulesCache = new WeakMap<Instrument, AssessmentRules>();
let lastInstrument: Instrument | undefined;
let lastRules: AssessmentRules | undefined;

function rulesFor(instrument: Instrument): AssessmentRules {
  if (instrument === lastInstrument) return lastRules!;
  let rules = rulesCache.get(instrument);
  if (!rules) {
    // Built from the same index validateAssessment reads, so both see the same item and scale per linkId.
    const links = new Map<string, LinkRule>();
    for (const [linkId, { item, scale }] of indexInstrument(instrument).items) {
      links.set(linkId, {
        slot: links.size,
        forRole: [itemIsForRole(item, 'participant'), itemIsForRole(item, 'caseManager'), itemIsForRole(item, 'joint')],
        requiredFor: [false, false, false],
        min: scale.min,
        max: scale.max,
        missingCodes: (scale.missingCodes ?? []).map((m) => m.code),
      });
    }
    const requiredCount: [number, number, number] = [0, 0, 0];
    const unscored = new Set<string>();
    for (const area of instrument.areas) {
      for (const item of area.items) {
        if (!item.required) continue;
        const rule = links.get(item.linkId);
        for (let r = 0; r < 3; r++) {
          if (!itemIsForRole(item, roles[r]!)) continue;
          if (!rule) {
            // A required item with no scale can never be answered: count it so the fast check never passes.
            const key = `${r}:${item.linkId}`;
            if (!unscored.has(key)) requiredCount[r] += 1;
            unscored.add(key);
          } else if (!rule.requiredFor[r]) {
            rule.requiredFor[r] = true;
            requiredCount[r] += 1;
          }
        }
      }
    }
    rules = {
      links,
      roleAllowed: [
        instrument.respondentRoles.includes('participant'),
        instrument.respondentRoles.includes('caseManager'),
        instrument.respondentRoles.includes('joint'),
      ],
      requiredCount,
      answeredMark: new Uint32Array(links.size),
      mark: 0,
    };
    rulesCache.set(instrument, rules);
  }
  lastInstrument = instrument;
  lastRules = rules;
  return rules;
}

/**
 * Whether `validateAssessment(instrument, assessment)` would find no problem, without building
 * any: true only when it would return `[]`. When false, validateAssessment runs its full check for
 * the issues. Allocates nothing per answer.
 */
export function assessmentIsConsistent(instrument: Instrument, assessment: Assessment): boolean {
  if (assessment.instrument.id !== instrument.id || assessment.instrument.version !== instrument.version) return false;
  const rules = rulesFor(instrument);
  const r = roleSlot(assessment.role);
  if (r < 0 || !rules.roleAllowed[r]) return false;
  const checkRequired = assessment.status === 'completed' || assessment.status === 'amended';
  let mark = 0;
  if (checkRequired) {
    mark = rules.mark = (rules.mark + 1) >>> 0;
    if (mark === 0) {
      rules.answeredMark.fill(0);
      mark = rules.mark = 1;
    }
  }
  let answeredRequired = 0;
  const answers = assessment.answers;
  for (let a = 0; a < answers.length; a++) {
    const answer = answers[a]!;
    const rule = rules.links.get(answer.linkId);
    if (rule === undefined || !rule.forRole[r]) return false;
    const value = answer.value;
    let answered = false;
    if (value !== null) {
      if (!Number.isInteger(value) || value < rule.min || value > rule.max) return false;
      answered = true;
    } else if (answer.missing !== undefined) {
      if (!rule.missingCodes.includes(answer.missing)) return false;
      answered = true;
    }
    if (checkRequired && answered && rule.requiredFor[r] && rules.answeredMark[rule.slot] !== mark) {
      rules.answeredMark[rule.slot] = mark;
      answeredRequired += 1;
    }
  }
  return !checkRequired || answeredRequired === rules.requiredCount[r];
}
