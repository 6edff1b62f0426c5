import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Answer, Occasion } from '../../sdk/model/assessment.js';
import type { Instrument, Item, RespondentRole } from '../../sdk/model/instrument.js';
import { areasForRole, itemForRole, scaleForRole } from '../../sdk/model/instrument-index.js';
import { issue, type StegIssue } from '../../sdk/model/issues.js';
import { resolvedLanguage, resolveText, type LocalizedText } from '../../sdk/model/localized-text.js';
import { parseAssessment } from '../../sdk/model/parse.js';
import { StegAnswersDroppedEvent } from './steg-answers-dropped-event.js';
import { ResizeController, reportedWidth } from '../../internal/resize-controller.js';
import { parseInstrumentCached } from '../../internal/parse-cache.js';
import { checkRespondentRole } from '../../internal/respondent-role.js';
import { StegErrorEvent } from '../../internal/steg-error-event.js';
import { StegSubmitEvent, type StegSubmitDetail } from './steg-submit-event.js';
import { StegFormAssociatedElement } from '../../internal/form-associated.js';
import { message, translationRevision, withStrings } from '../../internal/i18n.js';
import { StegElement } from '../../internal/steg-element.js';
import { renderDroppedNotice, renderErrorSummary, renderSubmitProblem } from './notices-template.js';
import { caseManagerVariants, ratingFormMessages, type RatingFormMessage } from './rating-form.messages.js';
import { styles } from './rating-form.styles.js';
import {
  answerHasContent,
  draftToValue,
  droppedAnything,
  emptyDraft,
  fitDraft,
  isAnswered,
  newId,
  readDraft,
  type Draft,
  type Dropped,
  type RatingFormValue,
} from './rating-form-value.js';
import type { AreaView, FieldError, RenderContext } from './render-context.js';
import { buildSubmission } from './submission.js';
import { renderDisabledReason, renderPage } from './page-template.js';

/** How the form lays out its areas: all on one page, one per page, or chosen by the width. */
export type RatingFormLayout = 'all' | 'step' | 'auto';

/** Below this width, in the element's own `em`, `layout="auto"` shows one area per page. */
const stepBelowEm = 36;

