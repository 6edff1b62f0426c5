import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/components/cohort-summary/define.js';
import { cohortReport, generateSampleCohort, livsomraden, type CohortReport } from '../../../src/sdk/index.js';
import { injectionStrings, mutate, mutationOf } from '../../sdk/hostile/hostile-values.js';
import { failOnLitWarnings } from '../../helpers/lit-warnings.js';
import { attributeCases, instrumentCases, wrongKindCases } from './cases.js';
import { expectRecovers, runHostileCase, type HostileCase } from './harness.js';

const tag = 'steg-cohort-summary';
const cohort = generateSampleCohort({ seed: 3, participants: 40 });
const report = cohortReport(livsomraden, cohort);
const base = () => ({ report: structuredClone(report), instrument: livsomraden });

function reportWith(change: (r: CohortReport & Record<string, unknown>) => void): CohortReport {
  const copy = structuredClone(report) as CohortReport & Record<string, unknown>;
  change(copy);
  return copy;
}

function cases(): HostileCase[] {
  const rejects = { rejects: 'report' } as const;
  const firstCell = (r: CohortReport) => r.roles[0]!.all.areas[0]!;
  const broken: [string, CohortReport][] = [
    ['no roles', reportWith((r) => delete (r as Record<string, unknown>).roles)],
    ['roles is a string', reportWith((r) => ((r as Record<string, unknown>).roles = 'participant'))],
    ['a role "admin"', reportWith((r) => ((r.roles[0] as { role: string }).role = 'admin'))],
    ['meanChange NaN', reportWith((r) => (firstCell(r).meanChange = Number.NaN))],
    ['nPaired Infinity', reportWith((r) => (firstCell(r).nPaired = Number.POSITIVE_INFINITY))],
    [
      'shareImproved "50%"',
      reportWith((r) => ((firstCell(r) as unknown as Record<string, unknown>).shareImproved = '50%')),
    ],
    ['ci95 with one bound', reportWith((r) => ((firstCell(r) as unknown as Record<string, unknown>).ci95 = [1]))],
    ['a cell that is null', reportWith((r) => ((r.roles[0]!.all.areas as unknown[])[0] = null))],
    ['suppressed "no"', reportWith((r) => ((firstCell(r) as unknown as Record<string, unknown>).suppressed = 'no'))],
    ['areas is an object', reportWith((r) => ((r.roles[0]!.all as unknown as Record<string, unknown>).areas = {}))],
  ];
  const nasty: [string, CohortReport][] = [
    [
      'a breakdown label with markup',
      reportWith((r) =>
        r.roles[0]!.breakdowns.forEach((b) => (b.label = { sv: injectionStrings[1]!, en: injectionStrings[1]! })),
      ),
    ],
    [
      'a group label with bidi overrides',
      reportWith((r) =>
        r.roles[0]!.breakdowns[0]?.groups.forEach((g) => (g.label = { sv: '\u202Egnalb\u202C', en: 'x' })),
      ),
    ],
    [
      'a group key of 10,000 characters',
      reportWith((r) => r.roles[0]!.breakdowns[0]?.groups.forEach((g, i) => (g.key = `${i}${'k'.repeat(10_000)}`))),
    ],
    [
      'a disclosure rule with markup',
      reportWith((r) => (r.disclosure.rule = { sv: injectionStrings[0]!, en: injectionStrings[0]! })),
    ],
    [
      '1,000 breakdowns',
      reportWith(
        (r) =>
          (r.roles[0]!.breakdowns = Array.from({ length: 1000 }, (_, i) => ({
            ...r.roles[0]!.breakdowns[0]!,
            id: `b${i}`,
          }))),
      ),
    ],
  ];
  // Reports broken in one random place each (fixed seed, so the list is the same every run).
  const mutated = fc.sample(mutationOf(report), { numRuns: 25, seed: 7 }).map((mutation, i) => ({
    name: `report broken at ${JSON.stringify(mutation.path).slice(0, 80)} (${mutation.kind}, #${i})`,
    props: { report: mutate(report, mutation) },
    outcome: { safe: true } as const,
  }));
  return [
    ...wrongKindCases('report'),
    ...broken.map(([name, value]) => ({ name: `report: ${name}`, props: { report: value }, outcome: rejects })),
    ...nasty.map(([name, value]) => ({
      name: `report: ${name}`,
      props: { report: value },
      outcome: { safe: true } as const,
    })),
    ...mutated,
    ...instrumentCases().filter((c) => 'rejects' in c.outcome),
    { name: 'breakdown="<img onerror>"', attrs: { breakdown: injectionStrings[1]! }, outcome: { safe: true } },
    { name: 'breakdown of 10,000 characters', attrs: { breakdown: 'b'.repeat(10_000) }, outcome: { safe: true } },
    {
      name: 'respondent-role="<script>"',
      attrs: { 'respondent-role': '<script>alert(1)</script>' },
      outcome: { safe: true },
    },
    {
      name: 'file-name="../../etc/passwd<script>"',
      attrs: { 'file-name': '../../etc/passwd<script>' },
      outcome: { safe: true },
    },
    ...attributeCases(),
  ];
}

describe('<steg-cohort-summary> under hostile input', () => {
  failOnLitWarnings();
  const all = cases();
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    container.lang = 'en';
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it(`has at least 50 hostile cases (${all.length})`, () => {
    expect(all.length).to.be.at.least(50);
  });

  for (const c of all) {
    it(c.name, async () => {
      await runHostileCase(tag, base(), c, container);
    });
  }

  it('keeps working after every hostile input in turn, on one element', async function () {
    // Hundreds of renders, some of 200 areas, on a machine the other test files share.
    this.timeout(60_000);
    const el = await runHostileCase(tag, base(), { name: 'start', outcome: { renders: true } }, container);
    for (const c of all) {
      try {
        Object.assign(el, c.props ?? {});
      } catch {
        // A setter that throws is reported by the case's own test; here only the recovery counts.
      }
      for (const [name, value] of Object.entries(c.attrs ?? {})) el.setAttribute(name, value);
      try {
        await el.updateComplete;
      } catch {
        // Reported by the case's own test; here only the recovery counts.
      }
    }
    await expectRecovers(el, base(), tag, all);
  });
});
