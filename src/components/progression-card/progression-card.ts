import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Assessment, Occasion } from '../../sdk/model/assessment.js';
import type { AreaGoal } from '../../sdk/model/goal.js';
import type { Instrument, LifeArea, RespondentRole, ScaleStage } from '../../sdk/model/instrument.js';
import type { Intervention, InterventionEpisode } from '../../sdk/model/intervention.js';
import { areasForRole, indexInstrument } from '../../sdk/model/instrument-index.js';
import type { ParseResult, StegIssue } from '../../sdk/model/issues.js';
import { resolveText, type LocalizedText } from '../../sdk/model/localized-text.js';
import {
  parseAssessments,
  parseEpisodes,
  parseGoals,
  parseInterventions,
  parseProgressionCards,
} from '../../sdk/model/parse.js';
import type { ProgressionCard } from '../../sdk/model/progression-card.js';
import {
  validateAssessment,
  validateEpisodes,
  validateGoal,
  validateIntervention,
  validateProgressionCard,
} from '../../sdk/model/validate.js';
import type { ChangeDirection } from '../../sdk/scoring/change-direction.js';
import { goalAttainment, type GoalAttainment } from '../../sdk/scoring/goal-attainment.js';
import { progression, type Progression } from '../../sdk/scoring/progression.js';
import type { ReliableChange } from '../../sdk/scoring/reliable-change.js';
import { roleGap, type AreaRoleGap } from '../../sdk/scoring/role-gap.js';
import type { AssessmentScore } from '../../sdk/scoring/score-assessment.js';
import { StegAreaActivateEvent } from './steg-area-activate-event.js';
import { StegCardActivateEvent } from './steg-card-activate-event.js';
import { formatDate, formatList, formatNumber, message, pluralCategory, uiLanguage } from '../../internal/i18n.js';
import { StegElement } from '../../internal/steg-element.js';
import { areaScaleMarks, SCALE_HEIGHT } from './area-scale.js';
import { cardsTemplate } from './cards-template.js';
import { changeSpark } from './change-spark.js';
import { interventionsInPeriod, interventionsTemplate } from './interventions-template.js';
import { isolateLtr } from '../../internal/bidi-isolate.js';
import { memoChange, memoMonth } from './format-memo.js';
import { checkRespondentRole } from '../../internal/respondent-role.js';
import { parseInstrumentCached } from '../../internal/parse-cache.js';
import { asProgression, checkProgression } from './progression-check.js';
import { progressionCardMessages as m } from './progression-card.messages.js';
import { progressionCardStyles } from './progression-card.styles.js';

/** How the card is laid out: the whole card for a conversation, or one row in a list. */
export type ProgressionCardVariant = 'full' | 'compact';

/** One area as the card shows it; every number is the SDK's. */
export interface ProgressionAreaView {
  area: LifeArea;
  min: number;
  max: number;
  baseline: number | null;
  latest: number | null;
  /** `latest − baseline`, as `compareAssessments` computed it. */
  delta: number | null;
  direction: ChangeDirection;
  scaleDirection: 'higherIsBetter' | 'lowerIsBetter';
  /** The stage of the latest score, else of the baseline. */
  stage: ScaleStage | null;
  reliableChange: ReliableChange | null;
  goal: GoalAttainment | null;
  /** Participant minus case manager at their latest ratings, when both rated the area. */
  gap: AreaRoleGap | null;
}

/** Everything the card shows, computed once per change of input. */
interface CardView {
  subjectId: string | null;
  main: Progression;
  areas: ProgressionAreaView[];
  goals: GoalAttainment[];
  cards: ProgressionCard[];
  interventions: Intervention[];
  episodes: InterventionEpisode[];
  /** The other role in the gap: the case manager, or the participant when the card follows the case manager. */
  gapRole: RespondentRole | null;
}