/**
 * The self-rating form: a participant (or a case manager) rates each life area of an instrument
 * on its scale, on a phone or beside their case manager. Calm and plain: native radio groups
 * (one tab stop per item, arrow keys move), 44 px targets, no pre-selected value, "Vet inte" and
 * "Vill inte svara" as explicit choices where the scale offers them, a review page, and GOV.UK
 * style error messages. It never loses an answer: the draft is readable from `value` at every
 * change, restores exactly when set back, and survives a new instrument version (what cannot be
 * kept is shown and reported).
 *
 * It is a form-associated custom element: inside a `<form>` it submits `JSON.stringify(value)`
 * under its `name`, blocks submission while required items are unanswered, resets with the
 * form and is restored by the browser's back/forward cache.
 *
 * It sends nothing and stores nothing: the host decides where drafts go. For example, to keep a
 * draft in `localStorage` until it is sent:
 *
 * ```js
 * const form = document.querySelector('steg-rating-form');
 * const key = 'stegvis-draft:' + form.getAttribute('subject-id');
 * form.instrument = livsomraden;
 * const saved = localStorage.getItem(key);
 * if (saved) form.value = JSON.parse(saved);               // answers, comments, page: all back
 * form.addEventListener('input', () => localStorage.setItem(key, JSON.stringify(form.value)));
 * form.addEventListener('steg-submit', async (event) => {
 *   event.preventDefault();                                 // keep the form until it is saved
 *   await saveToCaseSystem(event.detail);                   // { assessment, goals?, cards? }
 *   localStorage.removeItem(key);
 * });
 * ```
 *
 * Validation: items the instrument marks `required` need an answer; with the `required` attribute
 * every item does. "Vet inte" and "Vill inte svara" count as answers, so nobody is forced to rate.
 *
 * `value` is a `RatingFormValue`: the assessment's own fields (`status` stays `in-progress` until
 * it is sent), `answers` (the comment of an area is kept on its first item's answer), and
 * `formState` with what only the form needs (`areaId` of the page on screen, `review`, `goals`,
 * `cards`). `const { formState, ...assessment } = form.value` separates them.
 *
 * @tagname steg-rating-form
 * @summary A calm, accessible self-rating form for life areas; form-associated, never loses an answer.
 *
 * @event input - Any change to `value`: an answer, a comment, a goal, a step-forward text, or the page in the step layout.
 * @event change - A committed change: an answer chosen, a goal chosen, a text left.
 * @event steg-submit - The participant sent a completed, valid assessment. `detail`: `{ assessment, goals?, cards? }`. Cancelable.
 * @event steg-answers-dropped - Part of the draft could not be kept (new instrument version, other role, unreadable draft). `detail` lists it.
 * @event steg-error - Bad `instrument` or `respondent-role` (shown as an error state), or an unreadable `value` or `previous` (the form goes on).
 * @event invalid - Submission was attempted while required items are unanswered; the form shows its error summary.
 *
 * @csspart base - The wrapper of the whole form.
 * @csspart area - One life area (its heading, items and extra fields).
 * @csspart progress - "Område 3 av 8" in the step layout.
 * @csspart item - The fieldset of one item.
 * @csspart steps - The row or column of scale steps.
 * @csspart choice - One selectable step or missing code (a label around a native radio).
 * @csspart description - The plain-language meaning of the focused or chosen step.
 * @csspart description-chosen - The description when it is of the chosen answer.
 * @csspart description-preview - The description when it is of a focused step that is not chosen ("Om du väljer det här:").
 * @csspart disabled-reason - Why the form is disabled, at the top while it is.
 * @csspart intro - The introduction slot, before the first area.
 * @csspart missing-codes - The "Vet inte" / "Vill inte svara" choices.
 * @csspart previous - "Förra gången: 4".
 * @csspart error-message - The inline message of an unanswered item.
 * @csspart error-summary - The list of problems at the top.
 * @csspart comment - The comment disclosure of an area.
 * @csspart goal - The desired-level field of an area.
 * @csspart step-forward - The "step forward" field of an area.
 * @csspart review - The review page.
 * @csspart summary - The list of answers on the review page.
 * @csspart notice - The notice of answers that could not be kept.
 * @csspart submit-problem - The alert when the host's data is incomplete on send.
 * @csspart confirmation - The confirmation after sending.
 * @csspart button - The primary and secondary buttons.
 * @csspart submit - The send button.
 * @csspart error - The error state for bad input data.
 *
 * @slot intro - An introduction before the first area (all layouts; in the step layout on the first page only).
 * @slot disabled-reason - Why the form is disabled, when plain text in `disabled-reason` is not enough.
 *
 * @cssproperty --steg-color-accent - The chosen step and primary buttons.
 * @cssproperty --steg-color-danger - Error messages and the error summary.
 * @cssproperty --steg-target-size - Minimum size of every choice and button (default 44px).
 * @cssproperty --steg-font-size - Base font size (default 1rem).
 * @cssproperty --steg-scroll-margin - Room kept above a question when an error link scrolls to it, e.g. the height of a sticky page header (default 1rem).
 */
export class StegRatingForm extends StegFormAssociatedElement {
  static override styles = [...StegElement.styles, styles];

  /** The instrument to rate (an `Instrument`, raw or parsed); validated when set. */
  @property({ attribute: false }) instrument?: unknown;

  /** Who answers: `participant`, `caseManager` or `joint`. Only that role's items are shown. */
  @property({ attribute: 'respondent-role' }) respondentRole: RespondentRole = 'participant';

  /** `all` areas on one page, one area per page (`step`), or `auto`: step on narrow widths. */
  @property({ reflect: true }) layout: RatingFormLayout = 'auto';

  /** An earlier assessment: each item shows "Förra gången: 4" beside it, without pre-selecting. */
  @property({ attribute: false }) previous?: unknown;

