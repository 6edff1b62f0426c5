import type { SuppressionReason } from './cohort-report-types.js';

/** Default smallest number of participants a published figure may be computed from. */
export const DEFAULT_MIN_CELL = 5;

/**
 * Decides which groups of one partition hide one kind of count. The groups together make up
 * the parent (everyone), so publishing all but one would let a reader recover the hidden one
 * by subtraction. Rules:
 * 1. primary: a group with 1 … minCell − 1 people is hidden (`belowMinCell`); zero reveals no one;
 * 2. complementary: while the hidden groups (with people in them) are a single group, or
 *    together fewer than minCell people, the smallest visible non-empty group is hidden too.
 *    Then parent − visible groups only reveals a combination of at least minCell people.
 * `hidden` holds decisions already made (for example inherited from the group as a whole) and
 * is updated in place. When the parent itself is hidden every small group is hidden anyway.
 */
export function suppressPartition(
  parent: number,
  counts: readonly number[],
  hidden: (SuppressionReason | null)[],
  minCell: number,
  complementary: boolean,
): void {
  for (let g = 0; g < counts.length; g++) {
    const c = counts[g]!;
    if (hidden[g] === null && c > 0 && c < minCell) hidden[g] = 'belowMinCell';
  }
  if (!complementary || parent < minCell) return;
  for (;;) {
    let members = 0;
    let people = 0;
    for (let g = 0; g < counts.length; g++) {
      if (hidden[g] !== null && counts[g]! > 0) {
        members += 1;
        people += counts[g]!;
      }
    }
    if (members === 0 || (members >= 2 && people >= minCell)) return;
    let pick = -1;
    for (let g = 0; g < counts.length; g++) {
      if (hidden[g] === null && counts[g]! > 0 && (pick < 0 || counts[g]! < counts[pick]!)) pick = g;
    }
    if (pick < 0) return;
    hidden[pick] = 'complementary';
  }
}

/** The rule in plain words, for the page that shows a report. */
export function disclosureRule(minCell: number, complementary: boolean): { sv: string; en: string } {
  const extraSv = complementary
    ? ' Ibland döljs också en större grupp, så att en dold uppgift inte kan räknas fram ur de andra.'
    : '';
  const extraEn = complementary
    ? ' Sometimes a larger group is hidden too, so that a hidden figure cannot be worked out from the others.'
    : '';
  return {
    sv: `Uppgifter som bygger på färre än ${minCell} personer visas inte.${extraSv}`,
    en: `Figures based on fewer than ${minCell} people are not shown.${extraEn}`,
  };
}
