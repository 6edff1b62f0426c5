/**
 * Export of the rendered radar: a standalone SVG document whose computed styles (resolved
 * custom properties, light or dark colours) are written out as presentation attributes, and a
 * PNG drawn from it. Attributes rather than a `style` attribute: they need no `'unsafe-inline'`
 * under a strict CSP and every SVG viewer reads them.
 */

import type { StandaloneSvg } from '../../internal/svg-export.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Computed properties that decide how an exported shape or text looks. */
const painted = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'direction',
] as const;

/** Copies the computed look of `source` and its descendants onto `copy` (a clone of it). */
function inlineComputedStyles(source: Element, copy: Element): void {
  const sources = [source, ...source.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const hidden: Element[] = [];
  const computedOf = new Map<Element, CSSStyleDeclaration>();
  sources.forEach((element, index) => {
    const target = copies[index]!;
    const computed = getComputedStyle(element);
    computedOf.set(element, computed);
    if (computed.display === 'none' || computed.visibility === 'hidden') {
      hidden.push(target);
      return;
    }
    // Inherited properties are written only where they change, to keep the file small.
    const parent = element === source ? undefined : computedOf.get(element.parentElement!);
    for (const name of painted) {
      const value = computed.getPropertyValue(name);
      if (value && (name === 'opacity' || !parent || parent.getPropertyValue(name) !== value))
        target.setAttribute(name, value);
    }
    // Page-only attributes: classes, data hooks and ARIA of the interactive chart.
    for (const attribute of [...target.attributes]) {
      if (
        attribute.name === 'class' ||
        attribute.name.startsWith('data-') ||
        attribute.name.startsWith('aria-') ||
        attribute.name === 'part' ||
        attribute.name === 'focusable'
      ) {
        target.removeAttribute(attribute.name);
      }
    }
  });
  for (const element of hidden) element.remove();
}

/** One legend entry to draw under the exported chart. */
export interface ExportLegendEntry {
  /** The rendered swatch (a small inline SVG). */
  swatch: SVGSVGElement;
  label: string;
}

/** What `standaloneSvg` needs besides the chart. */
export interface StandaloneSvgOptions {
  title: string;
  description: string;
  /** The background colour (the element's surface colour). */
  background: string;
  legend: ExportLegendEntry[];
  /** Font and colour of the legend text. */
  font: { family: string; size: number; colour: string };
}

/**
 * Serialises the chart's SVG as a standalone document: computed styles inlined, a background,
 * `<title>` and `<desc>` for assistive technology, and a legend drawn below the chart.
 */
export function standaloneSvg(chart: SVGSVGElement, options: StandaloneSvgOptions): StandaloneSvg {
  const copy = chart.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(chart, copy);
  const [, , width = 0, chartHeight = 0] = (chart.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const { family, size, colour } = options.font;
  const rowHeight = Math.round(size * 1.6);
  const legend = document.createElementNS(SVG_NS, 'g');
  options.legend.forEach((entry, row) => {
    const group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('transform', `translate(8 ${chartHeight + 8 + row * rowHeight})`);
    const swatch = entry.swatch.cloneNode(true) as SVGSVGElement;
    inlineComputedStyles(entry.swatch, swatch);
    swatch.setAttribute('width', String(size * 2));
    swatch.setAttribute('height', String(size));
    swatch.setAttribute('y', String((rowHeight - size) / 2));
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(size * 2 + 8));
    text.setAttribute('y', String(rowHeight / 2 + size * 0.35));
    text.setAttribute('font-family', family);
    text.setAttribute('font-size', String(size));
    text.setAttribute('fill', colour);
    text.textContent = entry.label;
    group.append(swatch, text);
    legend.append(group);
  });
  const height = Math.ceil(chartHeight + (options.legend.length > 0 ? 16 + options.legend.length * rowHeight : 0));
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', options.background);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.textContent = options.description;
  copy.prepend(title, desc, background);
  copy.append(legend);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('role', 'img');
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}