// The variant too: only the full card computes the gap between the roles.
const inputProperties = [
  'instrument',
  'assessments',
  'progression',
  'goals',
  'cards',
  'interventions',
  'episodes',
  'respondentRole',
  'variant',
] as const;
const occasionKey: Record<Occasion, 'occBaseline' | 'occFollowUp' | 'occExit' | 'occPostExit'> = {
  baseline: 'occBaseline',
  followUp: 'occFollowUp',
  exit: 'occExit',
  postExit: 'occPostExit',
};
const roleKey = { participant: 'participant', caseManager: 'caseManager', joint: 'joint' } as const;

/**
 * One participant's progress: per life area where they started, where they are now and where
 * they aim, on a small scale each, with the steps moved, the stage now, reliable change where
 * the SDK can tell, and the gap between the participant's and the case manager's view; the
 * participant's own "next step" cards; and the interventions of the period, grouped by kind and
 * provider. `variant="compact"` shows one row per participant for case lists of hundreds.
 *
 * Every number on the card is computed by the SDK (`progression`, `goalAttainment`,
 * `roleGap`); the card only lays them out. Give it `.instrument` and either `.assessments`
 * (any roles, any occasions of one participant) or an already computed `.progression`.
 *
 * @tagname steg-progression-card
 * @summary A participant's steps forward, for the conversation or a case list.
 *
 * @slot actions - The host's actions, for example a "New rating" button (full and compact).
 * @slot label - The compact row's name for the participant; defaults to the pseudonymous id.
 *
 * @csspart base - The card (full) or the row (compact).
 * @csspart header - The card's heading, dates and actions.
 * @csspart area - One life area's row.
 * @csspart area-button - The button with the area's name.
 * @csspart scale - One area's dot plot.
 * @csspart progression-card - One of the participant's "next step" cards (a button).
 * @csspart intervention-category - The interventions of one category.
 * @csspart intervention - One intervention.
 * @csspart radar - The figure around the embedded radar (with `show-radar`).
 * @csspart spark - The compact row's change-per-area drawing.
 * @csspart error - The error state.
 *
 * @cssproperty --steg-progression-start-color - The start ring (default: series 1).
 * @cssproperty --steg-progression-latest-color - The latest dot and the arrow (default: series 2).
 * @cssproperty --steg-progression-goal-color - The goal diamond (default: series 3).
 * @cssproperty --steg-color-improved - Better in the compact row.
 * @cssproperty --steg-color-worsened - Worse in the compact row.
 *
 * @event steg-area-activate - A life area was activated; `detail.areaId`, `detail.subjectId`.
 * @event steg-card-activate - A "next step" card was activated; `detail.cardId`, `detail.card`.
 * @event steg-error - Input data was rejected; `detail.property` and `detail.issues` say why.
 */
export class StegProgressionCard extends StegElement {
  static override styles = [...StegElement.styles, progressionCardStyles];

  /** The instrument the assessments were made with (raw or parsed). */
  @property({ attribute: false }) instrument?: unknown;
  /** One participant's assessments, any roles and occasions. */
  @property({ attribute: false }) assessments?: unknown;
  /** An already computed `progression(...)` result; used instead of `assessments` for the followed role. */
  @property({ attribute: false }) progression?: unknown;
  /** The participant's area goals (desired levels). */
  @property({ attribute: false }) goals?: unknown;
  /** The participant's progression cards ("next steps"). */
  @property({ attribute: false }) cards?: unknown;
  /** The intervention catalogue the episodes refer to. */
  @property({ attribute: false }) interventions?: unknown;
  /** The participant's intervention episodes. */
  @property({ attribute: false }) episodes?: unknown;
  /** Whose ratings the card follows. */
  @property({ attribute: 'respondent-role', reflect: true }) respondentRole: RespondentRole = 'participant';
  /** `full` for the conversation, `compact` for one row in a list. */
  @property({ reflect: true }) variant: ProgressionCardVariant = 'full';
  /** Embeds a `<steg-radar>` of start, latest and goal (full variant). */
  @property({ attribute: 'show-radar', type: Boolean, reflect: true }) showRadar = false;

