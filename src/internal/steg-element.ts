import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formatPath, type ParseResult, type StegIssue } from '../sdk/model/issues.js';
import { resolveText, type LocalizedText } from '../sdk/model/localized-text.js';
import { parseCached } from './parse-cache.js';
import { StegErrorEvent } from './steg-error-event.js';
import { message, uiLanguage, type MessageTable } from './i18n.js';
import { tokens } from './tokens.styles.js';

/** Elements that follow the page's `lang` and `dir` when they have none of their own. */
const followers = new Set<StegElement>();
let observer: MutationObserver | undefined;

function observeDocumentLanguage(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  // One observer for all elements: Storybook's locale switch, or a host page changing
  // <html lang>, re-renders every element in the new language.
  observer = new MutationObserver(() => {
    for (const el of followers) el.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

const issueSignature = (issues: StegIssue[]) => issues.map((i) => `${i.code}@${formatPath(i.path)}`).join('|');

const errorMessages: MessageTable<'title' | 'more'> = {
  sv: { title: 'Det gick inte att visa innehållet', more: 'och {count} problem till' },
  en: { title: 'The content could not be shown', more: 'and {count} more problems' },
};

/**
 * The base of every stegvis element: design tokens, the language and direction it speaks in,
 * and the accessible error state that replaces the content when input data is bad.
 *
 * @cssproperty --steg-font-family - Font family.
 * @cssproperty --steg-font-size - Base font size (default 1rem).
 * @cssproperty --steg-color-text - Text colour.
 * @cssproperty --steg-color-surface - Background colour.
 * @cssproperty --steg-color-accent - Accent colour (selected answers, latest series).
 * @cssproperty --steg-color-focus - Focus ring colour.
 * @cssproperty --steg-color-danger - Error colour.
 * @cssproperty --steg-radius - Corner radius.
 * @cssproperty --steg-target-size - Minimum size of touch targets (default 44px).
 * @event steg-error - Input data was rejected; `detail.property` and `detail.issues` say why.
 */
export class StegElement extends LitElement {
  static override styles = [tokens];

  /**
   * Forces a colour scheme: `light` or `dark`. Without it the element follows the page's
   * `color-scheme`.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Problems with the input data, by property; rendered as the error state. */
  protected inputIssues = new Map<string, StegIssue[]>();

  override connectedCallback(): void {
    super.connectedCallback();
    followers.add(this);
    observeDocumentLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followers.delete(this);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.requestUpdate();
  }

  /** The language the element speaks: its own `lang`, else the nearest ancestor's, else Swedish. */
  get effectiveLang(): string {
    const own = this.closest('[lang]')?.getAttribute('lang');
    if (own) return own;
    const root = this.getRootNode();
    const hostLang = root instanceof ShadowRoot ? root.host.closest('[lang]')?.getAttribute('lang') : null;
    return hostLang || document.documentElement.lang || 'sv';
  }

  /** The writing direction: its own `dir`, else the nearest ancestor's, else the computed one. */
  get effectiveDir(): 'ltr' | 'rtl' {
    const dir = this.closest('[dir]')?.getAttribute('dir');
    if (dir === 'rtl' || dir === 'ltr') return dir;
    return this.isConnected && getComputedStyle(this).direction === 'rtl' ? 'rtl' : 'ltr';
  }

  /** The built-in interface language (sv or en) for `effectiveLang`. */
  get uiLang(): 'sv' | 'en' {
    return uiLanguage(this.effectiveLang);
  }

  /** Resolves localized data text in the element's language. */
  protected text(value: LocalizedText | string | undefined): string {
    return resolveText(value, this.effectiveLang);
  }

  /**
   * Records the outcome of parsing one input property. On problems it dispatches
   * `steg-error` once per new set of problems; the element then renders `renderErrorState()`.
   */
  protected setInputIssues(propertyName: string, issues: StegIssue[]): void {
    const before = this.inputIssues.get(propertyName);
    if (issues.length === 0) {
      this.inputIssues.delete(propertyName);
      return;
    }
    this.inputIssues.set(propertyName, issues);
    // Re-parsing the same bad value yields a new array with the same problems: tell the host once.
    if (!before || issueSignature(before) !== issueSignature(issues)) {
      this.dispatchEvent(new StegErrorEvent({ property: propertyName, issues }));
    }
  }

  /**
   * The one reader of a list property (assessments, goals, cards, …): parses it once per input
   * object (see parse-cache.ts), checks each item against the instrument, and records the
   * problems under the property's name, each path starting at the item's index. Returns the
   * parsed list, or undefined when the property is absent or anything in it is bad.
   */
  protected readList<T>(
    name: string,
    input: unknown,
    parse: (input: unknown) => ParseResult<T[]>,
    check?: (item: T) => StegIssue[],
  ): T[] | undefined {
    if (input === undefined || input === null) {
      this.setInputIssues(name, []);
      return undefined;
    }
    const parsed = parseCached(parse, input);
    if (!parsed.ok) {
      this.setInputIssues(name, parsed.issues);
      return undefined;
    }
    const problems = check
      ? parsed.value.flatMap((item, index) =>
          check(item).map((problem) => ({ ...problem, path: [index, ...problem.path] })),
        )
      : [];
    this.setInputIssues(name, problems);
    return problems.length > 0 ? undefined : parsed.value;
  }

  /** Whether any input property was rejected. */
  protected get hasInputIssues(): boolean {
    return this.inputIssues.size > 0;
  }

  /**
   * The accessible error state: a heading-less alert that names each problem (path and plain
   * message), at most 10, in the element's language. Text only, never HTML from data.
   */
  protected renderErrorState(title?: string): TemplateResult | typeof nothing {
    if (!this.hasInputIssues) return nothing;
    const lang = this.uiLang;
    const all = [...this.inputIssues.entries()].flatMap(([prop, issues]) => issues.map((i) => ({ prop, i })));
    const shown = all.slice(0, 10);
    return html`<div class="error-state" role="alert" part="error">
      <strong>${title ?? message(errorMessages, lang, 'title')}</strong>
      <ul>
        ${shown.map(
          ({ prop, i }) =>
            html`<li><code>${prop}${i.path.length ? `.${formatPath(i.path)}` : ''}</code>: ${lang === 'sv' ? i.messages.sv : i.messages.en}</li>`,
        )}
        ${all.length > shown.length ? html`<li>${message(errorMessages, lang, 'more', { count: all.length - shown.length })}</li>` : nothing}
      </ul>
    </div>`;
  }
}