  /** Asks for the desired level (goal) per area; sent as `AreaGoal`s in `steg-submit`. */
  @property({ type: Boolean, attribute: 'collect-goals' }) collectGoals = false;

  /** Asks "what would be a step forward for you?" per area; sent as `ProgressionCard`s. */
  @property({ type: Boolean, attribute: 'collect-cards' }) collectCards = false;

  /** The id of the assessment; a random UUID is made when neither this nor `value.id` is set. */
  @property({ attribute: 'assessment-id' }) assessmentId?: string;

  /** The participant's pseudonymous id (never a personal identity number). Needed to send. */
  @property({ attribute: 'subject-id' }) subjectId?: string;

  /** The occasion: `baseline`, `followUp`, `exit` or `postExit`. Needed to send. */
  @property() occasion?: Occasion;

  /** The level of the form's headings (default 2), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Why the form is disabled, in words for the participant ("Svaren är skickade till din
   * handläggare."). Shown and announced at the top while the form is disabled; the
   * `disabled-reason` slot takes richer content. Without either, a plain default says that
   * the answers cannot be changed right now.
   */
  @property({ attribute: 'disabled-reason' }) disabledReason?: string;

  @state() private narrow = false;
  @state() private errorScope?: 'page' | 'all';
  @state() private focusedChoice?: { linkId: string; choice: string };
  @state() private notice?: { dropped: Dropped; instruments: (Instrument | undefined)[] };
  @state() private submitted = false;
  @state() private submitProblem = false;

  private parsed?: Instrument;
  /** The instrument the draft was last fitted to, for naming what a swap dropped. */
  private fittedFrom?: Instrument;
  private views: AreaView[] = [];
  private draft: Draft = emptyDraft();
  private previousAnswers = new Map<string, Answer>();
  private needsFit = false;
  private pendingUnreadable: Dropped['answers'] = [];
  private returnToReview = false;
  private openComments = new Set<string>();
  private lastArea?: string;
  private silentCheck = false;

  constructor() {
    super();
    this.addEventListener('invalid', this.onInvalid);
    // Observes the element while it is connected (the controller follows the element's lifecycle).
    new ResizeController(this, (entry) => this.onResize(reportedWidth(entry)));
  }

  /**
   * The draft: a partial assessment plus `formState` (see the class description). Reading it
   * gives a fresh copy; setting it restores a draft exactly (answers, comments, goals,
   * step-forward texts, the page). `null` clears it.
   */
  get value(): RatingFormValue {
    return draftToValue(this.draft, this.parsed);
  }

  set value(input: RatingFormValue | null | undefined) {
    const { draft, issues, unreadable } = readDraft(input);
    this.draft = draft;
    this.pendingUnreadable = unreadable;
    this.needsFit = true;
    this.openComments = new Set();
    this.resetView();
    if (issues.length > 0) this.dispatchEvent(new StegErrorEvent({ property: 'value', issues }));
    this.syncForm();
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Measured once now, so a phone never sees the wide layout flash before the first resize report.
    if (this.layout === 'auto') this.narrow = this.isNarrow(this.getBoundingClientRect().width) ?? this.narrow;
  }

  /** Checks validity without showing anything (as for native controls). */
  override checkValidity(): boolean {
    this.silentCheck = true;
    try {
      return super.checkValidity();
    } finally {
      this.silentCheck = false;
    }
  }

  /** Called by the form on reset: clears every answer and goes back to the first page. */
  formResetCallback(): void {
    this.draft = emptyDraft();
    this.pendingUnreadable = [];
    this.notice = undefined;
    this.openComments = new Set();
    this.resetView();
    this.syncForm();
    this.requestUpdate();
  }

