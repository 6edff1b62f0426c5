import type { StandaloneSvg } from '../../internal/svg-export.js';
import { measureText } from '../../internal/svg-export.js';
import { labelledShare, type ChangeShares } from './diverging-bar.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One line of the exported chart: an area heading (in a breakdown) or one row of figures. */
export type SummaryExportLine =
  | { kind: 'heading'; label: string }
  | {
      kind: 'row';
      label: string;
      /** Indented under an area heading (a group's row). */
      grouped: boolean;
      /** The bar's text alternative, as on screen: the three shares, or why they are withheld. */
      barLabel: string;
      shares: ChangeShares | null;
      /** The three shares as written inside the segments (formatted as in the table). */
      inside: Record<keyof ChangeShares, string> | null;
      mean: number | null;
      ci: [number, number] | null;
      meanText: string;
      ciText: string | null;
      nText: string;
      goalsText: string;
    };

/** Everything the export draws, already worded and formatted by the element (no figure is computed here). */
export interface SummaryExportModel {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** The print header: instrument, period, minCell. */
  subtitle: string;
  participants: string;
  headlineTitle: string;
  headline: string[];
  legend: { worsened: string; unchanged: string; improved: string; centre: string };
  heads: { label: string; shares: string; mean: string; n: string; goals: string };
  percentTicks: string[];
  whiskerTicks: [string, string, string];
  /** The whisker scale runs from −limit to +limit steps. */
  limit: number;
  lines: SummaryExportLine[];
  /** Notes under the chart: why "All areas" has fewer, the disclosure rule, what "–" means. */
  notes: string[];
  /** The document's `<desc>`. */
  description: string;
  colours: {
    fg: string;
    muted: string;
    bg: string;
    border: string;
    accent: string;
    improved: string;
    worsened: string;
    unchanged: string;
  };
  fontFamily: string;
}

const rightToLeftLetter = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

/** A text's direction by its first letter (figures and signs alone read left to right). */
function textDirection(content: string): 'ltr' | 'rtl' {
  const letter = /\p{L}/u.exec(content)?.[0];
  return letter && rightToLeftLetter.test(letter) ? 'rtl' : 'ltr';
}

// The layout, in CSS pixels: a fixed width, like a printed figure, whatever the screen.
const WIDTH = 960;
const MARGIN = 24;
const BASE = 14;
const SMALL = 12;
const LINE = 1.35;
const COLUMN = {
  label: { x: MARGIN, width: 180 },
  bar: { x: 224, width: 300 },
  mean: { x: 544, width: 190 },
  n: { end: 840, width: 90 },
  goals: { end: WIDTH - MARGIN, width: 84 },
};
const BAR_HEIGHT = 20;
const ROW_HEIGHT = 44;

/**
 * Draws the summary as a standalone SVG document: the title and print header, the headline, the
 * legend, the column heads with the shared 0–100 % axis and the step scale, one diverging bar with
 * its percentages and one dot-and-whisker per row with the figures beside it, and the notes.
 * Colours and the font family are written as attributes (no stylesheet, no external reference),
 * the patterns that tell the fills apart travel with the document, every figure is real text, and
 * each bar is an image whose `<title>` holds its three shares. Mirrored for right-to-left.
 */