  private view: CardView | null = null;
  /** Whether the compact row's bars carry their names (from the first time a pointer enters them). */
  private barsNamed = false;
  private nameBars = (): void => {
    if (this.barsNamed) return;
    this.barsNamed = true;
    this.requestUpdate();
  };
  /** The languages of this render, looked up once: each lookup walks the ancestors. */
  private speak = 'sv';
  private dataLang = 'sv';
  private parsedInstrument: Instrument | null = null;
  private radarRequested = false;

  /** What the card shows, for hosts and tests that read the SDK's figures behind it. */
  get areaViews(): readonly ProgressionAreaView[] {
    return this.view?.areas ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (inputProperties.some((p) => changed.has(p))) this.compute();
    if (this.showRadar && this.variant === 'full' && !this.radarRequested) {
      this.radarRequested = true;
      // Loaded only when asked for, so a list of compact cards never pays for the radar.
      void import('../radar/define.js').catch(() => {
        // Without the radar the card still shows every figure as text and on the scales.
      });
    }
  }

  private compute(): void {
    this.view = null;
    const instrumentResult = this.instrument === undefined ? null : parseInstrumentCached(this.instrument);
    this.setInputIssues(
      'instrument',
      instrumentResult === null ? [] : instrumentResult.ok ? [] : instrumentResult.issues,
    );
    this.parsedInstrument = instrumentResult?.ok ? instrumentResult.value : null;
    const instrument = this.parsedInstrument;

    const list = <T>(
      name: string,
      input: unknown,
      parse: (v: unknown) => ParseResult<T[]>,
      check?: (item: T) => StegIssue[],
    ): T[] => this.readList(name, input, parse, check) ?? [];

    // Assessments of another instrument or version are not errors: progression() leaves them
    // out and says so. Everything else must be consistent with the instrument.
    const assessments = list<Assessment>('assessments', this.assessments, parseAssessments, (a) =>
      instrument && a.instrument.id === instrument.id && a.instrument.version === instrument.version
        ? validateAssessment(instrument, a)
        : [],
    );
    const goals = list<AreaGoal>('goals', this.goals, parseGoals, (g) =>
      instrument ? validateGoal(instrument, g) : [],
    );
    const cards = list<ProgressionCard>('cards', this.cards, parseProgressionCards, (c) =>
      instrument ? validateProgressionCard(instrument, c) : [],
    );
    const interventions = list<Intervention>('interventions', this.interventions, parseInterventions, (i) =>
      instrument ? validateIntervention(instrument, i) : [],
    );
    const episodes = list<InterventionEpisode>('episodes', this.episodes, parseEpisodes);
    if (!this.inputIssues.has('episodes') && !this.inputIssues.has('interventions') && episodes.length > 0) {
      this.setInputIssues('episodes', validateEpisodes(interventions, episodes));
    }

    let given: Progression | null = null;
    if (this.progression !== undefined && this.progression !== null) {
      const problems = checkProgression(this.progression);
      this.setInputIssues('progression', problems);
      if (problems.length === 0) given = asProgression(this.progression);
    } else this.setInputIssues('progression', []);

    const role = this.respondentRole;
    this.setInputIssues('respondentRole', checkRespondentRole(role));

    if (!instrument || this.hasInputIssues) return;
    if (!given && this.assessments === undefined) {
      if (this.instrument !== undefined) {
        this.setInputIssues('assessments', [
          {
            path: [],
            code: 'required',
            message: 'Give either assessments or a computed progression.',
            messages: {
              en: 'Give either assessments or a computed progression.',
              sv: 'Ange antingen skattningar eller en beräknad progression.',
            },
          },
        ]);
      }
      return;
    }

    const subjectId = given?.subjectId ?? assessments[0]?.subjectId ?? null;
    const own = subjectId === null ? assessments : assessments.filter((a) => a.subjectId === subjectId);
    const main = given ?? progression(instrument, own, { role, ...(subjectId ? { subjectId } : {}) });
    const current = main.latest ?? main.baseline;
    const mine = <T extends { subjectId: string }>(items: T[]) =>
      subjectId === null ? items : items.filter((i) => i.subjectId === subjectId);
    const attainments = current ? goalAttainment(mine(goals), current, instrument) : [];

    // The gap needs both roles' latest ratings; the compact row does not show it.
    let gaps = new Map<string, AreaRoleGap>();
    let gapRole: RespondentRole | null = null;
    if (this.variant === 'full' && own.length > 0) {
      const follow = (r: RespondentRole) =>
        r === role ? main : progression(instrument, own, { role: r, subjectId: subjectId ?? undefined });
      const participantSide = follow(role === 'joint' ? 'joint' : 'participant');
      const caseManagerSide = follow('caseManager');
      // Each role's most recent rating: the latest, or the baseline while there is only one.
      const pick = (p: Progression) => {
        const score = p.latest ?? p.baseline;
        return score ? own.find((a) => a.id === score.assessmentId) : undefined;
      };
      const p = pick(participantSide);
      const c = pick(caseManagerSide);
      if (p && c) {
        gaps = new Map(roleGap(instrument, p, c).areas.map((a) => [a.areaId, a]));
        gapRole = role === 'caseManager' ? 'participant' : 'caseManager';
      }
    }

    this.view = {
      subjectId,
      main,
      areas: this.areaRows(instrument, main, attainments, mine(goals), gaps),
      goals: attainments,
      cards: mine(cards),
      interventions,
      episodes: mine(episodes),
      gapRole,
    };
  }

