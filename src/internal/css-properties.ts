import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/** CSS property names in kebab-case (`inline-size`, `--_count`) and their values; `null` removes one. */
export type CssProperties = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Sets inline style properties through the CSSOM only (`element.style.setProperty`), on every
 * render including the first. A page whose Content-Security-Policy has `style-src 'self'` (no
 * 'unsafe-inline') blocks every write of a `style` attribute — a `style="--x: ${n}"` binding,
 * and Lit's own `styleMap` on its first render, which writes the attribute as a string for
 * server rendering — but allows the CSSOM. Bind it to `style`:
 * `<span style=${cssProperties({ 'inline-size': '40%' })}>`.
 */
class CssPropertiesDirective extends Directive {
  private applied = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style' || info.strings !== undefined) {
      throw new Error('cssProperties() must be the whole value of a style attribute.');
    }
  }

  render(_properties: CssProperties): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [CssProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.applied) {
      if (properties[name] == null) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value == null) continue;
      style.setProperty(name, String(value));
      this.applied.add(name);
    }
    return noChange;
  }
}

/** Sets inline style properties CSP-safely, through the CSSOM (see `CssPropertiesDirective`). */
export const cssProperties = directive(CssPropertiesDirective);
