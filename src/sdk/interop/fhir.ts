import type { Instrument, Item, LifeArea, MissingCode, RatingScale, RespondentRole } from '../model/instrument.js';
import type { Answer, Assessment, AssessmentStatus, Occasion } from '../model/assessment.js';
import { resolveText, type LocalizedText } from '../model/localized-text.js';
import { issue, type ParseResult, type StegIssue, type IssuePath } from '../model/issues.js';
import { areasForRole, indexInstrument, itemForRole, scaleForRole } from '../model/instrument-index.js';
import { parseAssessment, parseAssessmentFor } from '../model/parse.js';
import { checkLimits } from '../model/limits.js';

/** The standard extension that gives an answer option its score (formerly `ordinalValue`). */
export const FHIR_ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
/** The standard extension that carries a translation of a string element. */
export const FHIR_TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
/** The code system of missing-value codes (declined, notApplicable, unknown). */
export const STEGVIS_MISSING_SYSTEM = 'urn:stegvis:missing-code';

/** stegvis's own extensions: what FHIR has no element for, so that a round trip loses nothing. */
export const STEGVIS_EXTENSION = {
  respondentRole: 'urn:stegvis:fhir:respondent-role',
  occasion: 'urn:stegvis:fhir:occasion',
  replaces: 'urn:stegvis:fhir:replaces',
  comment: 'urn:stegvis:fhir:comment',
  reverseScored: 'urn:stegvis:fhir:reverse-scored',
  roles: 'urn:stegvis:fhir:respondent-roles',
  scoring: 'urn:stegvis:fhir:area-scoring',
} as const;

/** A FHIR resource as plain JSON. */
export type FhirResource = { resourceType: string } & Record<string, unknown>;

/** A FHIR element with extensions, as plain JSON. */
type Json = Record<string, unknown>;

/** The canonical URL of an instrument's Questionnaire: its id when that is already a URI, else a `urn:stegvis:instrument:` URN. */
export function questionnaireUrl(instrument: Instrument): string {
  return /^(https?:\/\/|urn:)/.test(instrument.id) ? instrument.id : `urn:stegvis:instrument:${instrument.id}`;
}

/** The code system of a scale's steps. */
export function scaleSystem(instrument: Instrument, scale: RatingScale): string {
  return `${questionnaireUrl(instrument)}:scale:${scale.id}`;
}

/** `_text`-style element carrying every non-Swedish language of a text as translation extensions. */
function translations(text: LocalizedText | undefined): Json | undefined {
  if (!text) return undefined;
  const extension = Object.entries(text)
    .filter(([lang, value]) => lang !== 'sv' && typeof value === 'string' && value !== '')
    .map(([lang, value]) => ({
      url: FHIR_TRANSLATION,
      extension: [
        { url: 'lang', valueCode: lang },
        { url: 'content', valueString: value },
      ],
    }));
  return extension.length > 0 ? { extension } : undefined;
}

/** Sets `key` and `_key` (Swedish text, other languages as translations). */
function withText(target: Json, key: string, text: LocalizedText | undefined): void {
  if (!text) return;
  target[key] = text.sv;
  const other = translations(text);
  if (other) target[`_${key}`] = other;
}

function stepCoding(instrument: Instrument, scale: RatingScale, value: number): Json | undefined {
  const step = scale.steps.find((s) => s.value === value);
  if (!step) return undefined;
  const coding: Json = { system: scaleSystem(instrument, scale), code: step.code };
  withText(coding, 'display', step.label);
  return coding;
}

function missingCoding(scale: RatingScale | undefined, code: MissingCode): Json {
  const coding: Json = { system: STEGVIS_MISSING_SYSTEM, code };
  const option = scale?.missingCodes?.find((m) => m.code === code);
  withText(coding, 'display', option?.label);
  return coding;
}

/** The SDC item-control extension: how a form filler should draw an item. */
export const FHIR_ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
/** The SDC option-prefix extension: the step number shown before an answer option. */
export const FHIR_OPTION_PREFIX = 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix';