  private areaRows(
    instrument: Instrument,
    main: Progression,
    goals: GoalAttainment[],
    goalInput: AreaGoal[],
    gaps: Map<string, AreaRoleGap>,
  ): ProgressionAreaView[] {
    const index = indexInstrument(instrument);
    const changes = new Map((main.change?.areas ?? []).map((a) => [a.areaId, a]));
    const scoreOf = (score: AssessmentScore | null, areaId: string) =>
      score?.areas.find((a) => a.areaId === areaId) ?? null;
    // The goal that counts per area: the most recently set one that is not dropped.
    const goalByArea = new Map<string, GoalAttainment>();
    const setAt = new Map(goalInput.map((g) => [g.id, Date.parse(g.setAt)]));
    for (const goal of goals) {
      if (goal.status === 'dropped') continue;
      const before = goalByArea.get(goal.areaId);
      if (!before || (setAt.get(goal.goalId) ?? 0) >= (setAt.get(before.goalId) ?? 0))
        goalByArea.set(goal.areaId, goal);
    }
    return areasForRole(instrument, main.role).map(({ area }) => {
      const change = changes.get(area.id);
      const baselineScore = scoreOf(main.baseline, area.id);
      const latestScore = scoreOf(main.latest, area.id);
      const scale = index.areaScale.get(area.id)!;
      return {
        area,
        min: baselineScore?.min ?? latestScore?.min ?? scale.min,
        max: baselineScore?.max ?? latestScore?.max ?? scale.max,
        baseline: change ? change.baseline : (baselineScore?.score ?? null),
        latest: change ? change.latest : null,
        delta: change?.delta ?? null,
        direction: change?.direction ?? 'missing',
        scaleDirection: change?.scaleDirection ?? scale.direction,
        stage: (latestScore?.score != null ? latestScore.stage : baselineScore?.stage) ?? null,
        reliableChange: change?.reliableChange ?? null,
        goal: goalByArea.get(area.id) ?? null,
        gap: gaps.get(area.id) ?? null,
      };
    });
  }

  protected override render(): TemplateResult | typeof nothing {
    this.dataLang = this.effectiveLang;
    this.speak = uiLanguage(this.dataLang);
    if (this.hasInputIssues) return this.renderErrorState();
    if (!this.view) return nothing;
    return this.variant === 'compact' ? this.renderCompact(this.view) : this.renderFull(this.view);
  }

