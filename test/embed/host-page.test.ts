// The elements on a page whose global stylesheet is hostile (examples/plain-html/case-system.css:
// blanket resets that hit custom elements too, content-box sizing, `button { all: unset }`, a
// huge base font, justified and letter-spaced text). What leaks through the shadow boundary is
// inherited typography and the host box itself; the elements must still look and work right.
import { expect } from '@open-wc/testing';
import '../../src/components/rating-form/define.js';
import '../../src/components/radar/define.js';
import '../../src/components/progression-card/define.js';
import '../../src/components/cohort-summary/define.js';
import { cohortReport, generateSampleCohort, livsomraden, sampleParticipant } from '../../src/sdk/index.js';
import { failOnLitWarnings } from '../helpers/lit-warnings.js';

type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

interface Placement {
  tag: string;
  props: () => Record<string, unknown>;
}

const cohort = generateSampleCohort({ seed: 11, participants: 60 });
const subjectId = sampleParticipant(cohort, 'improved')!;
const mine = <T extends { subjectId: string }>(list: T[]) => list.filter((x) => x.subjectId === subjectId);
const report = cohortReport(livsomraden, cohort);

const placements: Placement[] = [
  {
    tag: 'steg-rating-form',
    props: () => ({ instrument: livsomraden, subjectId: 'p-1', occasion: 'baseline', layout: 'all' }),
  },
  {
    tag: 'steg-radar',
    props: () => ({ instrument: livsomraden, assessments: mine(cohort.assessments), goals: mine(cohort.goals) }),
  },
  {
    tag: 'steg-progression-card',
    props: () => ({
      instrument: livsomraden,
      assessments: mine(cohort.assessments),
      goals: mine(cohort.goals),
      cards: mine(cohort.cards),
      interventions: cohort.interventions,
      episodes: mine(cohort.episodes),
    }),
  },
  { tag: 'steg-cohort-summary', props: () => ({ instrument: livsomraden, report }) },
];

let sheet: HTMLLinkElement;
before(async () => {
  sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = '/examples/plain-html/case-system.css';
  const loaded = new Promise((resolve, reject) => {
    sheet.onload = resolve;
    sheet.onerror = reject;
  });
  document.head.append(sheet);
  await loaded;
});
after(() => sheet.remove());

/** Whether a node sits in a box that clips or scrolls it (overflow other than visible). */
function insideClip(node: Element, host: Element): boolean {
  for (
    let n: Element | null = node.parentElement ?? (node.parentNode as ShadowRoot)?.host ?? null;
    n && n !== host;
    n = n.parentElement ?? (n.parentNode as ShadowRoot)?.host ?? null
  ) {
    const style = getComputedStyle(n);
    if (style.overflowX !== 'visible' && style.overflowX !== 'clip') return true;
    if (style.overflowX === 'clip' || style.clipPath !== 'none' || style.clip !== 'auto') return true;
  }
  return false;
}

/** Every element in the shadow tree, nested shadow roots included. */
function shadowElements(root: ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...shadowElements(el.shadowRoot));
  }
  return out;
}

/**
 * The panel widths tried: a desktop column, and 320 CSS px, the width WCAG 1.4.10 (reflow) asks
 * content to work at without scrolling sideways (here with the page's 150 % root font on top).
 */
const widths = [640, 320];

for (const { tag, props } of placements)
  for (const width of widths) {
    describe(`<${tag}> in a ${width} px panel on a page with a hostile global stylesheet`, () => {
      failOnLitWarnings();
      let panel: HTMLElement;
      let el: Updatable;

      beforeEach(async () => {
        // The page's own markup: a panel that pads anything placed in it (content-box).
        panel = document.createElement('section');
        panel.className = 'panel';
        panel.style.width = `${width}px`;
        el = document.createElement(tag) as Updatable;
        Object.assign(el, props());
        panel.append(el);
        document.body.append(panel);
        await el.updateComplete;
      });
      afterEach(() => panel.remove());

      it('the stylesheet is really hostile here (the test would notice otherwise)', () => {
        const body = getComputedStyle(document.body);
        expect(body.textAlign).to.equal('justify');
        expect(body.letterSpacing).not.to.equal('normal');
        expect(getComputedStyle(el).boxSizing).to.equal('content-box');
      });

      it('stays inside the panel: no horizontal overflow', () => {
        const box = el.getBoundingClientRect();
        const outer = panel.getBoundingClientRect();
        expect(box.right, 'right edge').to.be.at.most(outer.right + 0.5);
        // Anything drawn wider than the element (and not inside its own scroll container or a
        // visually hidden box) would make the page scroll sideways.
        const wide = shadowElements(el.shadowRoot!)
          .filter((n) => n.getBoundingClientRect().right > box.right + 1 && !insideClip(n, el))
          .map(
            (n) =>
              `${n.localName}.${String(n.getAttribute('class') ?? '').split(' ')[0]} (${Math.round(n.getBoundingClientRect().right - box.right)} px too wide)`,
          );
        expect(wide.length, `content wider than the element: ${wide.slice(0, 5).join(', ')}`).to.equal(0);
      });

      it('keeps its own typography inside: no justified, letter-spaced or upper-cased text', () => {
        for (const node of shadowElements(el.shadowRoot!)) {
          const style = getComputedStyle(node);
          if (!node.textContent?.trim()) continue;
          expect(style.textAlign, `${node.localName} text-align`).not.to.equal('justify');
          expect(style.letterSpacing, `${node.localName} letter-spacing`).to.equal('normal');
          expect(style.wordSpacing, `${node.localName} word-spacing`).to.match(/^(0px|normal)$/);
          expect(style.textTransform, `${node.localName} text-transform`).to.equal('none');
        }
      });

      it('keeps its own box model and 44 px targets despite `* { box-sizing: content-box }` and `button { all: unset }`', () => {
        const controls = shadowElements(el.shadowRoot!).filter((n) => n.matches('button, [part~="choice"], a[href]'));
        for (const node of shadowElements(el.shadowRoot!)) {
          expect(getComputedStyle(node).boxSizing, `${node.localName} box-sizing`).to.equal('border-box');
        }
        for (const control of controls) {
          const rect = control.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) continue;
          expect(rect.height, `${control.localName}.${control.className} height`).to.be.at.least(43.5);
        }
      });

      it('is accessible there', async () => {
        await expect(el).to.be.accessible();
      });
    });
  }