export function summarySvg(model: SummaryExportModel): StandaloneSvg {
  const { colours, fontFamily } = model;
  const rtl = model.dir === 'rtl';
  const font = (size: number, weight = 400) => `${weight} ${size}px ${fontFamily}`;
  /** A box's start edge in document coordinates, mirrored on right-to-left pages. */
  const xOf = (x: number, width = 0) => (rtl ? WIDTH - x - width : x);
  const el = <K extends keyof SVGElementTagNameMap>(
    name: K,
    attributes: Record<string, string | number>,
    ...children: (Node | string)[]
  ): SVGElementTagNameMap[K] => {
    const node = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    node.append(...children);
    return node;
  };
  /** Text at a logical position: `anchor` start/middle/end follows the writing direction. */
  const text = (
    content: string,
    x: number,
    y: number,
    options: { size?: number; weight?: number; fill?: string; anchor?: 'start' | 'middle' | 'end' } = {},
  ) => {
    const attributes: Record<string, string | number> = { x: xOf(x), y };
    if (options.size && options.size !== BASE) attributes['font-size'] = options.size;
    if (options.weight && options.weight !== 400) attributes['font-weight'] = options.weight;
    if (options.fill && options.fill !== colours.fg) attributes['fill'] = options.fill;
    // Each text runs in its own direction, as `dir="auto"` on screen: Swedish on a right-to-left
    // page stays left to right (its full stop at the end), placed on the same edge as its neighbours.
    const own = textDirection(content);
    let anchor = options.anchor ?? 'start';
    if (own !== model.dir) {
      attributes['direction'] = own;
      if (anchor !== 'middle') anchor = anchor === 'start' ? 'end' : 'start';
    }
    if (anchor !== 'start') attributes['text-anchor'] = anchor;
    return el('text', attributes, content);
  };
  /** Breaks a text into lines no wider than `width` at spaces (a word wider than a line stays whole). */
  const wrap = (content: string, width: number, size: number, weight = 400): string[] => {
    const words = content.split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (line && measureText(next, font(size, weight), size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  };
  /** A wrapped paragraph from `y` (its first baseline); returns the y below it. */
  const paragraph = (
    parent: Element,
    content: string,
    x: number,
    y: number,
    width: number,
    options: { size?: number; weight?: number; fill?: string; anchor?: 'start' | 'end' } = {},
  ): number => {
    const size = options.size ?? BASE;
    const lines = wrap(content, width, size, options.weight);
    const at = options.anchor === 'end' ? x + width : x;
    lines.forEach((line, i) => parent.append(text(line, at, y + i * size * LINE, options)));
    return y + lines.length * size * LINE;
  };
  const rect = (x: number, y: number, width: number, height: number, attributes: Record<string, string | number>) =>
    el('rect', { x: xOf(x, width), y, width: Math.max(0, width), height, ...attributes });
  const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, extra: Record<string, string> = {}) =>
    el('line', { x1: xOf(x1), y1, x2: xOf(x2), y2, stroke, ...extra });

  const svg = el('svg', {
    xmlns: SVG_NS,
    lang: model.lang,
    'xml:lang': model.lang,
    direction: model.dir,
    'font-family': fontFamily,
    'font-size': BASE,
    fill: colours.fg,
  });
  // The fills differ by pattern as well as colour, as on screen: worse hatched, unchanged dotted.
  const defs = el(
    'defs',
    {},
    el(
      'pattern',
      { id: 'steg-worsened', patternUnits: 'userSpaceOnUse', width: 6, height: 6, patternTransform: 'rotate(45)' },
      el('rect', { width: 3, height: 6, fill: colours.worsened }),
    ),
    el(
      'pattern',
      { id: 'steg-unchanged', patternUnits: 'userSpaceOnUse', width: 5, height: 5 },
      el('rect', { width: 5, height: 5, fill: colours.unchanged }),
      el('circle', { cx: 2.5, cy: 2.5, r: 1, fill: colours.bg }),
    ),
  );
  const fillOf: Record<keyof ChangeShares, { fill: string; stroke: string }> = {
    worsened: { fill: 'url(#steg-worsened)', stroke: colours.worsened },
    unchanged: { fill: 'url(#steg-unchanged)', stroke: colours.unchanged },
    improved: { fill: colours.improved, stroke: colours.improved },
  };
  const body = el('g', {});
  const inner = WIDTH - 2 * MARGIN;
  let y = MARGIN + 20;

  // Title, print header, size of the data.
  y = paragraph(body, model.title, MARGIN, y, inner, { size: 20, weight: 700 });
  y = paragraph(body, model.subtitle, MARGIN, y + 4, inner, { size: SMALL, fill: colours.muted });
  y = paragraph(body, model.participants, MARGIN, y, inner, { size: SMALL, fill: colours.muted });

  // The headline, with the accent rule beside it.
  if (model.headline.length > 0) {
    const top = y + 8;
    let at = top + 16;
    at = paragraph(body, model.headlineTitle, MARGIN + 14, at, inner - 14, { size: 15, weight: 700 });
    for (const sentence of model.headline)
      at = paragraph(body, sentence, MARGIN + 14, at + 2, inner - 14, { size: 15 });
    body.append(rect(MARGIN, top, 4, at - top - 8, { fill: colours.accent }));
    y = at + 8;
  }

  // The legend: pattern, colour and word for each fill.
  y += 12;
  let x = MARGIN;
  for (const kind of ['worsened', 'unchanged', 'improved'] as const) {
    body.append(rect(x, y - 11, 24, 12, { ...fillOf[kind], 'stroke-width': 1 }));
    body.append(text(model.legend[kind], x + 30, y));
    x += 30 + measureText(model.legend[kind], font(BASE), BASE) + 24;
  }
  y = paragraph(body, model.legend.centre, MARGIN, y + SMALL * LINE + 4, inner, { size: SMALL, fill: colours.muted });

  // Column heads, bottom-aligned, then the two axes.
  y += 8;
  const headSize = 11;
  const headLines = {
    label: wrap(model.heads.label, COLUMN.label.width, headSize),
    shares: wrap(model.heads.shares, COLUMN.bar.width, headSize),
    mean: wrap(model.heads.mean, COLUMN.mean.width, headSize),
    n: wrap(model.heads.n, COLUMN.n.width, headSize),
    goals: wrap(model.heads.goals, COLUMN.goals.width, headSize),
  };
  const headRows = Math.max(...Object.values(headLines).map((l) => l.length));
  const headBottom = y + headRows * headSize * LINE;
  const head = el('g', { 'font-size': headSize, fill: colours.muted });
  const headText = (lines: string[], x0: number, anchor: 'start' | 'end' = 'start', offset = 0) =>
    lines.forEach((l, i) =>
      head.append(
        text(l, x0, headBottom - offset - (lines.length - 1 - i) * headSize * LINE, {
          anchor,
          size: headSize,
          fill: colours.muted,
        }),
      ),
    );
  const axisRoom = headSize * LINE + 6;
  headText(headLines.label, COLUMN.label.x, 'start', 0);
  headText(headLines.shares, COLUMN.bar.x, 'start', axisRoom);
  headText(headLines.mean, COLUMN.mean.x, 'start', axisRoom);
  headText(headLines.n, COLUMN.n.end, 'end');
  headText(headLines.goals, COLUMN.goals.end, 'end');
  const axisY = headBottom - axisRoom + 6;
  const axis = (x0: number, width: number, ticks: string[]) => {
    head.append(line(x0, axisY, x0 + width, axisY, colours.muted));
    ticks.forEach((tick, i) => {
      const at = x0 + (width * i) / (ticks.length - 1);
      head.append(line(at, axisY, at, axisY + 5, colours.muted));
      const anchor = i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
      head.append(
        text(tick, at + (i === 0 ? 2 : i === ticks.length - 1 ? -2 : 0), axisY + 5 + headSize, {
          anchor,
          size: headSize,
          fill: colours.muted,
        }),
      );
    });
  };
  axis(COLUMN.bar.x, COLUMN.bar.width, model.percentTicks);
  axis(COLUMN.mean.x, COLUMN.mean.width, model.whiskerTicks);
  body.append(head);
  y = headBottom + 6;
  body.append(line(MARGIN, y, WIDTH - MARGIN, y, colours.border));

  // The rows: a list of lines, each a label, a bar (an image with its shares as its title) and figures.
  const list = el('g', { role: 'list' });
  const at = (v: number) =>
    COLUMN.mean.x +
    ((Math.max(-model.limit, Math.min(model.limit, v)) + model.limit) / (2 * model.limit)) * COLUMN.mean.width;
  for (const entry of model.lines) {
    if (entry.kind === 'heading') {
      y += 10;
      const group = el('g', { role: 'heading', 'aria-level': 3 });
      y = paragraph(group, entry.label, MARGIN, y + BASE, inner, { weight: 700 }) - 4;
      list.append(group);
      continue;
    }
    const row = el('g', { role: 'listitem' });
    const indent = entry.grouped ? 14 : 0;
    const labelLines = wrap(entry.label, COLUMN.label.width - indent, BASE);
    const height = Math.max(ROW_HEIGHT, labelLines.length * BASE * LINE + 12);
    const mid = y + 6 + BAR_HEIGHT / 2;
    // One line beside the bar's middle; a longer label from the top of the row down.
    const firstBaseline = labelLines.length === 1 ? mid + 5 : y + 6 + BASE;
    labelLines.forEach((l, i) => row.append(text(l, COLUMN.label.x + indent, firstBaseline + i * BASE * LINE)));
    // The bar: worse | unchanged | better on the shared 0–100 % scale, or a dotted track when withheld.
    const bar = el('g', { role: 'img' }, el('title', {}, entry.barLabel));
    const barTop = y + 6;
    if (!entry.shares) {
      bar.append(
        line(COLUMN.bar.x, mid, COLUMN.bar.x + COLUMN.bar.width, mid, colours.border, {
          'stroke-dasharray': '4 4',
          'stroke-width': '2',
        }),
      );
      row.append(bar);
    } else {
      let start = COLUMN.bar.x;
      for (const kind of ['worsened', 'unchanged', 'improved'] as const) {
        const width = Math.max(0, Math.min(1, entry.shares[kind])) * COLUMN.bar.width;
        if (width > 0) bar.append(rect(start, barTop, width, BAR_HEIGHT, { ...fillOf[kind], 'stroke-width': 1 }));
        const label = entry.inside?.[kind];
        // The same rule as on screen: a figure whole or not at all, never one that rounds to 0 %.
        if (label && labelledShare(entry.shares[kind])) {
          const chip = measureText(label, font(SMALL - 1), SMALL - 1) + 6;
          if (chip <= width - 4) {
            bar.append(rect(start + (width - chip) / 2, mid - 7, chip, 14, { fill: colours.bg, rx: 2 }));
            bar.append(text(label, start + width / 2, mid + 4, { anchor: 'middle', size: SMALL - 1 }));
          }
        }
        start += width;
      }
      row.append(bar);
    }
    // The mean change: a dot and its 95 % CI on the step scale, zero dashed, the figures under it.
    const zero = at(0);
    row.append(line(zero, y + 4, zero, y + 20, colours.muted, { 'stroke-dasharray': '2 2' }));
    if (entry.mean !== null) {
      const whisker = el('g', { 'aria-hidden': 'true' });
      if (entry.ci)
        whisker.append(line(at(entry.ci[0]), y + 12, at(entry.ci[1]), y + 12, colours.fg, { 'stroke-width': '2' }));
      whisker.append(el('circle', { cx: xOf(at(entry.mean)), cy: y + 12, r: 5, fill: colours.fg }));
      row.append(whisker);
    }
    const meanLine = y + 20 + SMALL + 4;
    row.append(text(entry.meanText, COLUMN.mean.x, meanLine, { size: SMALL + 1, weight: 600 }));
    if (entry.ciText) {
      const meanWidth = measureText(entry.meanText, font(SMALL + 1, 600), SMALL + 1);
      row.append(text(entry.ciText, COLUMN.mean.x + meanWidth + 8, meanLine, { size: SMALL, fill: colours.muted }));
    }
    row.append(text(entry.nText, COLUMN.n.end, mid + 5, { anchor: 'end' }));
    row.append(text(entry.goalsText, COLUMN.goals.end, mid + 5, { anchor: 'end' }));
    y += Math.max(height, meanLine - y + 8);
    row.append(line(MARGIN, y, WIDTH - MARGIN, y, colours.border));
    list.append(row);
  }
  body.append(list);

  // Notes and the rule.
  y += 16;
  for (const note of model.notes)
    y = paragraph(body, note, MARGIN, y + SMALL, inner, { size: SMALL, fill: colours.muted }) + 2;

  const height = Math.ceil(y + MARGIN);
  svg.setAttribute('width', String(WIDTH));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  svg.append(
    el('title', {}, model.title),
    el('desc', {}, model.description),
    defs,
    el('rect', { width: '100%', height: '100%', fill: colours.bg }),
    body,
  );
  return { markup: new XMLSerializer().serializeToString(svg), width: WIDTH, height };
}