  /** Called by the browser to restore the draft (back/forward navigation, autofill). */
  formStateRestoreCallback(stateValue: string | File | FormData | null): void {
    if (typeof stateValue !== 'string') return;
    try {
      this.value = JSON.parse(stateValue) as RatingFormValue;
    } catch {
      this.dispatchEvent(
        new StegErrorEvent({
          property: 'value',
          issues: [
            issue(
              [],
              'unreadable',
              'The saved form state is not valid JSON.',
              'Det sparade formulärtillståndet är inte giltig JSON.',
            ),
          ],
        }),
      );
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('instrument')) {
      const before = this.parsed;
      if (this.instrument === undefined || this.instrument === null) {
        this.setInputIssues('instrument', []);
      } else {
        const result = parseInstrumentCached(this.instrument);
        this.setInputIssues('instrument', result.ok ? [] : result.issues);
        if (result.ok) this.parsed = result.value;
      }
      if (this.parsed !== before) this.needsFit = true;
    }
    if (this.parsed && (this.needsFit || changed.has('respondentRole'))) this.fit();
    if (changed.has('previous')) this.readPrevious();
    this.syncValidity();
  }

  private fit(): void {
    const instrument = this.parsed!;
    const role = this.respondentRole;
    const roleIssues = checkRespondentRole(role, instrument);
    this.setInputIssues('respondentRole', roleIssues);
    if (roleIssues.length > 0) {
      this.views = [];
      return;
    }
    this.views = areasForRole(instrument, role).map(({ area, items }) => ({
      area,
      // Each role reads the question, help and answers in its own voice (the case manager about
      // the participant), where the instrument gives one.
      items: items.map((item) => ({
        item: itemForRole(item, role),
        scale: scaleForRole(instrument.scales[item.scaleId]!, role),
      })),
    }));
    const hadContent = this.draft.answers.size + this.draft.goals.size + this.draft.cards.size > 0;
    const from =
      this.draft.meta.instrument ??
      (this.fittedFrom ? { id: this.fittedFrom.id, version: this.fittedFrom.version } : undefined);
    const dropped = fitDraft(this.draft, instrument, role);
    dropped.answers.unshift(...this.pendingUnreadable);
    this.pendingUnreadable = [];
    if (hadContent) this.draft.meta.instrument = { id: instrument.id, version: instrument.version };
    for (const view of this.views) {
      const first = view.items[0];
      if (first && this.draft.answers.get(first.item.linkId)?.comment) this.openComments.add(view.area.id);
    }
    if (droppedAnything(dropped)) {
      const previousNotice = this.notice?.dropped;
      const merged: Dropped = previousNotice
        ? {
            answers: [...previousNotice.answers, ...dropped.answers],
            goals: [...previousNotice.goals, ...dropped.goals],
            cards: [...previousNotice.cards, ...dropped.cards],
          }
        : dropped;
      this.notice = { dropped: merged, instruments: [this.fittedFrom, instrument] };
      this.dispatchEvent(
        new StegAnswersDroppedEvent({
          ...(from ? { from } : {}),
          to: { id: instrument.id, version: instrument.version },
          ...dropped,
        }),
      );
    }
    this.fittedFrom = instrument;
    this.needsFit = false;
    this.syncForm();
  }

  private readPrevious(): void {
    this.previousAnswers = new Map();
    if (this.previous === undefined || this.previous === null) return;
    const result = parseAssessment(this.previous);
    if (result.ok) {
      for (const answer of result.value.answers) this.previousAnswers.set(answer.linkId, answer);
    } else {
      // A bad earlier assessment must not stop a participant from answering: report and go on.
      this.dispatchEvent(new StegErrorEvent({ property: 'previous', issues: result.issues }));
    }
  }

  /** Whether a width (CSS px) is narrow for the `auto` layout; undefined while not laid out. */
  private isNarrow(width: number): boolean | undefined {
    if (width === 0) return undefined;
    const em = parseFloat(getComputedStyle(this).fontSize) || 16;
    return width < stepBelowEm * em;
  }

  private onResize(width: number): void {
    const narrow = this.isNarrow(width);
    if (narrow === undefined || narrow === this.narrow) return;
    // The switch changes the element's height; applying it after this round of resize reports
    // keeps the observer from reporting a loop.
    setTimeout(() => {
      if (narrow === this.narrow) return;
      // Switching to one area per page: show the area the participant was working on.
      if (narrow && this.lastArea) this.draft.areaId = this.lastArea;
      this.narrow = narrow;
    });
  }