  // ---- shared pieces ----

  /** Data text in the language of this render. */
  private local(value: LocalizedText | undefined): string {
    return resolveText(value, this.dataLang);
  }

  private areaLabel = (areaId: string): string => {
    const area = this.parsedInstrument ? indexInstrument(this.parsedInstrument).areas.get(areaId) : undefined;
    return area ? this.local(area.label) : '';
  };

  private shortLabel(area: LifeArea): string {
    return this.local(area.shortLabel ?? area.label);
  }

  /** "+3 steg", "−1 step", "±0 steps": a true minus and the plural the language wants. */
  private stepsText(delta: number): string {
    const lang = this.speak;
    const key = pluralCategory(lang, Math.abs(delta)) === 'one' ? 'stepsOne' : 'stepsOther';
    return message(m, lang, key, { change: isolateLtr(memoChange(lang, delta)) });
  }

  private number(value: number): string {
    return formatNumber(this.speak, value, { maximumFractionDigits: 1 });
  }

  private period(view: CardView): { from: string; to: string } | null {
    const occasions = view.main.occasions;
    if (occasions.length === 0) return null;
    return { from: occasions[0]!.authored, to: occasions[occasions.length - 1]!.authored };
  }

  private occasionsText(view: CardView, short = false): string {
    const lang = this.speak;
    const count = view.main.occasions.length;
    if (count === 0) return message(m, lang, 'noOccasions');
    const one = pluralCategory(lang, count) === 'one';
    const key = short ? (one ? 'occasionsShortOne' : 'occasionsShortOther') : one ? 'occasionsOne' : 'occasionsOther';
    return message(m, lang, key, { count: formatNumber(lang, count) });
  }

  /** The period as dates (full card) or as months (compact row). */
  private periodText(view: CardView, months = false): string {
    const period = this.period(view);
    if (!period) return '';
    const lang = this.speak;
    const from = months ? memoMonth(lang, period.from) : formatDate(lang, period.from);
    const to = months ? memoMonth(lang, period.to) : formatDate(lang, period.to);
    return from === to ? from : message(m, lang, 'dateRange', { from, to });
  }

  // ---- full card ----

  private renderFull(view: CardView): TemplateResult {
    const lang = this.speak;
    const period = this.period(view);
    const warnings = view.main.warnings ?? [];
    const inPeriod = interventionsInPeriod(
      view.interventions,
      view.episodes,
      view.subjectId ?? undefined,
      period?.from,
      period?.to,
    );
    return html`<article class="card" part="base" aria-labelledby="title">
      <header part="header">
        <div>
          <h2 id="title">${message(m, lang, 'title')}</h2>
          <p class="meta">
            ${[
              ...(period ? [this.periodText(view)] : []),
              this.occasionsText(view),
              message(m, lang, 'ratedBy', { role: message(m, lang, roleKey[view.main.role]) }),
            ].map((text, i) => html`${i > 0 ? ' · ' : ''}<span dir="auto">${text}</span>`)}
          </p>
          ${
            view.main.occasions.length > 0
              ? html`<p class="meta" dir="auto">${message(m, lang, 'occasionNames', {
                  list: formatList(
                    lang,
                    view.main.occasions.map(
                      (o) => `${message(m, lang, occasionKey[o.occasion])} ${formatDate(lang, o.authored)}`,
                    ),
                  ),
                })}</p>`
              : nothing
          }
        </div>
        <div class="actions"><slot name="actions"></slot></div>
      </header>
      ${
        warnings.length
          ? html`<ul class="warnings">${warnings.map((w) => html`<li class="warning">${lang === 'sv' ? w.messages.sv : w.messages.en}</li>`)}</ul>`
          : nothing
      }
      <section aria-labelledby="areas-heading">
        <h3 id="areas-heading">${message(m, lang, 'areasHeading')}</h3>
        ${this.renderLegend(view.areas.some((a) => a.goal))}
        <ul class="areas">
          ${view.areas.map((a) => this.renderArea(view, a))}
        </ul>
      </section>
      ${this.showRadar ? this.renderRadar(view) : nothing}
      <section aria-labelledby="cards-heading">
        <h3 id="cards-heading">${message(m, lang, 'cardsHeading')}</h3>
        ${cardsTemplate(lang, view.cards, this.areaLabel, (card) => this.dispatchEvent(new StegCardActivateEvent({ cardId: card.id, card })))}
      </section>
      <section aria-labelledby="interventions-heading">
        <h3 id="interventions-heading">${message(m, lang, 'interventionsHeading')}</h3>
        ${interventionsTemplate(lang, inPeriod, (label) => this.local(label), this.areaLabel)}
      </section>
    </article>`;
  }

