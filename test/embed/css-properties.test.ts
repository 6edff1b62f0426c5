// Inline styles under a strict CSP: `style-src 'self'` blocks every write of a style attribute
// but allows the CSSOM. cssProperties() must never write the attribute, not even on the first
// render (where Lit's styleMap does, which is why the elements do not use it).
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { cssProperties } from '../../src/internal/css-properties.js';

/** Records every setAttribute('style', …) while `run` runs. */
async function styleAttributeWrites(run: () => Promise<void> | void): Promise<string[]> {
  const writes: string[] = [];
  const original = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name: string, value: string) {
    if (name.toLowerCase() === 'style') writes.push(value);
    return original.call(this, name, value);
  };
  try {
    await run();
  } finally {
    Element.prototype.setAttribute = original;
  }
  return writes;
}

describe('cssProperties (CSP-safe inline styles)', () => {
  it('sets custom and ordinary properties without ever writing the style attribute', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const view = (n: number, size: string | null) =>
      html`<span style=${cssProperties({ '--_count': n, 'inline-size': size })}>x</span>`;
    const writes = await styleAttributeWrites(() => {
      render(view(5, '40%'), host);
      render(view(7, null), host);
    });
    expect(writes).to.deep.equal([]);
    const span = host.querySelector('span')!;
    expect(span.style.getPropertyValue('--_count')).to.equal('7');
    expect(span.style.getPropertyValue('inline-size')).to.equal('');
  });

  it('is needed: styleMap writes the attribute on its first render (blocked by the CSP)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const writes = await styleAttributeWrites(() => {
      render(html`<span style=${styleMap({ inlineSize: '40%' })}>x</span>`, host);
    });
    expect(writes.length).to.be.greaterThan(0);
  });

  it('refuses to be part of a longer style value', () => {
    const host = document.createElement('div');
    expect(() => render(html`<span style="color: red; ${cssProperties({ '--x': 1 })}"></span>`, host)).to.throw();
  });
});
