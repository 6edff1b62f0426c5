import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/cohort-summary/define.js';
import type { StegCohortSummary } from '../../../src/components/cohort-summary/cohort-summary.js';
import {
  cohortReport,
  generateSampleCohort,
  livsomraden,
  type CohortCell,
  type CohortReport,
} from '../../../src/sdk/index.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { mount } from '../progression-card/mount.js';

const big = cohortReport(livsomraden, generateSampleCohort({ seed: 5, participants: 400 }));
const small = cohortReport(livsomraden, generateSampleCohort({ seed: 5, participants: 14 }));

const shadow = (el: HTMLElement) => el.shadowRoot!;
const said = (node: Element | null) =>
  (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const rowsOf = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLElement>('.chart-row')];
const areaLabel = (id: string) => livsomraden.areas.find((a) => a.id === id)!.label.sv;
/** The test's own Swedish formatting: a percentage of a share, rounded; a signed one-decimal change. */
const percent = (share: number) => `${Math.round(share * 100)} %`;
const signedOne = (v: number) => {
  const r = Math.round(v * 10) / 10;
  const text = Math.abs(r).toFixed(1).replace('.', ',');
  return r > 0 ? `+${text}` : r < 0 ? `−${text}` : `±${text}`;
};
const one = (v: number) => (Math.round(v * 10) / 10).toFixed(1).replace('.', ',').replace('-', '−');

async function summary(report: CohortReport, attrs: { breakdown?: string; role?: string; lang?: string } = {}) {
  return mount<StegCohortSummary>(html`<steg-cohort-summary
    lang=${attrs.lang ?? 'sv'}
    breakdown=${attrs.breakdown ?? 'all'}
    respondent-role=${attrs.role ?? 'participant'}
    .report=${report}
    .instrument=${livsomraden}
  ></steg-cohort-summary>`);
}