  private renderLegend(withGoal: boolean): TemplateResult {
    const lang = this.speak;
    return html`<ul class="legend" aria-hidden="true">
      <li><svg viewBox="-9 -9 18 18"><circle class="start" r="5.5"></circle></svg>${message(m, lang, 'legendStart')}</li>
      <li><svg viewBox="-9 -9 18 18"><circle class="latest" r="6"></circle></svg>${message(m, lang, 'legendLatest')}</li>
      ${
        withGoal
          ? html`<li><svg viewBox="-9 -9 18 18" class="goal"><path d="M0 -8 L8 0 L0 8 L-8 0 Z"></path></svg>${message(m, lang, 'legendGoal')}</li>`
          : nothing
      }
    </ul>`;
  }

  private renderArea(view: CardView, a: ProgressionAreaView): TemplateResult {
    const lang = this.speak;
    const label = this.local(a.area.label);
    const goalValue = a.goal ? a.goal.target : null;
    const changeText = this.renderChange(view, a);
    const facts: TemplateResult[] = [];
    if (a.stage)
      facts.push(html`<span dir="auto">${message(m, lang, 'stageNow', { stage: this.local(a.stage.label) })}</span>`);
    if (a.goal) {
      facts.push(html`<span dir="auto">${message(m, lang, 'goal', { value: this.number(a.goal.target) })}</span>`);
      if (a.goal.reached)
        facts.push(
          html`<span class="status reached"><span class="status-icon" aria-hidden="true">✓</span>${message(m, lang, 'goalReached')}</span>`,
        );
      else if (a.goal.distance !== null) {
        const key = pluralCategory(lang, a.goal.distance) === 'one' ? 'goalLeftOne' : 'goalLeftOther';
        facts.push(html`<span dir="auto">${message(m, lang, key, { count: this.number(a.goal.distance) })}</span>`);
      }
    }
    if (a.gap && a.gap.gap !== null && view.gapRole) {
      const other = view.gapRole === 'caseManager' ? a.gap.caseManager : a.gap.participant;
      facts.push(
        html`<span dir="auto">${message(m, lang, 'otherRates', { role: message(m, lang, view.gapRole), value: this.number(other!) })}</span>`,
      );
      const size = Math.abs(a.gap.gap);
      const steps = message(m, lang, pluralCategory(lang, size) === 'one' ? 'stepWordOne' : 'stepWordOther');
      facts.push(
        html`<span dir="auto">${
          a.gap.gap === 0
            ? message(m, lang, 'gapSame')
            : message(m, lang, a.gap.gap > 0 ? 'gapHigher' : 'gapLower', { count: this.number(size), steps })
        }</span>`,
      );
    }
    return html`<li class="area ${a.direction}" part="area" data-area-id=${a.area.id}>
      <button type="button" class="area-name" part="area-button" aria-label=${message(m, lang, 'areaButton', { area: label })} @click=${() => this.activateArea(a.area.id)}>
        ${label}<span class="chevron" aria-hidden="true"></span>
      </button>
      <div class="scale" part="scale">
        <span aria-hidden="true">${this.number(a.min)}</span>
        <svg aria-hidden="true" height=${SCALE_HEIGHT}>${areaScaleMarks({ min: a.min, max: a.max, baseline: a.baseline, latest: a.latest, goal: goalValue })}</svg>
        <span aria-hidden="true">${this.number(a.max)}</span>
      </div>
      ${changeText}
      ${facts.length ? html`<p class="facts">${facts}</p>` : nothing}
    </li>`;
  }