function itemControl(code: string, display: string): Json {
  return {
    url: FHIR_ITEM_CONTROL,
    valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code, display }] },
  };
}

/** "Label – description" in every language either text has, so a filler shows what a step means. */
function labelWithDescription(label: LocalizedText, description: LocalizedText | undefined): LocalizedText {
  if (!description) return label;
  const joined: Record<string, string> = {};
  for (const lang of new Set([...Object.keys(label), ...Object.keys(description)])) {
    joined[lang] = `${resolveText(label, lang)} – ${resolveText(description, lang)}`;
  }
  return joined as LocalizedText;
}

/** A step as an answer option of the Questionnaire: the number as prefix, the label and its meaning as display. */
function stepOption(instrument: Instrument, scale: RatingScale, step: RatingScale['steps'][number]): Json {
  const coding: Json = { system: scaleSystem(instrument, scale), code: step.code };
  withText(coding, 'display', labelWithDescription(step.label, step.description));
  return {
    // The score sits on the option, as the itemWeight definition asks for in questionnaires.
    extension: [
      { url: FHIR_ITEM_WEIGHT, valueDecimal: step.value },
      { url: FHIR_OPTION_PREFIX, valueString: String(step.value) },
    ],
    valueCoding: coding,
  };
}

function questionItem(instrument: Instrument, item: Item, role?: RespondentRole): Json {
  const scale = role ? scaleForRole(instrument.scales[item.scaleId]!, role) : instrument.scales[item.scaleId]!;
  if (role) item = itemForRole(item, role);
  const out: Json = { linkId: item.linkId };
  withText(out, 'text', item.text);
  out.type = 'choice';
  if (item.required) out.required = true;
  // Radio buttons, not a drop-down: every step and its meaning in view, as in the rating form.
  const extension: Json[] = [itemControl('radio-button', 'Radio Button')];
  if (item.reverseScored) extension.push({ url: STEGVIS_EXTENSION.reverseScored, valueBoolean: true });
  for (const itemRole of item.roles ?? []) extension.push({ url: STEGVIS_EXTENSION.roles, valueCode: itemRole });
  out.extension = extension;
  out.answerOption = [
    ...scale.steps.map((step) => stepOption(instrument, scale, step)),
    ...(scale.missingCodes ?? []).map((m) => ({ valueCoding: missingCoding(scale, m.code) })),
  ];
  if (item.help) {
    const help: Json = { linkId: `${item.linkId}.help` };
    withText(help, 'text', item.help);
    help.type = 'display';
    help.extension = [itemControl('help', 'Help-Button')];
    out.item = [help];
  }
  return out;
}

/**
 * The linkId of an area's group item. Area ids and item linkIds may coincide (a single-item area
 * often names its item after itself), and FHIR needs every linkId unique, so groups get a prefix.
 */
export function areaGroupLinkId(area: LifeArea): string {
  return `area:${area.id}`;
}

function areaGroup(instrument: Instrument, area: LifeArea, items: readonly Item[], role?: RespondentRole): Json {
  const group: Json = { linkId: areaGroupLinkId(area) };
  withText(group, 'text', area.label);
  group.type = 'group';
  group.extension = [{ url: STEGVIS_EXTENSION.scoring, valueString: JSON.stringify(area.scoring) }];
  group.item = items.map((item) => questionItem(instrument, item, role));
  return group;
}

/** Options of `toFhirQuestionnaire`. */
export interface ToFhirQuestionnaireOptions {
  /**
   * Export the Questionnaire one role answers: only that role's items, worded in its voice. Without
   * it, every role's items are exported (each marked with the roles that answer it), which a form
   * filler shows all at once to one respondent.
   */
  role?: RespondentRole;
}

/**
 * An instrument as a FHIR R4 Questionnaire: each life area a `group` item, each rating item a
 * `choice` item drawn as radio buttons (SDC `itemControl`) whose `answerOption`s are the scale's
 * steps as `valueCoding` with their score in the `itemWeight` extension, the step number as
 * `optionPrefix` and "label – description" as display, followed by the scale's missing codes (no
 * weight). Swedish is the text; every other language is carried by the `translation` extension.
 * Pass `{ role }` to export the form one role fills in (see `ToFhirQuestionnaireOptions`).
 */
