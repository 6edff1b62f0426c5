import type { Instrument, RatingScale } from '../model/index.js';
import { livsomraden } from '../instruments/livsomraden.js';

const severity: { sv: string; en: string }[] = [
  { sv: 'Inga problem', en: 'No problems' },
  { sv: 'Små problem', en: 'Small problems' },
  { sv: 'Ganska stora problem', en: 'Fairly big problems' },
  { sv: 'Stora problem', en: 'Big problems' },
  { sv: 'Mycket stora problem', en: 'Very big problems' },
];

/**
 * A lower-is-better instrument for stories, tests and demos: the eight areas of `livsomraden`
 * rated on a 0–4 scale of how big a problem the area is right now (0 = no problems), in the style
 * of severity ratings such as the ASI's. A participant who gets better moves *down* this scale, so
 * it shows whether a view reads change and goals in the scale's direction. Not a built-in
 * instrument (it is not exported from the SDK); the wording is our own.
 */
export function problemInstrument(): Instrument {
  const scale: RatingScale = {
    id: 'problem5',
    min: 0,
    max: 4,
    direction: 'lowerIsBetter',
    steps: severity.map((label, value) => ({ value, code: `problem${value}`, label })),
    missingCodes: [
      { code: 'unknown', label: { sv: 'Vet inte', en: "Don't know" } },
      { code: 'declined', label: { sv: 'Vill inte svara', en: 'Prefer not to say' } },
    ],
  };
  return {
    id: 'stegvis-exempel:problem',
    version: '1.0.0',
    title: { sv: 'Hur stora problem (exempel)', en: 'How big a problem (example)' },
    licence: { derivativesAllowed: true },
    scales: { problem5: scale },
    areas: livsomraden.areas.map((area) => ({
      id: area.id,
      label: area.label,
      ...(area.shortLabel ? { shortLabel: area.shortLabel } : {}),
      items: area.items.map((item) => ({
        linkId: item.linkId,
        text: item.roles?.includes('caseManager')
          ? {
              sv: `Hur stora problem har deltagaren just nu med: ${area.label.sv.toLowerCase()}?`,
              en: `How big a problem is this for the participant right now: ${area.label.en.toLowerCase()}?`,
            }
          : {
              sv: `Hur stora problem har jag just nu med: ${area.label.sv.toLowerCase()}?`,
              en: `How big a problem is this for me right now: ${area.label.en.toLowerCase()}?`,
            },
        scaleId: 'problem5',
        required: true,
        ...(item.roles ? { roles: [...item.roles] } : {}),
      })),
      scoring: {
        method: 'single' as const,
        reliability: { value: 0.7, kind: 'assumed' as const },
        referenceSd: 1,
      },
    })),
    respondentRoles: [...livsomraden.respondentRoles],
  };
}
