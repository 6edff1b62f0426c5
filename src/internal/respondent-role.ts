import type { Instrument, RespondentRole } from '../sdk/model/instrument.js';
import { issue, type StegIssue } from '../sdk/model/issues.js';

const roles: readonly RespondentRole[] = ['participant', 'caseManager', 'joint'];

/**
 * The one check of an element's `respondent-role`: a known role, and one that the instrument (when
 * there is one) is answered by. Every element reports a bad role the same way, as `unknown_role`
 * on the `respondentRole` property. The message never repeats the value given: an attribute is
 * input like any other, and messages end up in logs.
 */
export function checkRespondentRole(role: unknown, instrument?: Instrument | null): StegIssue[] {
  if (!roles.includes(role as RespondentRole)) {
    return [
      issue(
        [],
        'unknown_role',
        'Expected one of the respondent roles participant, caseManager or joint.',
        'Väntade en av rollerna participant, caseManager eller joint.',
      ),
    ];
  }
  if (instrument && !instrument.respondentRoles.includes(role as RespondentRole)) {
    const has = instrument.respondentRoles.join(', ');
    return [
      issue(
        [],
        'unknown_role',
        `The instrument is not answered by this respondent role (it has ${has}).`,
        `Instrumentet besvaras inte av den här rollen (det har ${has}).`,
      ),
    ];
  }
  return [];
}
