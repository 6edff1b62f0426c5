import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Assessment } from '../../sdk/model/assessment.js';
import type { AreaGoal } from '../../sdk/model/goal.js';
import type { Instrument, RespondentRole } from '../../sdk/model/instrument.js';
import { issue } from '../../sdk/model/issues.js';
import { parseAssessments, parseGoals } from '../../sdk/model/parse.js';
import { validateAssessment, validateGoal } from '../../sdk/model/validate.js';
import { parseInstrumentCached } from '../../internal/parse-cache.js';
import { ResizeController, reportedWidth } from '../../internal/resize-controller.js';
import { checkRespondentRole } from '../../internal/respondent-role.js';
import { StegSeriesToggleEvent } from './steg-series-toggle-event.js';
import { StegElement } from '../../internal/steg-element.js';
import { layoutRadar, type RadarLayout } from './geometry.js';
import { keptPoint, nearestActivePoint, pointAfterKey, startPoint, type ActivePoint } from './radar-interaction.js';
import { layoutDots, type DotLayout } from './dot-plot.js';
import { standaloneSvg } from './radar-export.js';
import { measureText, resolveColour, svgToPng } from '../../internal/svg-export.js';
import { areaRanges, buildRadarData, type PlottedSeries, type RadarData } from './radar-data.js';
import { checkRadarSeries, parseRadarSeries, type RadarSeries } from './radar-series.js';
import { styles } from './radar.styles.js';
import { accessibleName, describeRadar, radarWords, readoutText, type RadarWords } from './radar-words.js';
import { renderLegendItem, renderTable } from './radar-table.js';
import {
  gridKey,
  gridPaths,
  MARKER_SIZE,
  pointsOf,
  renderChart,
  scaleTicks,
  type GridPaths,
  type RadarDrawing,
} from './radar-drawing.js';

/** Grid rings at every step of the scale, or at the boundaries between its stages. */
export type RadarGrid = 'steps' | 'stages';

/**
 * How the data is drawn: `radar` always, `dots` (one row per area, the series as marks on a
 * shared scale) always, or `auto`: the radar where it can be read, the dot plot where it cannot.
 */
export type RadarView = 'auto' | 'radar' | 'dots';

/** Short labels take over when full ones would leave the chart below this share of its size with short ones. */
const SHORT_LABELS_BELOW = 0.6;
/**
 * The radar can be read when every label fits whole, neighbouring steps of the scale lie at least
 * a marker's width and a gap apart along an axis (2 × 4.5 + 2 px; closer, two ratings one step
 * apart overlap), and the circle is at least 200 px across (smaller, markers on neighbouring axes
 * crowd the middle and the chart is a thumbnail: the issue's 100 px plots at 280–360 px). Measured
 * in Chromium (bench/RESULTS.md): `livsomraden` (8 areas, 1–10) needs 420 px, `arbetsnara`
 * (9 areas, 1–5) 380 px, three areas 360 px, 16 long labels 620 px; `auto` draws the dot plot below that.
 */
const MIN_STEP_SPACING = MARKER_SIZE * 2 + 2;
const MIN_RADIUS = 100;
/** Longest axis label drawn; longer ones end in an ellipsis on the chart only. */
const LABEL_MAX_CHARS = 120;

