import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { itExcept } from '../../helpers/engines.js';
import '../../../src/components/cohort-summary/define.js';
import type { StegCohortSummary } from '../../../src/components/cohort-summary/cohort-summary.js';
import {
  cohortReport,
  generateSampleCohort,
  livsomraden,
  needsReport,
  parseInstrument,
  type CohortCell,
  type CohortReport,
} from '../../../src/sdk/index.js';
import { problemInstrument } from '../../../src/sdk/sample/problem-instrument.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { mount } from '../progression-card/mount.js';

const bigCohort = generateSampleCohort({ seed: 5, participants: 400 });
const big = cohortReport(livsomraden, bigCohort);
const bigNeeds = needsReport(livsomraden, bigCohort);
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
      expect(said(row.querySelector('.goals'))).to.equal(
        `Nådda mål (av satta mål): ${percent(cell.shareGoalsReached!)}`,
      );
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

  it('draws one bar per row on a shared 0–100 % scale: worse, unchanged, better, with their percentages', async () => {
    const el = await summary(big);
    const cell = big.roles[0]!.all.areas[0]!;
    const row = shadow(el).querySelector(`.chart-row[data-area-id="${cell.areaId}"]`)!;
    const width = (sel: string) => row.querySelector<HTMLElement>(sel)!.style.inlineSize;
    expect(parseFloat(width('.fill.worsened'))).to.be.closeTo(cell.shareWorsened! * 100, 0.01);
    expect(parseFloat(width('.fill.improved'))).to.be.closeTo(cell.shareImproved! * 100, 0.01);
    expect(parseFloat(width('.fill.unchanged'))).to.be.closeTo(cell.shareUnchanged! * 100, 0.01);
    const box = (sel: string) => row.querySelector(sel)!.getBoundingClientRect();
    const bar = box('.bar');
    expect(box('.fill.worsened').left).to.be.closeTo(bar.left, 1);
    expect(box('.fill.unchanged').left).to.be.closeTo(box('.fill.worsened').right, 1);
    expect(box('.fill.improved').left).to.be.closeTo(box('.fill.unchanged').right, 1);
    expect(box('.fill.improved').right).to.be.closeTo(bar.right, 1);
    // The better share is wide enough to carry its figure, as the table writes it.
    expect(said(row.querySelector('.fill.improved .value'))).to.equal(percent(cell.shareImproved!));
    // Every row's bar spans the same axis.
    const bars = rowsOf(el).map((r) => r.querySelector('.bar')!.getBoundingClientRect());
    for (const b of bars) expect([b.left, b.width]).to.deep.equal([bars[0]!.left, bars[0]!.width]);
    expect(said(shadow(el).querySelector('.chart-head .axis'))).to.equal('0 %25 %50 %75 %100 %');
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
      ).to.equal('Nådda mål (av satta mål): –');
    }
  });

  it('lists every figure drawn in the data table, the same as the chart', async () => {
    const el = await summary(big, { breakdown: 'interventionCategory:jobFocused' });
    const table = shadow(el).querySelector('table.figures')!;
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
    const tableRows = [...shadow(el).querySelectorAll('table.figures tbody tr')].map((tr) =>
      [...tr.children].map((c) => said(c)),
    );
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
    const el2 = await summary(big, { breakdown: 'unit' });
    el2.units = { 'enhet-norr': '=1+1' };
    await el2.updateComplete;
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

  it('mirrors right to left', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div dir="rtl"><steg-cohort-summary .report=${small}></steg-cohort-summary></div>`,
    );
    const rtl = wrapper.firstElementChild as StegCohortSummary;
    await rtl.updateComplete;
    const row = [...shadow(rtl).querySelectorAll('.chart-row')].find((r) => r.querySelector('.fill.improved'))!;
    // Mirrored: worse starts at the right end, better ends at the left.
    expect(row.querySelector('.fill.improved')!.getBoundingClientRect().left).to.be.closeTo(
      row.querySelector('.bar')!.getBoundingClientRect().left,
      1,
    );
    expect(row.querySelector('.fill.worsened')!.getBoundingClientRect().right).to.be.closeTo(
      row.querySelector('.bar')!.getBoundingClientRect().right,
      1,
    );
    await expect(rtl).to.be.accessible();
  });

  itExcept(
    ['webkit'],
    '#14 WebKitWebDriver cannot emulate forced colours',
    'stays accessible right to left with forced colours',
    async () => {
      const wrapper = await mount<HTMLDivElement>(
        html`<div dir="rtl"><steg-cohort-summary .report=${small}></steg-cohort-summary></div>`,
      );
      const rtl = wrapper.firstElementChild as StegCohortSummary;
      await rtl.updateComplete;
      await emulateMedia({ forcedColors: 'active' });
      try {
        await expect(rtl).to.be.accessible();
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    },
  );

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
      // Named by field and what is wrong; the versions given are input and are not repeated (#13.3).
      const alert = said(shadow(el).querySelector('[role="alert"]'));
      expect(alert).to.contain('instrument.id');
      expect(alert).to.contain('ett annat instrument eller en annan version');
      expect(alert).not.to.contain('9.0.0');
    });
  });

  describe('the story for members', () => {
    async function withNeeds(report: CohortReport, needs: unknown, lang = 'sv', instrument: unknown = livsomraden) {
      return mount<StegCohortSummary>(html`<steg-cohort-summary
        lang=${lang}
        .report=${report}
        .needs=${needs}
        .instrument=${instrument}
      ></steg-cohort-summary>`);
    }

    it('opens with a headline whose every figure is also in a table', async () => {
      const el = await withNeeds(big, bigNeeds);
      const text = said(shadow(el).querySelector('.headline'));
      const all = big.roles[0]!.all;
      const p = bigNeeds.participants;
      expect(text.replace(/\s/g, '')).to.contain(`${all.nStarted}deltagarebörjade.${all.nPaired}avdemharbåde`);
      const reliable = p.reliablyImprovedAny.count! / p.paired.count!;
      expect(text).to.contain(`${percent(reliable)} av dem med uppföljning blev tydligt bättre`);
      const reached = p.reachedAnyGoal.count! / p.withGoals.count!;
      expect(text).to.contain(`${percent(reached)} av deltagarna med mål nådde minst ett av sina mål`);
      // The two areas with the largest share better, named with that share.
      const top = [...all.areas].sort((a, b) => b.shareImproved! - a.shareImproved!).slice(0, 2);
      for (const c of top) expect(text).to.contain(`${areaLabel(c.areaId!)} (${percent(c.shareImproved!)})`);
      // Every share in the headline is in the key-figures table or the main table.
      const tables = [...shadow(el).querySelectorAll('table')].map((t) => said(t)).join(' ');
      const figures = said(shadow(el).querySelector('table[part~="key-figures"]'));
      expect(figures).to.contain(String(Math.round(reliable * 100)));
      expect(figures).to.contain(String(Math.round(reached * 100)));
      for (const c of top) expect(tables).to.contain(String(Math.round(c.shareImproved! * 100)));
      await expect(el).to.be.accessible();
    });

    it('takes the needs analysis a report carries (one pass over the data) when none is given beside it', async () => {
      const oneReport = cohortReport(livsomraden, bigCohort, { needs: true });
      const carried = await mount<StegCohortSummary>(html`<steg-cohort-summary
        lang="sv"
        .report=${oneReport}
        .instrument=${livsomraden}
      ></steg-cohort-summary>`);
      const separate = await withNeeds(big, bigNeeds);
      const text = (el: StegCohortSummary) => said(shadow(el).querySelector('.headline'));
      expect(text(carried)).to.contain('av deltagarna med mål nådde minst ett av sina mål');
      expect(text(carried)).to.equal(text(separate));
      const tables = (el: StegCohortSummary) => [...shadow(el).querySelectorAll('table')].map((t) => said(t));
      expect(tables(carried)).to.deep.equal(tables(separate));
      await expect(carried).to.be.accessible();
    });

    it('writes the headline in English, with people counted as people', async () => {
      const el = await withNeeds(big, bigNeeds, 'en');
      const text = said(shadow(el).querySelector('.headline p'));
      expect(text).to.match(/^[\d,]+ participants started\. [\d,]+ of them have both a first rating and a follow-up\./);
      expect(said(shadow(el).querySelector('.headline'))).to.contain(
        'of the participants with goals reached at least one of them',
      );
    });

    it('never states a withheld figure in the headline', async () => {
      const tiny = generateSampleCohort({ seed: 5, participants: 14 });
      const report = cohortReport(livsomraden, tiny, { minCell: 10 });
      const needs = needsReport(livsomraden, tiny, { minCell: 10 });
      const el = await withNeeds(report, needs);
      const text = said(shadow(el).querySelector('.headline'));
      const all = report.roles[0]!.all;
      if (all.nStarted !== null) expect(text.replace(/\s/g, '')).to.contain(`${all.nStarted}deltagare`);
      if (needs.participants.reachedAnyGoal.count === null) expect(text).to.not.contain('nådde minst ett');
      const shown = all.areas.filter(
        (c) => c.shareImproved !== null && !c.withheld.some((w) => w.part !== 'goals' && w.part !== 'cards'),
      );
      if (shown.length === 0) expect(text).to.not.contain('Störst andel');
    });

    it('reads the story the right way round on a lower-is-better instrument', async () => {
      const parsed = parseInstrument(problemInstrument());
      if (!parsed.ok) throw new Error('invalid');
      const cohort = generateSampleCohort({ seed: 5, participants: 400, instrument: parsed.value });
      const report = cohortReport(parsed.value, cohort);
      const el = await withNeeds(report, needsReport(parsed.value, cohort), 'sv', parsed.value);
      const head = said(shadow(el).querySelector('.chart-head'));
      expect(head).to.contain('steg på skalan 0–4, lägre är bättre');
      for (const c of report.roles[0]!.all.areas) expect(c.shareImproved!).to.be.above(c.shareWorsened!);
      await expect(el).to.be.accessible();
    });

    it('labels the mean change scale and says what n counts, and why All areas has fewer', async () => {
      const el = await summary(big);
      const head = said(shadow(el).querySelector('.chart-head'));
      expect(head).to.contain('steg på skalan 1–10');
      expect(head).to.contain('n = personer med start och uppföljning');
      expect(head).to.contain('Nådda mål (andel av satta mål)');
      const overall = big.roles[0]!.all.overall!;
      expect(said(shadow(el).querySelector('.overall-note')).replace(/\s/g, '')).to.contain(
        `barade${overall.nPaired}som`,
      );
    });

    it('names units from .units, or numbers them, and never shows a unit id', async () => {
      const el = await summary(big, { breakdown: 'unit' });
      expect(said(shadow(el).querySelector('.counts'))).to.not.contain('enhet-');
      expect(said(shadow(el).querySelector('.counts'))).to.contain('Enhet 1');
      el.units = { 'enhet-norr': 'Norra teamet', 'enhet-soder': { sv: 'Södra teamet', en: 'South team' } };
      await el.updateComplete;
      const counts = said(shadow(el).querySelector('.counts'));
      expect(counts).to.contain('Norra teamet');
      expect(counts).to.contain('Södra teamet');
      expect(el.getCsv()).to.not.contain('enhet-');
    });

    it('never breaks a number or a word in the table', async () => {
      const wrapper = await mount<HTMLDivElement>(
        html`<div style="inline-size: 1000px"><steg-cohort-summary .report=${big} .instrument=${livsomraden} table-open></steg-cohort-summary></div>`,
      );
      const el = wrapper.firstElementChild as StegCohortSummary;
      await el.updateComplete;
      for (const td of shadow(el).querySelectorAll<HTMLElement>('table.figures td.num')) {
        const style = getComputedStyle(td);
        expect(style.whiteSpace, td.textContent!).to.equal('nowrap');
      }
      for (const th of shadow(el).querySelectorAll<HTMLElement>('table.figures th')) {
        expect(getComputedStyle(th).overflowWrap).to.equal('normal');
        // One line per word at most: no word is split over two lines.
        const range = document.createRange();
        range.selectNodeContents(th);
        const words = (th.textContent ?? '').trim().split(/\s+/).length;
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        expect(lines, th.textContent!).to.be.at.most(words);
      }
    });

    it('compares interventions and combinations, sorted by share reliably improved, with the caution', async () => {
      const el = await summary(big);
      const section = shadow(el).querySelector('.compare')!;
      expect(said(section.querySelector('.caution'))).to.contain('jämför grupper av deltagare, inte orsaker');
      const rows = [...section.querySelectorAll('tbody tr')];
      expect(rows.length).to.be.above(5);
      const shares = rows
        .map((r) => said(r.children[2]!))
        .filter((t) => t !== '–')
        .map((t) => parseInt(t, 10));
      expect(shares).to.deep.equal([...shares].sort((a, b) => b - a));
      expect(rows.some((r) => said(r.querySelector('th')) === 'Arbetsinriktat och hälsa/socialt samtidigt')).to.equal(
        true,
      );
    });

    it('shows the need per area, by provider, and makes an unmet need stand out in words', async () => {
      const cohort = generateSampleCohort({ seed: 8, participants: 300 });
      const interventions = cohort.interventions
        .map((iv) => ({ ...iv, targetAreaIds: iv.targetAreaIds.filter((id) => id !== 'housing') }))
        .filter((iv) => iv.targetAreaIds.length > 0);
      const data = { ...cohort, interventions };
      const needs = needsReport(livsomraden, data);
      const el = await withNeeds(cohortReport(livsomraden, data), needs);
      const section = shadow(el).querySelector('.needs')!;
      const head = said(section.querySelector('thead'));
      for (const p of ['Kommunen', 'Försäkringskassan', 'Arbetsförmedlingen', 'Regionen (vården)'])
        expect(head).to.contain(p);
      const housing = section.querySelector('tr[data-area-id="housing"]')!;
      expect(housing.classList.contains('unmet')).to.equal(true);
      expect(said(housing.querySelector('th'))).to.contain('Behov utan insats');
      expect(said(housing.children[1]!).replace(/\s/g, '')).to.equal(
        String(needs.areas.find((a) => a.areaId === 'housing')!.need.count),
      );
      await expect(el).to.be.accessible();
    });

    it('refuses a needs property that is not a needs report', async () => {
      const el = await withNeeds(big, { areas: 'no' });
      expect(shadow(el).querySelector('[role="alert"]')).to.not.equal(null);
    });

    it('opens the table for printing and closes it again afterwards', async () => {
      const el = await summary(big);
      const details = shadow(el).querySelector('details')!;
      expect(details.open).to.equal(false);
      window.dispatchEvent(new Event('beforeprint'));
      expect(details.open).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(details.open).to.equal(false);
      expect(said(shadow(el).querySelector('.print-header'))).to.contain('färre än 5 personer');
      expect(said(shadow(el).querySelector('.print-header'))).to.contain('Livsområden 1.0.0');
    });
  });
});