  /**
   * The change of one area, with the evidence as the headline: a reliable change (the SDK's
   * reliable change index) is the bold, coloured verdict above the steps moved; a change within
   * measurement error is said to be one ("Ingen säker förändring", "+2 steg, inom mätfelet")
   * and drawn quiet, so that noise never looks like progress; without a reliability figure the
   * steps are shown plainly, neither quiet nor a verdict.
   */
  private renderChange(view: CardView, a: ProgressionAreaView): TemplateResult {
    const lang = this.speak;
    if (a.delta === null) {
      if (a.baseline !== null)
        return html`<p class="change"><span class="steps">${this.number(a.baseline)}</span><span class="detail" dir="auto">${message(m, lang, 'onlyBaseline')}</span></p>`;
      return html`<p class="change"><span class="detail">${message(m, lang, view.main.baseline ? 'notRatedAtStart' : 'noRating')}</span></p>`;
    }
    const fromTo = message(m, lang, 'startToLatest', {
      start: this.number(a.baseline!),
      latest: this.number(a.latest!),
    });
    const dirKey =
      a.direction === 'improved' ? 'dirImproved' : a.direction === 'worsened' ? 'dirWorsened' : 'dirUnchanged';
    if (a.reliableChange === 'improved' || a.reliableChange === 'deteriorated') {
      const better = a.reliableChange === 'improved';
      return html`<p class="change reliable ${better ? 'better' : 'worse'}">
        <strong class="verdict" dir="auto"><span class="verdict-icon" aria-hidden="true">${better ? '▲' : '▼'}</span>${message(m, lang, better ? 'reliableImproved' : 'reliableWorsened')}</strong>
        <span class="detail" dir="auto"><span class="steps">${this.stepsText(a.delta)}</span> ${message(m, lang, dirKey)} · ${fromTo}</span>
      </p>`;
    }
    if (a.reliableChange === 'noReliableChange' || a.delta === 0) {
      const verdict = a.delta === 0 ? message(m, lang, 'unchanged') : message(m, lang, 'noReliableChange');
      const within = a.delta === 0 ? '' : `, ${message(m, lang, 'withinError')}`;
      return html`<p class="change quiet">
        <span class="verdict" dir="auto">${verdict}</span>
        <span class="detail" dir="auto"><span class="steps">${this.stepsText(a.delta)}</span>${within} · ${fromTo}</span>
      </p>`;
    }
    return html`<p class="change">
      <span class="detail" dir="auto"><span class="steps">${this.stepsText(a.delta)}</span> ${message(m, lang, dirKey)} · ${fromTo}</span>
    </p>`;
  }

  private activateArea(areaId: string): void {
    this.dispatchEvent(
      new StegAreaActivateEvent({ areaId, ...(this.view?.subjectId ? { subjectId: this.view.subjectId } : {}) }),
    );
  }

  private renderRadar(view: CardView): TemplateResult {
    const lang = this.speak;
    // Explicit series from the card's own SDK results, so the radar and the card show the same
    // figures even when the card was given a computed progression instead of assessments.
    const series: {
      id: string;
      label: string;
      values: Record<string, number | null>;
      kind: 'baseline' | 'latest' | 'goal';
    }[] = [];
    if (view.main.baseline)
      series.push({
        id: 'baseline',
        label: message(m, lang, 'baselineSeries'),
        values: view.main.baseline.values,
        kind: 'baseline',
      });
    if (view.main.latest)
      series.push({
        id: 'latest',
        label: message(m, lang, 'latestSeries'),
        values: view.main.latest.values,
        kind: 'latest',
      });
    const goals: Record<string, number | null> = {};
    for (const a of view.areas) goals[a.area.id] = a.goal ? a.goal.target : null;
    if (view.areas.some((a) => a.goal))
      series.push({ id: 'goal', label: message(m, lang, 'goalSeries'), values: goals, kind: 'goal' });
    return html`<figure class="radar" part="radar">
      <steg-radar
        short-labels
        label=${message(m, lang, 'radarCaption')}
        respondent-role=${view.main.role}
        .instrument=${this.parsedInstrument}
        .series=${series}
      ></steg-radar>
      <figcaption>${message(m, lang, 'radarCaption')}</figcaption>
    </figure>`;
  }

