/**
 * What the elements' image exports share: a standalone SVG document drawn onto a canvas as a PNG,
 * colours resolved from the element's custom properties, and text measured for layout. No network:
 * an exported document carries everything it needs (no external fonts, images or styles).
 */

/** A standalone SVG document and its size in CSS pixels. */
export interface StandaloneSvg {
  markup: string;
  width: number;
  height: number;
}

/** Draws an SVG document onto a canvas at `scale` and returns it as a PNG. */
export async function svgToPng(svg: StandaloneSvg, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(svg.width * scale));
  canvas.height = Math.max(1, Math.round(svg.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('A 2D canvas is not available.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png');
  });
}

/**
 * The used colour of a custom property (or any colour expression) in `element`'s context, as
 * `rgb(…)`. A probe, not the property's own value: `light-dark()` only resolves as a used colour.
 * Styled through the CSSOM, which a strict CSP allows.
 */
export function resolveColour(element: Element, property: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('color', property.startsWith('--') ? `var(${property})` : property);
  probe.hidden = true;
  element.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

let measureContext: CanvasRenderingContext2D | null | undefined;
const textWidths = new Map<string, number>();

/**
 * The width of a text in pixels in a CSS `font` (e.g. `600 14px system-ui`), measured once per
 * font and text for every element on the page; `size` × 0.55 per character without a canvas.
 */
export function measureText(text: string, font: string, size: number): number {
  const key = `${font}|${text}`;
  let width = textWidths.get(key);
  if (width === undefined) {
    if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
    if (measureContext) {
      measureContext.font = font;
      width = measureContext.measureText(text).width;
    } else width = text.length * size * 0.55;
    if (textWidths.size > 5000) textWidths.clear();
    textWidths.set(key, width);
  }
  return width;
}
