import { issue, type StegIssue } from '../model/issues.js';

/** What the tally (cohort-build.ts) left out or chose between, to be told in the report's warnings. */
export interface TallyCounts {
  otherInstrument: number;
  otherVersion: number;
  /** Records sharing an id with a different record (assessments, goals, cards, episodes). */
  conflicts: number;
  unknownInterventions: number;
  attributeConflicts: number;
}

/** The report's warnings about the data, in the order the report lists them. */
export function tallyWarnings(counts: TallyCounts): StegIssue[] {
  const { otherInstrument, otherVersion, conflicts, unknownInterventions, attributeConflicts } = counts;
  const out: StegIssue[] = [];
  if (otherInstrument > 0) {
    out.push(
      issue(
        ['assessments'],
        'other_instrument',
        `${otherInstrument} assessment(s) of another instrument were left out.`,
        `${otherInstrument} skattning(ar) av ett annat instrument räknades inte med.`,
      ),
    );
  }
  if (otherVersion > 0) {
    out.push(
      issue(
        ['assessments'],
        'other_version_excluded',
        `${otherVersion} assessment(s) made with another version of the instrument were left out (use mixVersions to pair them, flagged).`,
        `${otherVersion} skattning(ar) gjorda med en annan version av instrumentet räknades inte med.`,
      ),
    );
  }
  if (conflicts > 0) {
    out.push(
      issue(
        [],
        'duplicate_ids',
        `${conflicts} record(s) share an id with a different record; one of each was used.`,
        `${conflicts} post(er) delar id med en annan post; en av varje användes.`,
      ),
    );
  }
  if (unknownInterventions > 0) {
    out.push(
      issue(
        ['episodes'],
        'unknown_intervention',
        `${unknownInterventions} episode(s) name an intervention that is not in the data; they are not in the breakdowns.`,
        `${unknownInterventions} insatsperiod(er) anger en insats som saknas i underlaget; de ingår inte i uppdelningarna.`,
      ),
    );
  }
  if (attributeConflicts > 0) {
    out.push(
      issue(
        ['participants'],
        'conflicting_attributes',
        `${attributeConflicts} participant(s) are described differently in different records; the first value in alphabetical order was used.`,
        `${attributeConflicts} deltagare beskrivs olika i olika poster; det första värdet i bokstavsordning användes.`,
      ),
    );
  }
  return out;
}