/** Parses the CSV the element makes (RFC 4180: quoted fields may hold commas and quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('<steg-cohort-summary>', () => {
  failOnLitWarnings();

  it('shows per area the SDK’s mean change, 95 % CI, n and share of goals reached', async () => {
    const el = await summary(big);
    const all = big.roles.find((r) => r.role === 'participant')!.all;
    for (const cell of all.areas) {
      const row = shadow(el).querySelector(`.chart-row[data-area-id="${cell.areaId}"]`)!;
      expect(said(row.querySelector('.label'))).to.equal(areaLabel(cell.areaId!));
      expect(said(row.querySelector('.mean'))).to.equal(
        `Medelförändring: ${signedOne(cell.meanChange!)} 95 % KI ${one(cell.ci95![0])} till ${one(cell.ci95![1])}`,
      );
      expect(said(row.querySelector('.n')).replace(/\s/g, '')).to.equal(`n=${cell.nPaired}`);
      expect(said(row.querySelector('.goals'))).to.equal(`Nådda mål: ${percent(cell.shareGoalsReached!)}`);
      const bar = row.querySelector('[role="img"]')!;
      expect(
        bar
          .getAttribute('aria-label')!
          .replace(/[\u2066-\u2069]/g, '')
          .replace(/\s+/g, ' '),
      ).to.contain(
        `${percent(cell.shareWorsened!)} sämre, ${percent(cell.shareUnchanged!)} oförändrade, ${percent(cell.shareImproved!)} bättre`,
      );
    }
    const overall = shadow(el).querySelector('.chart-row[data-area-id="overall"]')!;
    expect(said(overall.querySelector('.label'))).to.equal('Alla områden');
  });

  it('draws the bars from the SDK’s shares, worse and better on either side of zero', async () => {
    const el = await summary(big);
    const cell = big.roles[0]!.all.areas[0]!;
    const row = shadow(el).querySelector(`.chart-row[data-area-id="${cell.areaId}"]`)!;
    const width = (sel: string) => row.querySelector<HTMLElement>(sel)!.style.inlineSize;
    expect(parseFloat(width('.fill.worsened'))).to.be.closeTo(cell.shareWorsened! * 100, 0.01);
    expect(parseFloat(width('.fill.improved'))).to.be.closeTo(cell.shareImproved! * 100, 0.01);
    expect(parseFloat(width('.fill.unchanged'))).to.be.closeTo(cell.shareUnchanged! * 100, 0.01);
    const zero = row.querySelector('.zero')!.getBoundingClientRect();
    expect(row.querySelector('.fill.worsened')!.getBoundingClientRect().right).to.be.closeTo(zero.left, 1);
    expect(row.querySelector('.fill.improved')!.getBoundingClientRect().left).to.be.closeTo(zero.right, 1);
  });

  it('shows started, paired and attrition for each group, never hiding attrition', async () => {
    const el = await summary(big);
    const all = big.roles[0]!.all;
    const counts = said(shadow(el).querySelector('.counts'));
    expect(counts.replace(/\s/g, '')).to.contain(`${all.nStarted}började`);
    expect(counts.replace(/\s/g, '')).to.contain(`${all.nPaired}harbådestartochuppföljning`);
    expect(counts).to.contain(`Bortfall ${percent(all.attritionRate!)}`);
  });

  it('shows withheld cells as "–" with the rule, and never a withheld number', async () => {
    const el = await summary(small, { breakdown: 'gender' });
    const gender = small.roles[0]!.breakdowns.find((b) => b.id === 'gender')!;
    const withheld = gender.groups
      .flatMap((g) => g.areas.map((c) => ({ g, c })))
      .filter(({ c }) => c.withheld.some((w) => w.part === 'paired' || w.part === 'started'));
    expect(withheld.length).to.be.greaterThan(0);
    for (const { g, c } of withheld) {
      const row = shadow(el).querySelector(`.chart-row[data-area-id="${c.areaId}"][data-group="${g.key}"]`)!;
      expect(said(row.querySelector('.mean'))).to.equal('Medelförändring: –');
      expect(said(row.querySelector('.n'))).to.equal('n = –');
      expect(row.querySelector('.fill')).to.equal(null);
      expect(row.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain('färre än 5 personer');
    }
    expect(said(shadow(el).querySelector('.rule'))).to.contain('färre än 5 personer');
    // Goals are withheld on their own (fewer than 5 with goals) even where change is shown.
    const goalsHidden = gender.groups
      .flatMap((g) => g.areas.map((c) => ({ g, c })))
      .filter(({ c }) => c.withheld.some((w) => w.part === 'goals'));
    expect(goalsHidden.length).to.be.greaterThan(0);
    for (const { g, c } of goalsHidden) {
      expect(
        said(shadow(el).querySelector(`.chart-row[data-area-id="${c.areaId}"][data-group="${g.key}"] .goals`)),
      ).to.equal('Nådda mål: –');
    }
  });

  it('lists every figure drawn in the data table, the same as the chart', async () => {
    const el = await summary(big, { breakdown: 'interventionCategory:jobFocused' });
    const table = shadow(el).querySelector('table')!;
    const bodyRows = [...table.querySelectorAll('tbody tr')];
    expect(bodyRows.length).to.equal(rowsOf(el).length);
    const breakdown = big.roles[0]!.breakdowns.find((b) => b.id === 'interventionCategory:jobFocused')!;
    const withGroup = breakdown.groups.find((g) => g.key === 'with')!;
    const work = withGroup.areas.find((c) => c.areaId === 'work') as CohortCell;
    const tr = bodyRows.find(
      (r) => said(r.querySelector('th')) === areaLabel('work') && said(r.children[1]!) === 'Med',
    )!;
    const cells = [...tr.children].map((c) => said(c).replace(/\s/g, ''));
    expect(cells[2]).to.equal(String(work.nStarted));
    expect(cells[3]).to.equal(String(work.nPaired));
    expect(cells[7]).to.equal(String(Math.round(work.shareImproved! * 100)));
    expect(cells[8]).to.equal(signedOne(work.meanChange!));
    expect(cells[9]).to.equal(one(work.ci95![0]));
    expect(cells[10]).to.equal(one(work.ci95![1]));
    expect(cells[12]).to.equal(String(Math.round(work.shareGoalsReached! * 100)));
    expect(said(shadow(el).querySelector('.association'))).to.contain('samband');
  });

  it('downloads exactly what is shown as CSV, through a Blob and an object URL', async () => {
    const el = await summary(small, { breakdown: 'gender' });
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return original.call(URL, blob);
    };
    const clicked: HTMLAnchorElement[] = [];
    const clickOriginal = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      shadow(el).querySelector<HTMLButtonElement>('.download')!.click();
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = clickOriginal;
    }
    expect(created.length).to.equal(1);
    expect(clicked[0]!.download).to.match(/\.csv$/);
    expect(clicked[0]!.href).to.match(/^blob:/);
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = await created[0]!.text();
    expect(text).to.equal(el.getCsv().replace(/^\uFEFF/, ''));
    const rows = parseCsv(text);
    const tableRows = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => said(c)));
    expect(rows.length - 1).to.equal(tableRows.length);
    rows.slice(1).forEach((row, i) => {
      expect(row[0]).to.equal('Deltagarnas egna');
      expect(row[1]).to.equal('Kön');
      expect(row[2]).to.equal(tableRows[i]![0]);
      expect(row[3]).to.equal(tableRows[i]![1]);
      // Withheld stays withheld: "–" in the file where the table shows "–".
      tableRows[i]!.forEach((shown, j) => {
        if (shown === '–') expect(row[j + 2]).to.equal('–');
      });
    });
  });

  it('neutralises formulas and quotes labels from data in the CSV', async () => {
    const hostile: CohortReport = structuredClone(big);
    const breakdown = hostile.roles[0]!.breakdowns.find((b) => b.kind === 'intervention')!;
    breakdown.label = { sv: '=HYPERLINK("http://x","klicka"), "a"' };
    const el = await summary(hostile, { breakdown: breakdown.id });
    const rows = parseCsv(el.getCsv());
    expect(rows[1]![1]).to.equal('Insats: =HYPERLINK("http://x","klicka"), "a"');
    expect(el.getCsv()).to.contain('"Insats: =HYPERLINK(""http://x"",""klicka""), ""a"""');
    const hostileUnit: CohortReport = structuredClone(big);
    hostileUnit.roles[0]!.breakdowns.find((b) => b.kind === 'unit')!.groups[0]!.key = '=1+1';
    const el2 = await summary(hostileUnit, { breakdown: 'unit' });
    const unitRows = parseCsv(el2.getCsv());
    expect(unitRows.some((r) => r[3] === "'=1+1")).to.equal(true);
  });

  it('switches breakdown and role with native selects and announces it', async () => {
    const el = await summary(big);
    const [roleSelect, breakdownSelect] = [...shadow(el).querySelectorAll('select')];
    expect(said(roleSelect!.closest('label'))).to.contain('Vems skattning');
    let event = oneEvent(el, 'steg-breakdown-change');
    breakdownSelect!.value = 'gender';
    breakdownSelect!.dispatchEvent(new Event('change'));
    let fired = await event;
    expect(fired.detail).to.deep.equal({ breakdown: 'gender', role: 'participant' });
    await el.updateComplete;
    expect(el.breakdown).to.equal('gender');
    expect(said(shadow(el).querySelector('.counts'))).to.contain('Kvinnor');

    event = oneEvent(el, 'steg-breakdown-change');
    roleSelect!.value = 'caseManager';
    roleSelect!.dispatchEvent(new Event('change'));
    fired = await event;
    expect(fired.detail.role).to.equal('caseManager');
    await el.updateComplete;
    const cm = big.roles.find((r) => r.role === 'caseManager')!.breakdowns.find((b) => b.id === 'gender')!;
    const cell = cm.groups[0]!.areas[0]!;
    const row = shadow(el).querySelector(
      `.chart-row[data-area-id="${cell.areaId}"][data-group="${cm.groups[0]!.key}"]`,
    )!;
    expect(said(row.querySelector('.n')).replace(/\s/g, '')).to.equal(
      `n=${cell.nPaired === null ? '–' : cell.nPaired}`,
    );
  });

  it('is accessible with a breakdown shown', async () => {
    const el = await summary(big, { breakdown: 'interventionCategory:health' });
    await expect(el).to.be.accessible();
  });

  it('is accessible in English, with the rule in English', async () => {
    const en = await summary(small, { lang: 'en', breakdown: 'gender' });
    expect(said(shadow(en).querySelector('.rule'))).to.contain('fewer than 5 people');
    await expect(en).to.be.accessible();
  });

  it('mirrors right to left and stays accessible with forced colours', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div dir="rtl"><steg-cohort-summary .report=${small}></steg-cohort-summary></div>`,
    );
    const rtl = wrapper.firstElementChild as StegCohortSummary;
    await rtl.updateComplete;
    const row = [...shadow(rtl).querySelectorAll('.chart-row')].find((r) => r.querySelector('.fill.improved'))!;
    // Mirrored: better grows towards the left of zero.
    expect(row.querySelector('.fill.improved')!.getBoundingClientRect().right).to.be.closeTo(
      row.querySelector('.zero')!.getBoundingClientRect().left,
      1,
    );
    await emulateMedia({ forcedColors: 'active' });
    try {
      await expect(rtl).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  describe('bad input', () => {
    const cases: [string, unknown, string][] = [
      ['individual data', generateSampleCohort({ seed: 1, participants: 2 }), 'enskilda'],
      ['a string', 'rapport', 'cohortReport'],
      ['a report without roles', { ...big, roles: [] }, 'roles'],
      [
        'a cell with NaN',
        {
          ...big,
          roles: [
            {
              ...big.roles[0]!,
              all: { ...big.roles[0]!.all, areas: [{ ...big.roles[0]!.all.areas[0]!, meanChange: Number.NaN }] },
            },
          ],
        },
        'meanChange',
      ],
    ];
    for (const [name, report, text] of cases) {
      it(`shows an alert and dispatches steg-error for ${name}`, async () => {
        const el = await mount<StegCohortSummary>(html`<steg-cohort-summary lang="sv"></steg-cohort-summary>`);
        const event = oneEvent(el, 'steg-error');
        el.report = report;
        const fired = await event;
        await el.updateComplete;
        expect(fired.detail.property).to.equal('report');
        const alert = shadow(el).querySelector('[role="alert"]')!;
        expect(said(alert)).to.contain('Det gick inte att visa innehållet');
        expect(said(alert)).to.contain(text);
        await expect(el).to.be.accessible();
      });
    }

    it('refuses an instrument that is not the report’s', async () => {
      const el = await mount<StegCohortSummary>(html`<steg-cohort-summary lang="sv"></steg-cohort-summary>`);
      const event = oneEvent(el, 'steg-error');
      el.report = big;
      el.instrument = { ...livsomraden, version: '9.0.0' };
      const fired = await event;
      expect(fired.detail.property).to.equal('instrument');
      await el.updateComplete;
      expect(said(shadow(el).querySelector('[role="alert"]'))).to.contain('9.0.0');
    });
  });
});
