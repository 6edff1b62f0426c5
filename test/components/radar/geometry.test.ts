import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { curveLinear, curveLinearClosed, line } from 'd3-shape';
import {
  axisAngle,
  fractionAt,
  isComplete,
  layoutRadar,
  markerPath,
  outlinePath,
  pointOnAxis,
  radarFrame,
  ringPath,
  seriesPoints,
  spokes,
  tickValues,
  valueFraction,
  wrapText,
  type Box,
} from '../../../src/components/radar/geometry.js';

/** A stand-in for text measurement: 0.55 em per character, like a plain sans-serif. */
const measure14 = (text: string) => text.length * 14 * 0.55;

const close = (a: number, b: number, tolerance = 0.01) => Math.abs(a - b) <= tolerance;
const overlapping = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The points of a path's M/L commands, as numbers. */
function pathPoints(d: string): { command: string; x: number; y: number }[] {
  return [...d.matchAll(/([ML])([-\d.e]+),([-\d.e]+)/g)].map((m) => ({
    command: m[1]!,
    x: Number(m[2]),
    y: Number(m[3]),
  }));
}

const longSwedish = [
  'Arbete, praktik och annan sysselsättning',
  'Ekonomi och förmåga att betala räkningar i tid',
  'Boende och trygghet i hemmet',
  'Fysisk hälsa, sömn och rörelse',
  'Psykiskt mående och hantering av oro',
  'Vardagsrutiner och struktur i veckan',
  'Relationer till familj, vänner och grannar',
  'Utbildning, språk och yrkeskunskaper',
  'Kontakter med myndigheter och vården',
  'Alkohol, spel och andra beroenden',
  'Fritid, intressen och meningsfull tid',
  'Självförtroende och tilltro till egen förmåga',
  'Arbetsmarknadskunskap och jobbsökande',
  'Digital vana och tillgång till internet',
  'Samhällsorientering och rättigheter',
  'Framtidsplaner och motivation att förändra',
];