/**
 * A radar (spider) chart of life areas: one axis per area of an instrument, several series at
 * once — typically the participant's baseline, latest rating and goals, or the participant's
 * and the case manager's view side by side.
 *
 * Data comes in as `.instrument` with `.assessments` (the baseline and latest occasion of the
 * `respondent-role` are found with the SDK's `progression`) and `.goals`, or as explicit
 * `.series` (`{ label, values: { [areaId]: number | null }, kind? }[]`), or both. Everything is
 * validated; bad data shows an error state and dispatches `steg-error`.
 *
 * Where a radar cannot be read (a phone, or many long labels), it draws a dot plot instead: one
 * row per area with its whole label, each series a mark on a shared scale (`view` chooses).
 *
 * Accessible by design: one tab stop; arrow keys move between areas (left/right) and series
 * (up/down), Home/End to the first/last area, and a polite live region reads the point (area,
 * series, value, the step's label and the change from baseline). A real name and description,
 * a data table with the same numbers (visually hidden unless `show-table` or its button),
 * missing values drawn as gaps and said so, series told apart by dashes and markers as well as
 * colour, forced colours, dark mode, right-to-left, reduced motion and print.
 *
 * ```js
 * const radar = document.querySelector('steg-radar');
 * radar.instrument = livsomraden;
 * radar.assessments = assessmentsOfOneParticipant;
 * radar.goals = goalsOfOneParticipant;
 * const svgText = radar.toSVG();      // standalone SVG, styles inlined
 * const png = await radar.toPNG();    // Blob
 * ```
 *
 * @tagname steg-radar
 * @summary An accessible radar chart of life areas: baseline, latest and goal, or participant and case manager.
 *
 * @event steg-error - Bad `instrument`, `assessments`, `goals`, `series`, `respondent-role` or `compare-roles`; the element shows the error state.
 * @event steg-series-toggle - The user showed or hid a series with the legend. `detail`: `{ seriesId, visible, hidden }`.
 *
 * @csspart base - The wrapper of the chart, legend, readout and table.
 * @csspart plot - The focusable chart (one tab stop).
 * @csspart svg - The chart's SVG.
 * @csspart notes - Notes about the data (assessments left out, nothing to show yet).
 * @csspart legend - The group of legend buttons.
 * @csspart legend-item - One legend button (toggles its series).
 * @csspart readout - The live region that reads the focused point.
 * @csspart table-toggle - The button that shows the data table.
 * @csspart table - The data table.
 * @csspart error - The error state for bad input.
 *
 * @cssproperty --steg-series-1 - Colour of the baseline series.
 * @cssproperty --steg-series-2 - Colour of the latest series.
 * @cssproperty --steg-series-3 - Colour of the goal series.
 * @cssproperty --steg-series-4 - Colour of the case manager's series.
 * @cssproperty --steg-series-5 - Colour of further series.
 * @cssproperty --steg-radar-grid-color - Colour of the grid rings and spokes.
 * @cssproperty --steg-radar-axis-color - Colour of the outer ring.
 * @cssproperty --steg-radar-fill-opacity - Opacity of the tint inside complete outlines (default 0.12).
 * @cssproperty --steg-radar-stroke-width - Width of the series outlines (default 2.5px).
 * @cssproperty --steg-radar-transition-duration - Duration of the transition between data updates (default 450ms; none under reduced motion).
 * @cssproperty --steg-font-family - Font of labels and text.
 * @cssproperty --steg-font-size - Base font size; labels are 0.875 of it.
 */
export class StegRadar extends StegElement {
  static override styles = [...StegElement.styles, styles];

  /** The instrument whose life areas are the axes (an `Instrument`, raw or parsed). */
  @property({ attribute: false }) instrument?: unknown;

  /** `Assessment[]` of one participant (any roles and occasions); baseline and latest are found from them. */
  @property({ attribute: false }) assessments?: unknown;

  /** `AreaGoal[]`: the newest active goal per area is drawn as a dotted outline with hollow markers. */
  @property({ attribute: false }) goals?: unknown;

  /** Explicit series: `{ id?, label, values: { [areaId]: number | null }, kind? }[]`, drawn after any derived ones. */
  @property({ attribute: false }) series?: unknown;

  /** Whose assessments are plotted: `participant` (default), `caseManager` or `joint`. */
  @property({ attribute: 'respondent-role' }) respondentRole: RespondentRole = 'participant';

  /** Plots the participant's latest rating against the case manager's latest instead of baseline and latest. */
  @property({ type: Boolean, attribute: 'compare-roles' }) compareRoles = false;

  /** Which participant, when `assessments` holds several (default: the first assessment's). */
  @property({ attribute: 'subject-id' }) subjectId?: string;

  /** Labels the axes with each area's short label (the table and readout keep the full one). */
  @property({ type: Boolean, attribute: 'short-labels' }) shortLabels = false;

  /** Shows the data table (it is always there for screen readers). */
  @property({ type: Boolean, reflect: true, attribute: 'show-table' }) showTable = false;

  /** Grid rings at every `steps` of the scale (default) or at the boundaries of its `stages`. */
  @property() grid: RadarGrid = 'steps';