  /** The layout in use now. */
  get effectiveLayout(): 'all' | 'step' {
    if (this.layout === 'step') return 'step';
    if (this.layout === 'auto' && this.narrow) return 'step';
    return 'all';
  }

  private get pageIndex(): number {
    const index = this.views.findIndex((v) => v.area.id === this.draft.areaId);
    return index < 0 ? 0 : index;
  }

  private msg(key: RatingFormMessage, values?: Record<string, string | number>): string {
    // The case manager reads about the participant, never "för dig".
    const voiced = this.respondentRole === 'caseManager' ? (caseManagerVariants[key] ?? key) : key;
    // Error messages are written in event handlers too, outside an update: keep .strings in force.
    return withStrings(this.strings, () => message(ratingFormMessages, this.uiLang, voiced, values));
  }

  private isRequired(item: Item): boolean {
    return this.required || item.required === true;
  }

  /** Unanswered required items, in instrument order; only those of `areaId` when given. */
  private fieldErrors(areaId?: string): FieldError[] {
    const errors: FieldError[] = [];
    for (const view of this.views) {
      if (areaId !== undefined && view.area.id !== areaId) continue;
      for (const { item } of view.items) {
        if (!this.isRequired(item) || isAnswered(this.draft.answers.get(item.linkId))) continue;
        // One item: name the area ("Välj ett svar för Boende"); several: quote the question.
        const single = view.items.length === 1;
        const name = resolveText(single ? view.area.label : item.text, this.effectiveLang);
        errors.push({
          linkId: item.linkId,
          areaId: view.area.id,
          message: this.msg(single ? 'chooseAnswer' : 'chooseAnswerItem', { name }),
        });
      }
    }
    return errors;
  }

  private visibleErrors(): FieldError[] {
    if (!this.errorScope || this.submitted) return [];
    if (this.errorScope === 'page' && this.effectiveLayout === 'step' && !this.draft.review) {
      return this.fieldErrors(this.views[this.pageIndex]?.area.id);
    }
    return this.fieldErrors();
  }

  /** Sets the submitted form value; the state is the same JSON, for restoring. */
  private syncForm(): void {
    const json = JSON.stringify(this.value);
    this.internals.setFormValue(json, json);
    this.syncValidity();
  }

  private syncValidity(): void {
    const errors = this.parsed && !this.hasInputIssues ? this.fieldErrors() : [];
    if (errors.length === 0) {
      this.setValidity({}, '');
      return;
    }
    const first = errors[0]!.message;
    const text = errors.length > 1 ? `${first} ${this.msg('moreErrors', { count: errors.length - 1 })}` : first;
    this.setValidity({ valueMissing: true }, text);
  }

  /** Fills the assessment's own fields that the host gave or the form knows. */
  private stamp(): void {
    const meta = this.draft.meta;
    if (this.parsed) meta.instrument = { id: this.parsed.id, version: this.parsed.version };
    meta.role = this.respondentRole;
    if (this.subjectId) meta.subjectId = this.subjectId;
    if (this.occasion) meta.occasion = this.occasion;
    meta.id = this.assessmentId || meta.id || newId();
    meta.status = 'in-progress';
    meta.authored = new Date().toISOString();
  }

  private resetView(): void {
    this.errorScope = undefined;
    this.submitted = false;
    this.submitProblem = false;
    this.returnToReview = false;
    this.focusedChoice = undefined;
  }