  // ---- compact row ----

  private renderCompact(view: CardView): TemplateResult {
    const lang = this.speak;
    const counts = { improved: 0, unchanged: 0, worsened: 0, missing: 0 };
    for (const a of view.areas) counts[a.direction] += 1;
    const live = view.goals.filter((g) => g.status !== 'dropped');
    const reached = live.filter((g) => g.reached === true).length;
    const listed = view.areas.map(
      (a) =>
        `${this.shortLabel(a.area)} ${a.delta === null ? message(m, lang, 'noRating').toLowerCase() : isolateLtr(memoChange(lang, a.delta))}`,
    );
    const summary = [
      message(m, lang, 'summaryImproved', { count: counts.improved }),
      message(m, lang, 'summaryUnchanged', { count: counts.unchanged }),
      message(m, lang, 'summaryWorsened', { count: counts.worsened }),
      ...(counts.missing ? [message(m, lang, 'summaryMissing', { count: counts.missing })] : []),
      ...(live.length ? [message(m, lang, 'goalsReached', { reached, total: live.length })] : []),
    ];
    const sparkLabel = message(m, lang, 'compactChart', { list: listed.join(', ') });
    const bars = changeSpark(
      view.areas.map((a) => ({
        betterBy:
          a.delta === null
            ? null
            : a.direction === 'unchanged'
              ? 0
              : a.scaleDirection === 'lowerIsBetter'
                ? -a.delta
                : a.delta,
        range: a.max - a.min,
      })),
    );
    const when = `${this.periodText(view, true)}${view.main.occasions.length ? ' · ' : ''}${this.occasionsText(view, true)}`;
    // Few bindings and no nested templates until needed: this row is stamped hundreds of times.
    // The static numbers are SPARK_VIEW_BOX and the middle line of SPARK_HEIGHT. Each bar has its
    // area's name and change as the title of an invisible column over it (pointed at, it names
    // that bar alone), drawn when a pointer first enters the drawing: the columns and their
    // titles doubled a row's elements and cost a list of 500 rows about a third more time. The
    // drawing's own name lists every area in order for assistive technology. There is no room to
    // write the names: 8 bars get about 37 px each at 320 px and 48 px at 1000 px, narrower than
    // names such as "Relationer" or "Handläggarens tilltro".
    return html`<div class="row" part="base">
      <span class="who"><slot name="label">${view.subjectId ? message(m, lang, 'subject', { id: view.subjectId }) : ''}</slot></span>
      <span class="when" dir="auto">${when}</span>
      <svg class="spark" part="spark" role="img" aria-label=${sparkLabel} viewBox="0 0 100 28" preserveAspectRatio="none" @pointerenter=${this.nameBars}
        ><title>${sparkLabel}</title><line class="base" x1="0" x2="100" y1="14" y2="14"></line><path class="up" d=${bars.up}></path
        ><path class="down" d=${bars.down}></path><path class="flat" d=${bars.flat}></path
        >${this.barsNamed ? listed.map((name, i) => svg`<rect class="hit" x=${(i * 100) / listed.length} width=${100 / listed.length} height="28"><title>${name}</title></rect>`) : nothing}</svg
      >
      <span class="summary" dir="auto">${summary.join(' · ')}</span>
      <span class="actions"><slot name="actions"></slot></span>
    </div>`;
  }
}