export function toFhirQuestionnaire(instrument: Instrument, options: ToFhirQuestionnaireOptions = {}): FhirResource {
  const { role } = options;
  const q: FhirResource = {
    resourceType: 'Questionnaire',
    url: questionnaireUrl(instrument),
    version: instrument.version,
    name: instrument.id.replace(/[^A-Za-z0-9]/g, '_').replace(/^([^A-Za-z])/, 'Q$1'),
    status: 'active',
    language: 'sv',
  };
  withText(q, 'title', instrument.title);
  if (instrument.description) withText(q, 'description', instrument.description);
  if (instrument.licence.attribution) withText(q, 'copyright', instrument.licence.attribution);
  if (role) {
    // The same canonical URL: a response to this role's form is a response to the instrument.
    q.extension = [{ url: STEGVIS_EXTENSION.respondentRole, valueCode: role }];
    q.item = areasForRole(instrument, role).map(({ area, items }) => areaGroup(instrument, area, items, role));
  } else q.item = instrument.areas.map((area) => areaGroup(instrument, area, area.items));
  return q;
}

function answerItem(instrument: Instrument, answer: Answer): Json {
  const entry = indexInstrument(instrument).items.get(answer.linkId);
  const out: Json = { linkId: answer.linkId };
  if (entry) withText(out, 'text', entry.item.text);
  // FHIR strings may not be empty, so an empty comment is written as none.
  if (answer.comment !== undefined && answer.comment !== '')
    out.extension = [{ url: STEGVIS_EXTENSION.comment, valueString: answer.comment }];
  if (answer.value !== null) {
    const coding = entry ? stepCoding(instrument, entry.scale, answer.value) : undefined;
    // A value that is not a step (an invalid answer) is kept as a number rather than lost.
    out.answer = [coding ? { valueCoding: coding } : { valueDecimal: answer.value }];
  } else if (answer.missing !== undefined) {
    out.answer = [{ valueCoding: missingCoding(entry?.scale, answer.missing) }];
  }
  return out;
}

/**
 * An assessment as a FHIR R4 QuestionnaireResponse of `toFhirQuestionnaire(instrument)`:
 * answers grouped by area, each a `valueCoding` of its step (or of its missing code), comments
 * and what FHIR has no element for (role, occasion, `replaces`) as stegvis extensions, so that
 * `fromFhirQuestionnaireResponse` gives the assessment back unchanged (answers in instrument order).
 */
export function toFhirQuestionnaireResponse(instrument: Instrument, assessment: Assessment): FhirResource {
  const index = indexInstrument(instrument);
  const byArea = new Map<string, Json[]>();
  const loose: Json[] = [];
  for (const answer of sortAnswers(instrument, assessment.answers)) {
    const entry = index.items.get(answer.linkId);
    if (!entry) {
      loose.push(answerItem(instrument, answer));
      continue;
    }
    let list = byArea.get(entry.area.id);
    if (!list) byArea.set(entry.area.id, (list = []));
    list.push(answerItem(instrument, answer));
  }
  const items: Json[] = [];
  for (const area of instrument.areas) {
    const list = byArea.get(area.id);
    if (!list) continue;
    const group: Json = { linkId: areaGroupLinkId(area) };
    withText(group, 'text', area.label);
    group.item = list;
    items.push(group);
  }
  items.push(...loose);
  const extension: Json[] = [
    { url: STEGVIS_EXTENSION.respondentRole, valueCode: assessment.role },
    { url: STEGVIS_EXTENSION.occasion, valueCode: assessment.occasion },
  ];
  if (assessment.replaces !== undefined)
    extension.push({ url: STEGVIS_EXTENSION.replaces, valueString: assessment.replaces });
  const subject = { identifier: { system: 'urn:stegvis:subject', value: assessment.subjectId } };
  const qr: FhirResource = {
    resourceType: 'QuestionnaireResponse',
    id: assessment.id,
    extension,
    questionnaire: `${questionnaireUrl(instrument)}|${assessment.instrument.version}`,
    status: assessment.status,
    subject,
    authored: assessment.authored,
  };
  // The participant (alone or with the case manager) is the source of their own answers.
  if (assessment.role !== 'caseManager') qr.source = subject;
  qr.item = items;
  return qr;
}