describe('radar geometry', () => {
  it('puts the first axis straight up and turns clockwise, counter-clockwise right to left', () => {
    const frame = radarFrame(4, 100);
    expect(pointOnAxis(frame, 0, 1)).to.deep.equal({ x: 0, y: -100 });
    expect(pointOnAxis(frame, 1, 1)).to.deep.equal({ x: 100, y: 0 });
    expect(pointOnAxis(frame, 2, 1)).to.deep.equal({ x: 0, y: 100 });
    expect(pointOnAxis(frame, 3, 1)).to.deep.equal({ x: -100, y: 0 });
    const rtl = radarFrame(4, 100, 'rtl');
    expect(pointOnAxis(rtl, 1, 1)).to.deep.equal({ x: -100, y: 0 });
    expect(axisAngle(2, 8)).to.be.closeTo(Math.PI / 2, 1e-12);
    expect(axisAngle(2, 8, 'rtl')).to.be.closeTo(-Math.PI / 2, 1e-12);
  });

  it('maps the scale linearly from the inner ring to the rim, so the minimum is a point on its axis, not the centre', () => {
    const frame = radarFrame(8, 200);
    expect(frame.inner).to.be.greaterThan(0);
    // 1..10: 1 lies on the inner ring, 10 on the rim, 5.5 half-way between.
    expect(valueFraction(1, 1, 10)).to.equal(0);
    expect(valueFraction(10, 1, 10)).to.equal(1);
    expect(valueFraction(5.5, 1, 10)).to.equal(0.5);
    const p = pointOnAxis(frame, 0, valueFraction(5.5, 1, 10));
    expect(-p.y).to.be.closeTo(frame.inner + (200 - frame.inner) / 2, 0.01);
    expect(fractionAt(frame, -p.y)).to.be.closeTo(0.5, 1e-4);
    // Off-scale values are clamped, never drawn outside the rim.
    expect(valueFraction(12, 1, 10)).to.equal(1);
    expect(valueFraction(-3, 1, 10)).to.equal(0);
  });

  it('draws a complete series as one closed polygon through every point', () => {
    const frame = radarFrame(5, 100);
    const points = seriesPoints(frame, [0, 0.25, 0.5, 0.75, 1]);
    const d = outlinePath(points);
    expect(d.startsWith('M')).to.equal(true);
    expect(d.endsWith('Z')).to.equal(true);
    expect(d.match(/M/g)).to.have.length(1);
    const drawn = pathPoints(d);
    expect(drawn).to.have.length(5);
    drawn.forEach((p, i) => {
      expect(close(p.x, points[i]!.x) && close(p.y, points[i]!.y), `point ${i}`).to.equal(true);
    });
    expect(isComplete(points)).to.equal(true);
  });

  it('leaves a gap at a missing value: open segments that never pass through it or the centre', () => {
    const frame = radarFrame(6, 100);
    const points = seriesPoints(frame, [0.5, 0.5, null, 0.5, 0.5, 0.5]);
    const d = outlinePath(points);
    expect(d).not.to.contain('Z');
    expect(isComplete(points)).to.equal(false);
    const drawn = pathPoints(d);
    // One run from axis 3 round past axis 0 to axis 1: 3,4,5,0,1.
    expect(drawn.map((p) => p.command).join('')).to.equal('MLLLL');
    const expected = [3, 4, 5, 0, 1].map((i) => points[i]!);
    drawn.forEach((p, k) => expect(close(p.x, expected[k]!.x) && close(p.y, expected[k]!.y)).to.equal(true));
    // Two gaps make two segments.
    const two = pathPoints(outlinePath(seriesPoints(frame, [0.5, null, 0.5, 0.5, null, 0.5])));
    expect(two.filter((p) => p.command === 'M')).to.have.length(2);
    expect(outlinePath(seriesPoints(frame, [null, null, null, null, null, null]))).to.equal('');
  });

  it('writes every outline exactly as d3-shape’s line (the reference it replaced), gaps and all', () => {
    type P = { x: number; y: number };
    const closed = line<P>(
      (p) => p.x,
      (p) => p.y,
    ).curve(curveLinearClosed);
    const open = line<P | null>(
      (p) => p!.x,
      (p) => p!.y,
    )
      .defined((p) => p !== null)
      .curve(curveLinear);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), {
          minLength: 16,
          maxLength: 16,
        }),
        (count, values) => {
          const points = seriesPoints(radarFrame(count, 120), values.slice(0, count));
          const gap = points.indexOf(null);
          const reference =
            gap === -1
              ? (closed(points as P[]) ?? '')
              : (open([...points.slice(gap + 1), ...points.slice(0, gap + 1)]) ?? '');
          expect(outlinePath(points)).to.equal(reference);
          expect(ringPath(radarFrame(count, 120), values[0] ?? 0.5)).to.equal(
            closed(seriesPoints(radarFrame(count, 120), Array(count).fill(values[0] ?? 0.5)) as P[]) ?? '',
          );
        },
      ),
    );
  });

  it('draws grid rings through every axis and spokes from the inner ring to the rim', () => {
    const frame = radarFrame(8, 150);
    const ring = pathPoints(ringPath(frame, 1));
    expect(ring).to.have.length(8);
    for (const p of ring) expect(Math.hypot(p.x, p.y)).to.be.closeTo(150, 0.02);
    const s = spokes(frame);
    expect(s).to.have.length(8);
    for (const spoke of s) {
      expect(Math.hypot(spoke.from.x, spoke.from.y)).to.be.closeTo(frame.inner, 0.02);
      expect(Math.hypot(spoke.to.x, spoke.to.y)).to.be.closeTo(150, 0.02);
    }
  });

  it('labels the minimum, the maximum and as many steps between as there is room for', () => {
    expect(tickValues(1, 10, radarFrame(8, 250), 16)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const crowded = tickValues(1, 10, radarFrame(8, 60), 16);
    expect(crowded[0]).to.equal(1);
    expect(crowded[crowded.length - 1]).to.equal(10);
    expect(crowded.length).to.be.lessThan(10);
    const spacing = (60 - 60 * 0.12) / 9;
    for (let i = 1; i < crowded.length; i++)
      expect((crowded[i]! - crowded[i - 1]!) * spacing).to.be.at.least(16 - 1e-9);
  });

  it('gives every marker shape a closed path of about the requested size', () => {
    for (const shape of ['circle', 'square', 'diamond', 'triangle', 'cross'] as const) {
      const d = markerPath(shape, 5);
      expect(d.endsWith('Z'), shape).to.equal(true);
      const xs = [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => Math.abs(Number(m[1])));
      expect(Math.max(...xs), shape).to.be.within(3, 7);
    }
  });

  it('wraps a label at spaces within its width budget and keeps long words whole', () => {
    const { lines, width, overflow } = wrapText('Relationer till familj, vänner och grannar', 100, measure14);
    expect(lines.join(' ')).to.equal('Relationer till familj, vänner och grannar');
    for (const line of lines) expect(measure14(line)).to.be.at.most(100);
    expect(width).to.equal(Math.max(...lines.map(measure14)));
    expect(overflow).to.equal(false);
    expect(wrapText('Arbetsmarknadskunskap', 100, measure14)).to.deep.include({
      lines: ['Arbetsmarknadskunskap'],
      overflow: true,
    });
  });

  it('sizes the drawing to the grid polygon: three areas leave no empty lower half', () => {
    const layout = layoutRadar({ width: 600, labels: ['Arbete', 'Boende', 'Hälsa'], measure: measure14, fontSize: 14 });
    const lowest = Math.max(...[0, 1, 2].map((i) => pointOnAxis(layout.frame, i, 1).y));
    expect(lowest).to.be.closeTo(layout.frame.radius / 2, 0.05);
    expect(layout.height).to.be.lessThan(1.5 * layout.frame.radius + 3 * 14 * 1.2 + 10);
  });

  it('places labels by angle: after the anchor on the right, before it on the left, centred at top and bottom', () => {
    const layout = layoutRadar({
      width: 800,
      labels: ['Upp', 'Höger', 'Ner', 'Vänster'],
      measure: measure14,
      fontSize: 14,
    });
    expect(layout.fits).to.equal(true);
    expect(layout.labels.map((l) => l.align)).to.deep.equal(['center', 'left', 'center', 'right']);
    const [top, right, bottom, left] = layout.labels;
    expect(top!.box.y + top!.box.height).to.be.at.most(-layout.frame.radius);
    expect(bottom!.box.y).to.be.at.least(layout.frame.radius);
    expect(right!.box.x).to.be.at.least(layout.frame.radius);
    expect(left!.box.x + left!.box.width).to.be.at.most(-layout.frame.radius);
    // Right to left mirrors the sides.
    const rtl = layoutRadar({
      width: 800,
      labels: ['Upp', 'Höger', 'Ner', 'Vänster'],
      measure: measure14,
      fontSize: 14,
      direction: 'rtl',
    });
    expect(rtl.labels.map((l) => l.align)).to.deep.equal(['center', 'right', 'center', 'left']);
  });

  it('fits 16 long Swedish labels without overlaps on a wide page, and keeps the chart as large as it can', () => {
    const layout = layoutRadar({ width: 900, labels: longSwedish, measure: measure14, fontSize: 14 });
    expect(layout.fits).to.equal(true);
    expect(layout.broken).to.equal(false);
    expect(layout.frame.radius).to.be.greaterThan(150);
    const boxes = layout.labels.map((l) => l.box);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlapping(boxes[i]!, boxes[j]!), `${longSwedish[i]} / ${longSwedish[j]}`).to.equal(false);
    }
    // Each label keeps every word, in order.
    layout.labels.forEach((l, i) => expect(l.lines.join(' ')).to.equal(longSwedish[i]));
  });

  it('says so when labels cannot fit whole, instead of overlapping them silently', () => {
    const layout = layoutRadar({ width: 280, labels: longSwedish, measure: measure14, fontSize: 14 });
    expect(layout.fits && !layout.broken).to.equal(false);
  });

  it('property: whenever a layout fits, no two labels overlap, none leaves the width and none covers the chart', () => {
    const word = fc.stringMatching(/^[a-zåäö]{1,14}$/);
    const label = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 3, maxLength: 16 }),
        fc.integer({ min: 280, max: 1400 }),
        fc.constantFrom('ltr', 'rtl'),
        (labels, width, direction) => {
          const layout = layoutRadar({
            width,
            labels,
            measure: measure14,
            fontSize: 14,
            direction: direction as 'ltr' | 'rtl',
          });
          expect(layout.labels).to.have.length(labels.length);
          // The whole grid is inside the drawing.
          for (let i = 0; i < labels.length; i++) {
            const rim = pointOnAxis(layout.frame, i, 1);
            expect(rim.y + layout.cy).to.be.within(0, layout.height);
            expect(rim.x + layout.cx).to.be.within(0, width);
          }
          if (!layout.fits) return;
          const boxes = layout.labels.map((l) => l.box);
          boxes.forEach((box, i) => {
            expect(box.x).to.be.at.least(-width / 2);
            expect(box.x + box.width).to.be.at.most(width / 2);
            expect(box.y + layout.cy).to.be.at.least(0);
            expect(box.y + box.height + layout.cy).to.be.at.most(layout.height);
            const nearest = Math.hypot(
              Math.max(box.x, 0, -(box.x + box.width)),
              Math.max(box.y, 0, -(box.y + box.height)),
            );
            expect(nearest).to.be.at.least(layout.frame.radius);
            for (let j = i + 1; j < boxes.length; j++) expect(overlapping(box, boxes[j]!)).to.equal(false);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