  /** After a change by the participant: update the form value and tell the host. */
  private commit(committed: boolean): void {
    this.stamp();
    this.submitted = false;
    this.syncForm();
    this.requestUpdate();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (committed) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private setAnswer(linkId: string, update: (answer: Answer) => Answer): void {
    const next = update({ ...(this.draft.answers.get(linkId) ?? { linkId, value: null }) });
    if (answerHasContent(next)) this.draft.answers.set(linkId, next);
    else this.draft.answers.delete(linkId);
  }

  // Inner inputs' own `input` events are composed and would reach the host's listeners before
  // the value is updated, and twice; the host gets one `input` from `commit` instead.
  private stopInnerInput = (event: Event): void => {
    event.stopPropagation();
  };

  private onFocusIn = (event: FocusEvent): void => {
    const area = (event.target as Element).closest?.('[data-area-id]');
    if (area) this.lastArea = area.getAttribute('data-area-id') ?? undefined;
  };

  private onChoice = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const linkId = input.dataset.linkId!;
    const key = input.value;
    this.setAnswer(linkId, (answer) => {
      const next: Answer = { linkId, value: null };
      if (key.startsWith('v:')) next.value = Number(key.slice(2));
      else next.missing = key.slice(2) as Answer['missing'];
      if (answer.comment) next.comment = answer.comment;
      return next;
    });
    this.focusedChoice = { linkId, choice: key };
    this.commit(true);
  };

  private onChoiceFocus = (event: FocusEvent): void => {
    const input = event.target as HTMLInputElement;
    this.focusedChoice = { linkId: input.dataset.linkId!, choice: input.value };
  };

  private onChoiceBlur = (event: FocusEvent): void => {
    const input = event.target as HTMLInputElement;
    const { linkId } = input.dataset;
    const choice = input.value;
    // Chrome also blurs a focused radio that a render removes; clearing the state after the
    // render keeps Lit from updating in the middle of one.
    queueMicrotask(() => {
      if (this.focusedChoice?.linkId === linkId && this.focusedChoice?.choice === choice)
        this.focusedChoice = undefined;
    });
  };

  private onComment = (event: Event): void => {
    const textarea = event.target as HTMLTextAreaElement;
    const comment = textarea.value;
    this.setAnswer(textarea.dataset.linkId!, (answer) => {
      if (comment === '') delete answer.comment;
      else answer.comment = comment;
      return answer;
    });
    this.commit(false);
  };

  private onTextChange = (): void => {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };

  private onCommentToggle = (event: Event): void => {
    const details = event.target as HTMLDetailsElement;
    const areaId = details.dataset.areaId!;
    if (details.open) this.openComments.add(areaId);
    else this.openComments.delete(areaId);
  };