/** Answers in instrument order; answers to unknown linkIds last, in their own order. */
function sortAnswers(instrument: Instrument, answers: readonly Answer[]): Answer[] {
  const order = new Map<string, number>();
  instrument.areas.forEach((area) => area.items.forEach((item) => order.set(item.linkId, order.size)));
  return answers
    .map((answer, i) => ({ answer, key: order.get(answer.linkId) ?? order.size + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.answer);
}

/** Options of `fromFhirQuestionnaireResponse`, for responses written by other systems. */
export interface FromFhirOptions {
  /** The role when the response has no stegvis role extension (default: participant when `source` is the subject). */
  role?: RespondentRole;
  /** The occasion when the response has no stegvis occasion extension. */
  occasion?: Occasion;
  /**
   * Check the answers against the instrument as `fromCsv` does (values on the item's scale,
   * the role's items, required items); default true. False checks the schema only.
   */
  validate?: boolean;
}

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const statuses: readonly AssessmentStatus[] = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'];
const roles: readonly RespondentRole[] = ['participant', 'caseManager', 'joint'];
const occasions: readonly Occasion[] = ['baseline', 'followUp', 'exit', 'postExit'];
const missingCodes: readonly MissingCode[] = ['declined', 'notApplicable', 'unknown'];

function extensionValue(element: Json, url: string, key: string, path: IssuePath, issues: StegIssue[]): unknown {
  const list = element.extension;
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) {
    issues.push(issue([...path, 'extension'], 'invalid_type', 'Expected a list.', 'Väntade en lista.'));
    return undefined;
  }
  const found = list.find((e) => isRecord(e) && e.url === url);
  return isRecord(found) ? found[key] : undefined;
}

function subjectId(resource: Json): string | undefined {
  const subject = resource.subject;
  if (!isRecord(subject)) return undefined;
  if (isRecord(subject.identifier) && typeof subject.identifier.value === 'string') return subject.identifier.value;
  if (typeof subject.reference === 'string') return subject.reference.replace(/^.*\//, '');
  return undefined;
}

function readAnswerItem(instrument: Instrument, item: Json, path: IssuePath, issues: StegIssue[]): Answer | null {
  const linkId = item.linkId as string;
  const entry = indexInstrument(instrument).items.get(linkId);
  if (!entry) {
    issues.push(
      issue(
        [...path, 'linkId'],
        'unknown_link_id',
        'No item with this linkId in this instrument.',
        'Instrumentet har ingen fråga med detta linkId.',
      ),
    );
    return null;
  }
  const answer: Answer = { linkId, value: null };
  const comment = extensionValue(item, STEGVIS_EXTENSION.comment, 'valueString', path, issues);
  if (comment !== undefined) {
    if (typeof comment === 'string') answer.comment = comment;
    else
      issues.push(
        issue([...path, 'extension'], 'invalid_type', 'A comment must be text.', 'En kommentar måste vara text.'),
      );
  }
  const answers = item.answer;
  if (answers === undefined) return answer;
  if (!Array.isArray(answers)) {
    issues.push(issue([...path, 'answer'], 'invalid_type', 'Expected a list.', 'Väntade en lista.'));
    return null;
  }
  if (answers.length === 0) return answer;
  if (answers.length > 1) {
    issues.push(
      issue([...path, 'answer'], 'too_many', 'A rating item takes one answer.', 'En skattningsfråga har ett svar.'),
    );
    return null;
  }
  const a = answers[0];
  const at = [...path, 'answer', 0];
  if (!isRecord(a)) {
    issues.push(issue(at, 'invalid_type', 'Expected an object.', 'Väntade ett objekt.'));
    return null;
  }
  if (isRecord(a.valueCoding)) {
    const { system, code } = a.valueCoding;
    if (system === STEGVIS_MISSING_SYSTEM) {
      if (typeof code === 'string' && (missingCodes as readonly string[]).includes(code)) {
        answer.missing = code as MissingCode;
        return answer;
      }
    } else if (system === undefined || system === scaleSystem(instrument, entry.scale)) {
      const step = entry.scale.steps.find((s) => s.code === code);
      if (step) {
        answer.value = step.value;
        return answer;
      }
    }
    issues.push(
      issue(
        [...at, 'valueCoding'],
        'unknown_code',
        `The code (with its system) is not a step or missing code of the item's scale "${entry.scale.id}".`,
        `Koden (med sitt system) är inget steg eller kod för saknat svar på frågans skala "${entry.scale.id}".`,
      ),
    );
    return null;
  }
  // Other systems may send the score itself.
  const number = a.valueInteger ?? a.valueDecimal;
  if (typeof number === 'number' && Number.isFinite(number)) {
    answer.value = number;
    return answer;
  }
  issues.push(
    issue(
      at,
      'invalid_answer',
      'The answer needs a valueCoding (or a valueInteger score).',
      'Svaret behöver en valueCoding (eller ett poängvärde i valueInteger).',
    ),
  );
  return null;
}

function readItems(
  instrument: Instrument,
  list: unknown,
  path: IssuePath,
  answers: Answer[],
  issues: StegIssue[],
): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    issues.push(issue(path, 'invalid_type', 'Expected a list.', 'Väntade en lista.'));
    return;
  }
  list.forEach((item, i) => {
    const at = [...path, i];
    if (!isRecord(item)) {
      issues.push(issue(at, 'invalid_type', 'Expected an object.', 'Väntade ett objekt.'));
      return;
    }
    if (typeof item.linkId !== 'string' || item.linkId === '') {
      issues.push(
        issue([...at, 'linkId'], 'required', 'Every item needs a linkId.', 'Varje fråga behöver ett linkId.'),
      );
      return;
    }
    if (item.item !== undefined && item.answer === undefined) {
      readItems(instrument, item.item, [...at, 'item'], answers, issues);
      return;
    }
    const answer = readAnswerItem(instrument, item, at, issues);
    if (answer) answers.push(answer);
  });
}