  /** Writes the stage names along the first axis (scales with stages only). */
  @property({ type: Boolean, attribute: 'stage-labels' }) stageLabels = false;

  /**
   * `auto` (default): the radar where it can be read, else a dot plot (one row per area, each
   * series a mark on a shared scale) with the same keys, readout and table; `radar` or `dots`
   * to choose one.
   */
  @property({ reflect: true }) view: RadarView = 'auto';

  /** The accessible name, instead of the generated "Självskattning i 8 livsområden: start och senaste". */
  @property() label?: string;

  /** Ids of the series that are hidden (set by the legend; the host may set it too). */
  @property({ attribute: false }) hiddenSeries: readonly string[] = [];

  @state() private width = 480;
  @state() private active?: ActivePoint;
  @state() private focused = false;
  /** The last update changed the layout, not the data: the chart moves without transitions. */
  private still = true;
  /** `--steg-radar-transition-duration` in milliseconds, read with the font. */
  private duration = 450;

  @query('svg.chart') private chart?: SVGSVGElement;
  @query('.plot') private plot?: HTMLElement;

  private parsedInstrument?: Instrument;
  /** `hiddenSeries` as a set, read when it is set. */
  private hiddenIds = new Set<string>();
  private data?: RadarData;
  private layout?: RadarLayout;
  /** The dot plot, when it is drawn instead of the radar. */
  private dots?: DotLayout;
  private layoutKey = '';
  private usingShortLabels = false;
  private labelSize = 14;
  private labelFamily = 'sans-serif';
  /** Font and inherited direction must be read again (first update, or the element was resized). */
  private styleStale = true;
  /** Language and direction, read once per update: each read walks up the tree. */
  private language = 'sv';
  private interfaceLanguage = 'sv';
  private direction: 'ltr' | 'rtl' = 'ltr';
  private directionDeclared = false;
  constructor() {
    super();
    new ResizeController(this, (entry) => {
      // A new font size changes the element's size too: measure the font again.
      this.styleStale = true;
      const next = Math.round(reportedWidth(entry));
      // In the next frame: re-laying out within the observer's own delivery would change the
      // height again in the same frame ("ResizeObserver loop completed").
      if (next > 0 && next !== this.width) requestAnimationFrame(() => (this.width = next));
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Measured now, so the first render is laid out for the real width (no resize flash).
    const width = Math.round(this.getBoundingClientRect().width);
    if (width > 0) this.width = width;
  }

  /**
   * The chart as a standalone SVG document: computed colours and fonts inlined as attributes,
   * a `<title>` and `<desc>`, the legend of the visible series below it. Empty string before
   * the chart has rendered (or while it shows the error state).
   */
  toSVG(): string {
    return this.exportSvg()?.markup ?? '';
  }

  /** The chart as a PNG image at `scale` × its size (default 2, for sharp print). */
  async toPNG(scale = 2): Promise<Blob> {
    await this.updateComplete;
    const exported = this.exportSvg();
    if (!exported) throw new Error('steg-radar has no chart to export.');
    return svgToPng(exported, scale);
  }

  private exportSvg() {
    const chart = this.chart;
    if (!chart || !this.data) return undefined;
    const host = getComputedStyle(this);
    const base = this.renderRoot.querySelector('.radar')!;
    const legend = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.legend-item[aria-pressed="true"]')].map(
      (button) => ({
        swatch: button.querySelector('svg')!,
        label: button.textContent!.replace(/\s+/g, ' ').trim(),
      }),
    );
    return standaloneSvg(chart, {
      title: this.accessibleName(),
      description: this.description(),
      background: resolveColour(base, '--_bg'),
      legend,
      font: { family: host.fontFamily, size: this.labelSize, colour: getComputedStyle(base).color },
    });
  }

  /**
   * Moves the outlines and markers from their old shape to the new one when the data changes,
   * with the Web Animations API on the changed paths only (a CSS transition on \`d\` makes the
   * browser compare the style of every path before and after each update). Not on the first
   * render, not when only the layout changed (a resize), never under reduced motion.
   */
  protected override update(changed: PropertyValues<this>): void {
    const animate =
      !this.still &&
      this.duration > 0 &&
      this.hasUpdated &&
      !reducedMotion()?.matches &&
      'animate' in Element.prototype;
    const before = new Map<string, string>();
    if (animate) {
      for (const path of this.renderRoot.querySelectorAll<SVGPathElement>('g.series > path')) {
        before.set(`${path.parentElement!.dataset['series']}|${path.getAttribute('class')}`, path.getAttribute('d')!);
      }
    }
    super.update(changed);
    if (!animate) return;
    for (const path of this.renderRoot.querySelectorAll<SVGPathElement>('g.series > path')) {
      const from = before.get(`${path.parentElement!.dataset['series']}|${path.getAttribute('class')}`);
      const to = path.getAttribute('d')!;
      if (from === undefined || from === to || !from || !to) continue;
      path.animate({ d: [`path("${from}")`, `path("${to}")`] }, { duration: this.duration, easing: 'ease-in-out' });
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.language = this.effectiveLang;
    this.interfaceLanguage = this.uiLang;
    this.readDirection();
    if (changed.has('instrument')) this.readInstrument();
    const inputs = [
      'instrument',
      'assessments',
      'goals',
      'series',
      'respondentRole',
      'compareRoles',
      'subjectId',
    ] as const;
    // `width` is private state: PropertyValues does not name it.
    const layoutChanged = ['width', 'view', 'shortLabels', 'hiddenSeries'].some((name) =>
      (changed as Map<PropertyKey, unknown>).has(name),
    );
    if (inputs.some((name) => changed.has(name))) {
      this.data = this.readData();
      this.keepActivePoint();
      this.still = layoutChanged || !this.hasUpdated;
    } else if (layoutChanged) this.still = true;
    if (changed.has('hiddenSeries')) {
      // Anything but a list of ids (null, a string, a number) hides nothing.
      const list = this.hiddenSeries as unknown;
      this.hiddenIds = new Set(Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : []);
      this.keepActivePoint();
    }
    if (this.data) this.updateLayout();
  }

  /**
   * `effectiveDir`, without a style read per update: a `dir` attribute is read each time, the
   * computed direction only when styles may have changed.
   */
  private readDirection(): void {
    const declared = this.closest('[dir]')?.getAttribute('dir');
    if (declared === 'ltr' || declared === 'rtl') {
      this.direction = declared;
      this.directionDeclared = true;
    } else if (this.directionDeclared || this.styleStale || !this.hasUpdated) {
      this.direction = this.effectiveDir;
      this.directionDeclared = false;
    }
  }

  private readInstrument(): void {
    this.parsedInstrument = undefined;
    if (this.instrument === undefined || this.instrument === null) {
      this.setInputIssues('instrument', []);
      return;
    }
    const result = parseInstrumentCached(this.instrument);
    this.setInputIssues('instrument', result.ok ? [] : result.issues);
    if (result.ok) this.parsedInstrument = result.value;
  }

  /** Parses and checks every data property against the instrument; undefined when any is bad or there is no instrument. */
  private readData(): RadarData | undefined {
    const instrument = this.parsedInstrument;
    const assessments = this.readList<Assessment>('assessments', this.assessments, parseAssessments, (a) =>
      // Assessments of another instrument or version are not errors: progression leaves them
      // out and says so (see the notes).
      instrument && a.instrument.id === instrument.id && a.instrument.version === instrument.version
        ? validateAssessment(instrument, a)
        : [],
    );
    const goals = this.readList<AreaGoal>('goals', this.goals, parseGoals, (g) =>
      instrument ? validateGoal(instrument, g) : [],
    );
    let series: RadarSeries[] | undefined;
    if (this.series === undefined || this.series === null) {
      this.setInputIssues('series', []);
    } else {
      const parsed = parseRadarSeries(this.series);
      const problems = parsed.ok
        ? instrument
          ? checkRadarSeries(parsed.value, areaRanges(instrument))
          : []
        : parsed.issues;
      this.setInputIssues('series', problems);
      if (parsed.ok) series = parsed.value;
    }
    // A removed attribute leaves null: that is the default role, not an unknown one.
    const role = this.respondentRole ?? 'participant';
    this.setInputIssues('respondentRole', checkRespondentRole(role, instrument));
    const comparable =
      instrument?.respondentRoles.includes('participant') && instrument.respondentRoles.includes('caseManager');
    this.setInputIssues(
      'compareRoles',
      instrument && this.compareRoles && !comparable
        ? [
            issue(
              ['compareRoles'],
              'roles_not_comparable',
              'Comparing roles needs an instrument answered by both the participant and the case manager.',
              'Att jämföra roller kräver ett instrument som besvaras av både deltagaren och handläggaren.',
            ),
          ]
        : [],
    );
    if (!instrument || this.hasInputIssues) return undefined;
    return buildRadarData({
      instrument,
      assessments,
      goals,
      series,
      role,
      compareRoles: this.compareRoles,
      subjectId: this.subjectId,
    });
  }

  private visibleSeries(): PlottedSeries[] {
    return (this.data?.series ?? []).filter((s) => !this.hiddenIds.has(s.id));
  }

  /** Keeps the keyboard's point on a series and area that still exist. */
  private keepActivePoint(): void {
    if (!this.active || !this.data) return;
    this.active = keptPoint(this.active, this.visibleSeries(), this.data.axes.length);
  }

  // -------------------------------------------------------------------------------------------
  // Layout

  private measure = (text: string): number =>
    measureText(text, `${this.labelSize}px ${this.labelFamily}`, this.labelSize);

  private updateLayout(): void {
    const { axes } = this.data!;
    if (this.styleStale || !this.layout) {
      // Read only when it may have changed: getComputedStyle would otherwise cost a style pass per update.
      const style = getComputedStyle(this);
      this.labelSize = Math.round((parseFloat(style.fontSize) || 16) * 0.875 * 10) / 10;
      this.labelFamily = style.fontFamily;
      const duration = style.getPropertyValue('--_duration').trim();
      this.duration = duration.endsWith('ms') ? parseFloat(duration) : parseFloat(duration) * 1000 || 0;
      this.styleStale = false;
    }
    // The chart shows at most a long sentence per axis; the table and the readout keep it all.
    const clip = (text: string) =>
      text.length > LABEL_MAX_CHARS ? `${text.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…` : text;
    const full = axes.map((a) => clip(this.w.t(a.area.label)));
    const short = axes.map((a) => clip(this.w.t(a.area.shortLabel ?? a.area.label)));
    const direction = this.direction;
    const key = [
      this.view,
      this.visibleSeries().length,
      this.width,
      this.labelSize,
      this.labelFamily,
      direction,
      this.shortLabels,
      full.join('\u0001'),
      short.join('\u0001'),
    ].join('|');
    if (key === this.layoutKey && this.layout) return;
    this.layoutKey = key;
    const lay = (labels: string[]) =>
      layoutRadar({ width: this.width, labels, measure: this.measure, fontSize: this.labelSize, direction });
    this.usingShortLabels = this.shortLabels;
    this.dots = undefined;
    if (this.view !== 'dots') this.layout = lay(this.shortLabels ? short : full);
    if (this.view === 'dots' || (this.view !== 'radar' && !this.readable(this.layout!))) {
      // Too narrow for the radar (or asked for): the dot plot, with the full labels wrapped
      // over the whole width. The radar's layout stays for the keyboard and export code paths.
      this.layout ??= lay(short);
      const ticks = scaleTicks(this.data!.axes);
      this.dots = layoutDots({
        width: this.width,
        labels: full,
        measure: this.measure,
        fontSize: this.labelSize,
        series: Math.max(1, this.visibleSeries().length),
        marker: MARKER_SIZE,
        scaleLabelWidth: Math.max(0, ...ticks.map((v) => this.measure(this.w.number(v)) * (0.75 / 0.875))),
        direction,
      });
      this.usingShortLabels = false;
      return;
    }
    // With `view="radar"`: long labels that cannot fit whole, or that leave the chart itself tiny
    // (many areas on a phone), give way to the short ones; the table and the readout keep the full labels.
    const chosen = this.layout!;
    if (this.view === 'radar' && !this.shortLabels && axes.some((a) => a.area.shortLabel)) {
      const alternative = lay(short);
      const fullIsPoor =
        !chosen.fits || chosen.broken || chosen.frame.radius < alternative.frame.radius * SHORT_LABELS_BELOW;
      if (fullIsPoor && ((alternative.fits && !alternative.broken) || alternative.frame.radius > chosen.frame.radius)) {
        this.layout = alternative;
        this.usingShortLabels = true;
      }
    }
  }

  /** Whether every label fits whole and neighbouring steps of the scale stay a marker apart. */
  private readable(layout: RadarLayout): boolean {
    if (!layout.fits || layout.broken) return false;
    const steps = Math.min(10, Math.max(1, ...this.data!.axes.map((a) => a.max - a.min)));
    return layout.frame.radius >= MIN_RADIUS && (layout.frame.radius - layout.frame.inner) / steps >= MIN_STEP_SPACING;
  }

  // -------------------------------------------------------------------------------------------
  // Words

  /** Data text in the element's language. */
  private wordsCache?: { key: readonly unknown[]; name: string; description: string };

  /**
   * The name and description, worked out again only when what they say may have changed (the
   * data, the hidden series, the label or the language), not on every keystroke.
   */
  private words(): { name: string; description: string } {
    const key = [this.data, this.hiddenSeries, this.label, this.language, this.interfaceLanguage];
    const cached = this.wordsCache;
    if (cached && cached.key.every((part, i) => part === key[i])) return cached;
    this.wordsCache = { key, name: this.accessibleName(), description: this.description() };
    return this.wordsCache;
  }

  private accessibleName(): string {
    return accessibleName(this.w, this.data!, this.visibleSeries(), this.label);
  }

  /** The chart in words: scale, the overall change, where values are missing. */
  private description(): string {
    return describeRadar(this.w, this.data!, this.visibleSeries());
  }

  private readoutText(): string {
    if (!this.active || !this.data || !(this.focused || this.pointerActive)) return '';
    return readoutText(this.w, this.data, this.active);
  }

  /** The words in the element's two languages (data and interface), made again when either changes. */
  private wordsOf?: RadarWords;
  private get w(): RadarWords {
    const words = this.wordsOf;
    if (words && words.language === this.language && words.interfaceLanguage === this.interfaceLanguage) return words;
    return (this.wordsOf = radarWords(this.language, this.interfaceLanguage));
  }

  private pointerActive = false;

  // -------------------------------------------------------------------------------------------
  // Interaction

  private onFocus = (): void => {
    this.focused = true;
    if (!this.active && this.data) this.active = startPoint(this.visibleSeries(), this.data.axes.length);
  };

  private onBlur = (): void => {
    this.focused = false;
    this.pointerActive = false;
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const axes = this.data?.axes ?? [];
    const visible = this.visibleSeries();
    if (!this.active || axes.length === 0 || visible.length === 0) return;
    const next = pointAfterKey(event.key, this.active, visible, axes.length, this.direction);
    if (!next) return;
    event.preventDefault();
    this.active = next;
  };

  /** A click or tap selects the point nearest to it (or, on a label, that area), as the keyboard would. */
  private onPlotClick = (event: MouseEvent): void => {
    const label = (event.target as Element).closest<SVGElement>('.axis-label');
    let active: ActivePoint | undefined;
    if (label) {
      const series = this.active?.series ?? this.visibleSeries()[0]?.id;
      if (series !== undefined) active = { area: Number(label.dataset['index']), series };
    } else {
      const matrix = this.chart?.getScreenCTM();
      if (!matrix || !this.layout) return;
      const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
      const target = this.dots ? { x: at.x, y: at.y } : { x: at.x - this.layout.cx, y: at.y - this.layout.cy };
      active = nearestActivePoint(target, this.visibleSeries(), (series) => pointsOf(this.drawing(), series));
    }
    if (!active) return;
    this.active = active;
    this.pointerActive = true;
    this.plot?.focus({ preventScroll: true });
    this.requestUpdate();
  };

  private toggleSeries(id: string): void {
    const hidden = new Set(this.hiddenIds);
    const visible = hidden.has(id);
    if (visible) hidden.delete(id);
    else hidden.add(id);
    this.hiddenSeries = [...hidden];
    this.dispatchEvent(new StegSeriesToggleEvent({ seriesId: id, visible, hidden: [...hidden] }));
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  override render(): TemplateResult | typeof nothing {
    if (this.hasInputIssues) return this.renderErrorState();
    if (!this.data || !this.layout) return nothing;
    const { axes, series, warnings } = this.data;
    const { name, description } = this.words();
    // The table is re-rendered only when its data or words change. Shown, a table wider than a
    // phone scrolls in its own region, which takes focus so that it scrolls by keyboard too.
    const table = guard([this.data, this.language, this.interfaceLanguage, name], () =>
      renderTable(this.w, this.data!, name),
    );
    const readout = this.readoutText();
    const notes = warnings.map((w) => (this.interfaceLanguage === 'en' ? w.messages.en : w.messages.sv));
    if (series.length === 0) notes.push(this.w.msg('noData'));
    // One tab stop: the chart is a focusable `application` (so screen readers in browse mode hand
    // it the arrow keys), named and described; the point under the keyboard is spoken through the
    // polite live region below. Not aria-activedescendant: that would read each point twice (its
    // own name and the live region); the SVG itself is hidden from assistive technology, and the
    // data table after the chart is the structure to browse.
    return html`<div class="radar" part="base">
      <div
        class="plot"
        part="plot"
        role="application"
        tabindex="0"
        aria-label=${name}
        aria-describedby="description"
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @keydown=${this.onKeyDown}
        @click=${this.onPlotClick}
      >
        ${this.renderChart()}
      </div>
      <p id="description" hidden>${description} ${this.w.msg('keys')}</p>
      ${notes.length > 0 ? html`<div class="notes" part="notes">${notes.map((n) => html`<p>${n}</p>`)}</div>` : nothing}
      ${
        series.length > 0
          ? html`<div class="legend" part="legend" role="group" aria-label=${this.w.msg('legend')}>
            ${repeat(
              series,
              (s) => s.id,
              (s) => renderLegendItem(this.w, s, !this.hiddenIds.has(s.id), MARKER_SIZE, (id) => this.toggleSeries(id)),
            )}
          </div>`
          : nothing
      }
      <div class="readout" part="readout" aria-live="polite" aria-atomic="true">${readout}</div>
      ${
        axes.length > 0 && series.length > 0
          ? html`<div>
              <button type="button" class="table-toggle" part="table-toggle" aria-pressed=${this.showTable ? 'true' : 'false'} @click=${() => (this.showTable = !this.showTable)}>
                ${this.w.msg('showTable')}
              </button>
            </div>
            <div
              class="table-wrap ${this.showTable ? 'shown' : ''}"
              role=${ifDefined(this.showTable ? 'region' : undefined)}
              aria-label=${ifDefined(this.showTable ? name : undefined)}
              tabindex=${ifDefined(this.showTable ? 0 : undefined)}
            >${table}</div>`
          : nothing
      }
    </div>`;
  }

  /** What the chart is drawn from, now. */
  private drawing(): RadarDrawing {
    return {
      data: this.data!,
      layout: this.layout!,
      dots: this.dots,
      visible: this.visibleSeries(),
      w: this.w,
      labelSize: this.labelSize,
      rtl: this.direction === 'rtl',
      grid: this.grid,
      stageLabels: this.stageLabels,
      measure: this.measure,
    };
  }

  private gridCache?: { key: readonly unknown[]; paths: GridPaths };

  /**
   * The grid's paths, worked out again only when the layout, the scale or the grid style
   * changed: a data update or a keystroke leaves them as they were.
   */
  private gridPaths(drawing: RadarDrawing): GridPaths {
    const key = gridKey(drawing);
    const cached = this.gridCache;
    if (cached && cached.key.every((part, i) => part === key[i])) return cached.paths;
    this.gridCache = { key, paths: gridPaths(drawing) };
    return this.gridCache.paths;
  }

  private renderChart(): TemplateResult {
    const drawing = this.drawing();
    const active = this.focused || this.pointerActive ? this.active : undefined;
    return renderChart(drawing, active, this.gridPaths(drawing), this.usingShortLabels);
  }
}

let reducedMotionQuery: MediaQueryList | undefined;
/** The reduced-motion media query, made once for every radar on the page. */
function reducedMotion(): MediaQueryList | undefined {
  if (typeof matchMedia === 'function') reducedMotionQuery ??= matchMedia('(prefers-reduced-motion: reduce)');
  return reducedMotionQuery;
}
