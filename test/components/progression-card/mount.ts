import { fixtureSync } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';

/**
 * Renders a template and waits for every stegvis element in it to finish updating. Unlike
 * `fixture`, it never waits for an animation frame: a test page in a background tab gets none,
 * and a wrapper element (a `<div dir="rtl">`, a list) would make `fixture` wait for one.
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const node = fixtureSync<T>(template);
  const elements = [node, ...node.querySelectorAll('*')].filter((e) =>
    e.localName.startsWith('steg-'),
  ) as unknown as LitElement[];
  await Promise.all(elements.map((e) => e.updateComplete));
  return node;
}