  private onGoal = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    const areaId = select.dataset.areaId!;
    if (select.value === '') this.draft.goals.delete(areaId);
    else this.draft.goals.set(areaId, Number(select.value));
    this.commit(true);
  };

  private onCard = (event: Event): void => {
    const textarea = event.target as HTMLTextAreaElement;
    const areaId = textarea.dataset.areaId!;
    if (textarea.value === '') this.draft.cards.delete(areaId);
    else this.draft.cards.set(areaId, textarea.value);
    this.commit(false);
  };

  /** Shows a page and moves focus to its heading (or to an item), so everyone knows where they are. */
  private async show(
    page: { areaId?: string; review?: boolean },
    focus: { id?: string; linkId?: string },
  ): Promise<void> {
    if (page.areaId !== undefined) this.draft.areaId = page.areaId;
    this.draft.review = page.review === true;
    this.focusedChoice = undefined;
    this.syncForm();
    this.requestUpdate();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.updateComplete;
    if (focus.linkId) this.focusItem(focus.linkId);
    else if (focus.id) (this.renderRoot as ShadowRoot).getElementById(focus.id)?.focus();
  }

  private focusItem(linkId: string): void {
    const fieldset = (this.renderRoot as ShadowRoot).getElementById(`i-${linkId}`);
    const input =
      fieldset?.querySelector<HTMLInputElement>('input:checked') ?? fieldset?.querySelector<HTMLInputElement>('input');
    if (!fieldset || !input) return;
    // As GOV.UK does: scroll the question's legend (not the fieldset, whose box starts inside
    // the legend) into view, with room above it (scroll-margin, --steg-scroll-margin for a host
    // with a sticky header), then focus the choice without scrolling again.
    (fieldset.querySelector('legend') ?? fieldset).scrollIntoView?.({ block: 'start' });
    input.focus({ preventScroll: true });
  }

  private async showErrors(scope: 'page' | 'all'): Promise<void> {
    this.errorScope = scope;
    await this.updateComplete;
    (this.renderRoot as ShadowRoot).getElementById('error-summary')?.focus();
  }

  private onNext = (): void => {
    const view = this.views[this.pageIndex];
    if (!view) return;
    if (this.fieldErrors(view.area.id).length > 0) {
      void this.showErrors('page');
      return;
    }
    this.errorScope = undefined;
    const next = this.views[this.pageIndex + 1];
    if (this.returnToReview || !next) {
      this.returnToReview = false;
      void this.show({ review: true }, { id: 'page-heading' });
    } else {
      void this.show({ areaId: next.area.id }, { id: `h-${next.area.id}` });
    }
  };

  private onBack = (): void => {
    this.errorScope = undefined;
    this.returnToReview = false;
    if (this.draft.review) {
      const view = this.views[this.pageIndex];
      void this.show({}, { id: view ? `h-${view.area.id}` : undefined });
      return;
    }
    const previous = this.views[this.pageIndex - 1];
    if (previous) void this.show({ areaId: previous.area.id }, { id: `h-${previous.area.id}` });
  };

  private onToReview = (): void => {
    if (this.fieldErrors().length > 0) {
      void this.showErrors('all');
      return;
    }
    this.errorScope = undefined;
    void this.show({ review: true }, { id: 'page-heading' });
  };

  private onChangeArea = (event: Event): void => {
    const areaId = (event.currentTarget as HTMLElement).dataset.areaId!;
    this.errorScope = undefined;
    this.returnToReview = true;
    void this.show({ areaId }, { id: `h-${areaId}` });
  };

  private onErrorLink = (event: Event): void => {
    event.preventDefault();
    const linkId = (event.currentTarget as HTMLElement).dataset.linkId!;
    const view = this.views.find((v) => v.items.some(({ item }) => item.linkId === linkId));
    if (!view) return;
    if (this.draft.review) this.returnToReview = true;
    const onOtherPage =
      this.draft.review || (this.effectiveLayout === 'step' && view.area.id !== this.views[this.pageIndex]?.area.id);
    if (onOtherPage) void this.show({ areaId: view.area.id }, { linkId });
    else this.focusItem(linkId);
  };

  private onDismissNotice = (): void => {
    this.notice = undefined;
  };

  private onInvalid = (event: Event): void => {
    if (this.silentCheck) return;
    // Our error summary replaces the browser's bubble (GOV.UK pattern).
    event.preventDefault();
    void this.showErrors('all');
  };

  private onSubmit = async (): Promise<void> => {
    if (this.fieldErrors().length > 0) {
      void this.showErrors('all');
      return;
    }
    const detail = this.completed();
    if ('issues' in detail) {
      this.submitProblem = true;
      this.dispatchEvent(new StegErrorEvent({ property: 'value', issues: detail.issues }));
      await this.updateComplete;
      (this.renderRoot as ShadowRoot).querySelector<HTMLElement>('[part="submit-problem"] .heading')?.focus();
      return;
    }
    this.submitProblem = false;
    const event = new StegSubmitEvent(detail);
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const { answers: _answers, ...meta } = detail.assessment;
    this.draft.meta = meta;
    this.submitted = true;
    this.syncForm();
    await this.updateComplete;
    (this.renderRoot as ShadowRoot).getElementById('page-heading')?.focus();
    this.form?.requestSubmit();
  };

  /** Builds the completed assessment, goals and cards, checked against the instrument. */
  private completed(): StegSubmitDetail | { issues: StegIssue[] } {
    return buildSubmission({
      instrument: this.parsed!,
      views: this.views,
      role: this.respondentRole,
      assessmentId: this.assessmentId,
      subjectId: this.subjectId,
      occasion: this.occasion,
      meta: this.draft.meta,
      answers: this.value.answers,
      answerOf: (linkId) => this.draft.answers.get(linkId),
      goals: this.collectGoals ? this.draft.goals : null,
      cards: this.collectCards ? this.draft.cards : null,
      now: new Date().toISOString(),
    });
  }

  /** Data text in the element's language, marked with the language it fell back to. */
  private localized(value: LocalizedText | undefined): TemplateResult | string {
    const lang = this.effectiveLang;
    const text = resolveText(value, lang);
    if (value === undefined || typeof value === 'string') return text;
    const used = resolvedLanguage(value, lang);
    return used.split('-')[0]!.toLowerCase() === lang.split('-')[0]!.toLowerCase()
      ? text
      : html`<span lang=${used}>${text}</span>`;
  }

  private context(): RenderContext {
    const answers = this.draft.answers;
    const errors = new Map(this.visibleErrors().map((e) => [e.linkId, e.message]));
    return {
      msg: (key, values) => this.msg(key, values),
      text: (value) => this.localized(value),
      plain: (value) => resolveText(value, this.effectiveLang),
      headingLevel: this.headingLevel,
      disabled: this.isDisabled,
      collectGoals: this.collectGoals,
      collectCards: this.collectCards,
      markOptional: !this.required && this.views.some((v) => v.items.some(({ item }) => item.required)),
      isRequired: (item) => this.isRequired(item),
      answer: (linkId) => answers.get(linkId),
      previous: (linkId) => this.previousAnswers.get(linkId),
      error: (linkId) => errors.get(linkId),
      goal: (areaId) => this.draft.goals.get(areaId),
      card: (areaId) => this.draft.cards.get(areaId) ?? '',
      focused: this.focusedChoice,
      onChoice: this.onChoice,
      onChoiceFocus: this.onChoiceFocus,
      onChoiceBlur: this.onChoiceBlur,
      onComment: this.onComment,
      onCommentChange: this.onTextChange,
      onCommentToggle: this.onCommentToggle,
      onGoal: this.onGoal,
      onCard: this.onCard,
      onCardChange: this.onTextChange,
      onChangeArea: this.onChangeArea,
      onErrorLink: this.onErrorLink,
      onSubmit: () => void this.onSubmit(),
      onDismissNotice: this.onDismissNotice,
    };
  }

  override render(): TemplateResult | typeof nothing {
    if (this.hasInputIssues) return this.renderErrorState({ headingLevel: this.headingLevel });
    if (!this.parsed) return nothing;
    const ctx = this.context();
    const errors = this.visibleErrors();
    return html`<div class="root" part="base" @input=${this.stopInnerInput} @focusin=${this.onFocusIn}>
      ${renderDisabledReason(ctx, this.disabledReason)}
      ${this.notice ? renderDroppedNotice(ctx, this.notice.dropped, this.notice.instruments) : nothing}
      ${this.submitProblem ? renderSubmitProblem(ctx) : nothing} ${errors.length > 0 ? renderErrorSummary(ctx, errors) : nothing}
      ${renderPage(ctx, {
        views: this.views,
        submitted: this.submitted,
        review: this.draft.review,
        layout: this.effectiveLayout,
        pageIndex: this.pageIndex,
        openComments: this.openComments,
        dependencies: (view) => this.areaDependencies(ctx, view),
        onBack: this.onBack,
        onNext: this.onNext,
        onToReview: this.onToReview,
      })}
    </div>`;
  }

  /** Everything an area's template reads; when none of it changed, the area is not re-rendered. */
  private areaDependencies(ctx: RenderContext, view: AreaView): unknown[] {
    const deps: unknown[] = [
      view,
      this.effectiveLang,
      // The words: a page registering a translation, or this element's own .strings.
      translationRevision(),
      this.strings,
      ctx.disabled,
      ctx.collectGoals,
      ctx.collectCards,
      ctx.markOptional,
      this.required,
      this.headingLevel,
      this.previousAnswers,
      this.openComments.has(view.area.id),
      this.draft.goals.get(view.area.id),
      this.draft.cards.get(view.area.id),
    ];
    for (const { item } of view.items) {
      deps.push(
        this.draft.answers.get(item.linkId),
        ctx.error(item.linkId),
        ctx.focused?.linkId === item.linkId ? ctx.focused.choice : undefined,
      );
    }
    return deps;
  }
}
