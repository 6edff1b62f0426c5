import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { StegRatingForm } from '../../../src/components/rating-form/rating-form.js';

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The shadow root of a form. */
export function root(el: StegRatingForm): ShadowRoot {
  return el.shadowRoot!;
}

/** The radio inputs of one item, in order (steps, then missing codes). */
export function radiosOf(el: StegRatingForm, linkId: string): HTMLInputElement[] {
  return [...root(el).querySelectorAll<HTMLInputElement>(`input[type="radio"][data-link-id="${linkId}"]`)];
}

/** Chooses a step (`v:4`) or missing code (`m:unknown`) the way a pointer user does: a click on the label. */
export async function choose(el: StegRatingForm, linkId: string, key: string): Promise<void> {
  const input = radiosOf(el, linkId).find((r) => r.value === key);
  if (!input) throw new Error(`No choice ${key} for ${linkId}`);
  (input.closest('label') as HTMLLabelElement).click();
  await el.updateComplete;
}

/** Clicks a button of the form by its visible text. */
export async function clickButton(el: StegRatingForm, text: string): Promise<void> {
  const button = [...root(el).querySelectorAll('button')].find((b) =>
    b.textContent!.replace(/\s+/g, ' ').trim().startsWith(text),
  );
  if (!button)
    throw new Error(
      `No button "${text}"; have ${[...root(el).querySelectorAll('button')].map((b) => b.textContent!.trim()).join(' | ')}`,
    );
  button.click();
  await el.updateComplete;
  await el.updateComplete;
}

/** Types into a text field of the form the way the browser reports typing. */
export async function typeInto(el: StegRatingForm, field: HTMLTextAreaElement, text: string): Promise<void> {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The visible text of the current page, whitespace collapsed. */
export function visibleText(el: StegRatingForm): string {
  return (root(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Lets pending focus moves and renders settle. */
export async function settle(el: StegRatingForm): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/**
 * Renders a template and waits for every rating form in it. Unlike `fixture`, it never waits for
 * an animation frame: when test files run side by side, a page in a background tab gets none.
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const node = fixtureSync<T>(template);
  const forms = node.matches('steg-rating-form') ? [node] : [...node.querySelectorAll('steg-rating-form')];
  for (const form of forms) await (form as unknown as StegRatingForm).updateComplete;
  return node;
}
