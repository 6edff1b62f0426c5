// Feeds an element one hostile input at a time and checks what a host page would notice: no
// exception escapes, bad data becomes an error state that names the problem (and a steg-error
// event), text from data stays text, nothing executes, and the element keeps working.
import { expect } from '@open-wc/testing';
import { formatPath, type StegIssue } from '../../../src/sdk/index.js';
import type { StegErrorEvent } from '../../../src/internal/steg-error-event.js';
import { pwnedFlag } from '../../sdk/hostile/hostile-values.js';

/** What a hostile case should lead to. */
export type Outcome =
  /** The element rejects the named property: error state + steg-error for that property. */
  | { rejects: string }
  /** The element accepts the data and renders it; `shows` must appear as plain text. */
  | { renders: true; shows?: string }
  /** The element reports the property with steg-error but goes on working (no error state). */
  | { reports: string }
  /** Either is fine (the data is odd but not clearly wrong); it must stay safe. */
  | { safe: true };

/** One hostile input: properties and attributes set on a fresh element, and what must follow. */
export interface HostileCase {
  name: string;
  props?: Record<string, unknown>;
  attrs?: Record<string, string>;
  outcome: Outcome;
}

type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

/** Every element and text in the element's shadow tree, nested shadow roots included. */
function* walk(root: Node): Generator<Node> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if (node instanceof Element && node.shadowRoot) stack.push(node.shadowRoot);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
}

/** The rendered text of an element, shadow roots included (text nodes only, not styles). */
export function renderedText(el: Element): string {
  let text = '';
  for (const node of walk(el))
    if (node.nodeType === Node.TEXT_NODE && !(node.parentElement instanceof HTMLStyleElement)) text += node.nodeValue;
  return text;
}

/** Elements and attributes that could run script, if data ever reached the DOM as markup. */
export function dangerousNodes(el: Element): string[] {
  const found: string[] = [];
  for (const node of walk(el.shadowRoot ?? el)) {
    if (!(node instanceof Element)) continue;
    const tag = node.localName;
    if (['script', 'iframe', 'object', 'embed', 'img', 'frame', 'base', 'meta', 'link', 'style'].includes(tag))
      found.push(`<${tag}>`);
    for (const attr of node.getAttributeNames()) {
      const value = node.getAttribute(attr) ?? '';
      if (/^on/i.test(attr)) found.push(`${tag}[${attr}]`);
      if (
        /(^|:)(href|src|action|formaction|xlink:href)$/i.test(attr) &&
        /^\s*(javascript|data|vbscript):/i.test(value)
      ) {
        found.push(`${tag}[${attr}=${value.slice(0, 30)}]`);
      }
    }
  }
  return found;
}

/** The alerts the element shows (role="alert"), with their text. */
export function alerts(el: Element): string[] {
  const out: string[] = [];
  for (const node of walk(el.shadowRoot ?? el)) {
    if (node instanceof Element && node.getAttribute('role') === 'alert')
      out.push(renderedText(node).replace(/\s+/g, ' ').trim());
  }
  return out;
}

/**
 * One turn of the event loop: the page got to run everything queued. (Not a frame: tabs the
 * runner keeps in the background get no animation frames, and their timers are throttled.)
 */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/**
 * Renders `tag` with `base` (valid data), then the case's properties and attributes, and checks
 * the outcome. Returns the element (still attached) for further checks.
 */