/**
 * Reads a FHIR R4 QuestionnaireResponse (as written by `toFhirQuestionnaireResponse`, or by
 * another system answering `toFhirQuestionnaire(instrument)`) back into an assessment. Never
 * throws: a bad resource gives every problem found with its path in the resource.
 */
export function fromFhirQuestionnaireResponse(
  instrument: Instrument,
  resource: unknown,
  options: FromFhirOptions = {},
): ParseResult<Assessment> {
  try {
    const tooLarge = checkLimits(resource);
    if (tooLarge) return { ok: false, issues: [tooLarge] };
    return readResponse(instrument, resource, options);
  } catch {
    // The error's text may quote the input: it is not repeated.
    return {
      ok: false,
      issues: [issue([], 'unreadable', 'The resource could not be read.', 'Resursen kunde inte läsas.')],
    };
  }
}

function readResponse(instrument: Instrument, resource: unknown, options: FromFhirOptions): ParseResult<Assessment> {
  const issues: StegIssue[] = [];
  if (!isRecord(resource))
    return {
      ok: false,
      issues: [
        issue([], 'invalid_type', 'Expected a FHIR resource (an object).', 'Väntade en FHIR-resurs (ett objekt).'),
      ],
    };
  if (resource.resourceType !== 'QuestionnaireResponse') {
    return {
      ok: false,
      issues: [
        issue(
          ['resourceType'],
          'wrong_resource',
          'Expected a QuestionnaireResponse (resourceType).',
          'Väntade en QuestionnaireResponse (resourceType).',
        ),
      ],
    };
  }
  if (typeof resource.id !== 'string')
    issues.push(issue(['id'], 'required', 'The response needs an id.', 'Svaret behöver ett id.'));
  let version = instrument.version;
  if (typeof resource.questionnaire !== 'string') {
    issues.push(
      issue(
        ['questionnaire'],
        'required',
        'The response must name its questionnaire (url|version).',
        'Svaret måste ange sitt frågeformulär (url|version).',
      ),
    );
  } else {
    const [url, v] = resource.questionnaire.split('|');
    if (url !== questionnaireUrl(instrument)) {
      issues.push(
        issue(
          ['questionnaire'],
          'instrument_mismatch',
          `The response answers another questionnaire, not "${questionnaireUrl(instrument)}".`,
          `Svaret gäller ett annat frågeformulär, inte "${questionnaireUrl(instrument)}".`,
        ),
      );
    }
    if (v) version = v;
  }
  const status = resource.status;
  if (!(statuses as readonly unknown[]).includes(status)) {
    issues.push(
      issue(
        ['status'],
        'invalid_value',
        `Must be one of ${statuses.join(', ')}.`,
        `Måste vara ett av ${statuses.join(', ')}.`,
      ),
    );
  }
  if (typeof resource.authored !== 'string')
    issues.push(
      issue(
        ['authored'],
        'required',
        'The response needs the date it was authored.',
        'Svaret behöver datumet då det gjordes.',
      ),
    );
  const subject = subjectId(resource);
  if (subject === undefined)
    issues.push(
      issue(
        ['subject'],
        'required',
        'The response needs a subject (identifier or reference).',
        'Svaret behöver en subject (identifier eller reference).',
      ),
    );
  const roleValue = extensionValue(resource, STEGVIS_EXTENSION.respondentRole, 'valueCode', [], issues);
  const sourceIsSubject = isRecord(resource.source) && subjectId({ subject: resource.source }) === subject;
  const role = roleValue ?? options.role ?? (sourceIsSubject ? 'participant' : undefined);
  if (!(roles as readonly unknown[]).includes(role)) {
    issues.push(
      issue(
        ['extension'],
        'required',
        'The respondent role is missing or unknown; pass options.role for responses from other systems.',
        'Svarsrollen saknas eller är okänd; ange options.role för svar från andra system.',
      ),
    );
  }
  const occasion = extensionValue(resource, STEGVIS_EXTENSION.occasion, 'valueCode', [], issues) ?? options.occasion;
  if (!(occasions as readonly unknown[]).includes(occasion)) {
    issues.push(
      issue(
        ['extension'],
        'required',
        'The occasion is missing or unknown; pass options.occasion for responses from other systems.',
        'Tillfället saknas eller är okänt; ange options.occasion för svar från andra system.',
      ),
    );
  }
  const replaces = extensionValue(resource, STEGVIS_EXTENSION.replaces, 'valueString', [], issues);
  const answers: Answer[] = [];
  readItems(instrument, resource.item, ['item'], answers, issues);
  const seen = new Set<string>();
  for (const answer of answers) {
    if (seen.has(answer.linkId))
      issues.push(issue(['item'], 'duplicate_id', 'The item is answered twice.', 'Frågan är besvarad två gånger.'));
    seen.add(answer.linkId);
  }
  if (issues.length > 0) return { ok: false, issues };
  const assessment: Assessment = {
    id: resource.id as string,
    instrument: { id: instrument.id, version },
    subjectId: subject!,
    role: role as RespondentRole,
    occasion: occasion as Occasion,
    authored: resource.authored as string,
    status: status as AssessmentStatus,
    answers: sortAnswers(instrument, answers),
  };
  if (typeof replaces === 'string') assessment.replaces = replaces;
  // The schema still has the last word (id format, dates, lengths), then the instrument (999 on a 1–10 scale).
  return options.validate === false ? parseAssessment(assessment) : parseAssessmentFor(instrument, assessment);
}