export async function runHostileCase(
  tag: string,
  base: Record<string, unknown>,
  c: HostileCase,
  container: HTMLElement,
): Promise<Updatable> {
  const escaped: unknown[] = [];
  const onError = (e: ErrorEvent) => escaped.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => escaped.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const before = document.querySelectorAll('script, iframe, img, object, embed').length;
  const el = document.createElement(tag) as Updatable;
  const errors: StegErrorEvent[] = [];
  el.addEventListener('steg-error', (e) => errors.push(e as StegErrorEvent));
  try {
    Object.assign(el, base, c.props ?? {});
    for (const [name, value] of Object.entries(c.attrs ?? {})) el.setAttribute(name, value);
    container.append(el);
    try {
      await el.updateComplete;
    } catch (error) {
      escaped.push(error);
    }
    await nextTask();
  } catch (error) {
    escaped.push(error);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }

  const label = `${tag}: ${c.name}`;
  expect(escaped.map(String), `${label}: exceptions`).to.deep.equal([]);
  expect((window as unknown as Record<string, unknown>)[pwnedFlag], `${label}: something executed`).to.equal(undefined);
  expect(dangerousNodes(el), `${label}: markup from data`).to.deep.equal([]);
  expect(
    document.querySelectorAll('script, iframe, img, object, embed').length,
    `${label}: nodes added to the page`,
  ).to.equal(before);

  const shown = alerts(el);
  if ('rejects' in c.outcome) {
    const property = c.outcome.rejects;
    const mine = errors.filter((e) => e.detail.property === property);
    expect(
      mine.length,
      `${label}: steg-error for ${property} (got ${errors.map((e) => e.detail.property).join(', ') || 'none'})`,
    ).to.be.greaterThan(0);
    const issues: StegIssue[] = mine[0]!.detail.issues;
    expect(issues.length, `${label}: issues`).to.be.greaterThan(0);
    expect(shown.length, `${label}: an alert`).to.be.greaterThan(0);
    const text = shown.join(' ');
    // The alert names the property and the first problem: where it is and what is wrong.
    expect(text, `${label}: alert names the property`).to.include(property);
    const first = issues[0]!;
    if (first.path.length > 0) expect(text, `${label}: alert names the path`).to.include(formatPath(first.path));
    expect(
      text.includes(first.messages.sv) || text.includes(first.messages.en),
      `${label}: alert says "${first.messages.en}" in: ${text.slice(0, 300)}`,
    ).to.equal(true);
  } else if ('reports' in c.outcome) {
    const property = c.outcome.reports;
    expect(
      errors.filter((e) => e.detail.property === property).length,
      `${label}: steg-error for ${property}`,
    ).to.be.greaterThan(0);
    expect(renderedText(el).trim().length, `${label}: still shows content`).to.be.greaterThan(0);
  } else if ('renders' in c.outcome) {
    expect(
      errors.map((e) => e.detail.issues.map((i) => `${e.detail.property}.${formatPath(i.path)}: ${i.message}`)).flat(),
      `${label}: steg-error`,
    ).to.deep.equal([]);
    expect(shown, `${label}: alerts`).to.deep.equal([]);
    if (c.outcome.shows) expect(renderedText(el), `${label}: shows the text as text`).to.include(c.outcome.shows);
  }
  return el;
}

/** Checks that the element still renders valid data after everything before. */
export async function expectRecovers(
  el: Updatable,
  valid: Record<string, unknown>,
  label: string,
  cases: readonly HostileCase[] = [],
): Promise<void> {
  // Undo everything the cases set (back to a fresh element's defaults), then give valid data.
  const fresh = document.createElement(el.localName) as unknown as Record<string, unknown>;
  for (const c of cases) {
    for (const name of Object.keys(c.attrs ?? {})) {
      el.removeAttribute(name);
      // Removing an attribute gives its property null; put the default back.
      const property = name.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase());
      if (!['lang', 'dir'].includes(property) && property in fresh)
        (el as unknown as Record<string, unknown>)[property] = fresh[property];
    }
    for (const name of Object.keys(c.props ?? {})) (el as unknown as Record<string, unknown>)[name] = fresh[name];
  }
  Object.assign(el, valid);
  await el.updateComplete;
  await nextTask();
  expect(alerts(el), `${label}: alerts after valid data`).to.deep.equal([]);
  expect(renderedText(el).trim().length, `${label}: renders content`).to.be.greaterThan(0);
}
