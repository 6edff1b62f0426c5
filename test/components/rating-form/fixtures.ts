import type { Assessment, Instrument } from '../../../src/sdk/index.js';

/** A small instrument with every feature the form handles: stages, descriptions, missing codes, roles, optional and multi-item areas. */
export const miniInstrument: Instrument = {
  id: 'test:mini',
  version: '1.0.0',
  title: { sv: 'Litet test', en: 'Small test' },
  licence: { derivativesAllowed: true },
  respondentRoles: ['participant', 'caseManager'],
  scales: {
    five: {
      id: 'five',
      min: 1,
      max: 5,
      direction: 'higherIsBetter',
      steps: [
        {
          value: 1,
          code: 's1',
          label: { sv: 'Mycket svårt', en: 'Very hard' },
          description: { sv: 'Det går inte alls.', en: 'It does not work at all.' },
        },
        {
          value: 2,
          code: 's2',
          label: { sv: 'Svårt', en: 'Hard' },
          description: { sv: 'Det går sällan.', en: 'It rarely works.' },
        },
        {
          value: 3,
          code: 's3',
          label: { sv: 'Ibland', en: 'Sometimes' },
          description: { sv: 'Det går ibland.', en: 'It works sometimes.' },
        },
        {
          value: 4,
          code: 's4',
          label: { sv: 'Oftast', en: 'Mostly' },
          description: { sv: 'Det går oftast bra.', en: 'It mostly works.' },
        },
        {
          value: 5,
          code: 's5',
          label: { sv: 'Alltid', en: 'Always' },
          description: { sv: 'Det går alltid bra.', en: 'It always works.' },
        },
      ],
      stages: [
        { id: 'stuck', from: 1, to: 2, label: { sv: 'Fast', en: 'Stuck' } },
        { id: 'moving', from: 3, to: 5, label: { sv: 'På väg', en: 'Moving' } },
      ],
      missingCodes: [
        { code: 'unknown', label: { sv: 'Vet inte', en: "Don't know" } },
        { code: 'declined', label: { sv: 'Vill inte svara', en: 'Prefer not to say' } },
      ],
    },
  },
  areas: [
    {
      id: 'housing',
      label: { sv: 'Boende', en: 'Housing' },
      items: [
        {
          linkId: 'housing',
          text: { sv: 'Hur fungerar mitt boende?', en: 'How is my home?' },
          help: { sv: 'Till exempel trygghet.', en: 'For example safety.' },
          scaleId: 'five',
          required: true,
        },
      ],
      scoring: { method: 'single' },
    },
    {
      id: 'money',
      label: { sv: 'Ekonomi', en: 'Money' },
      items: [
        { linkId: 'money', text: { sv: 'Hur klarar jag min ekonomi?', en: 'How do I manage money?' }, scaleId: 'five' },
      ],
      scoring: { method: 'single' },
    },
    {
      id: 'health',
      label: { sv: 'Hälsa', en: 'Health' },
      items: [
        {
          linkId: 'health.body',
          text: { sv: 'Hur mår min kropp?', en: 'How is my body?' },
          scaleId: 'five',
          required: true,
        },
        {
          linkId: 'health.mind',
          text: { sv: 'Hur mår jag inuti?', en: 'How do I feel inside?' },
          scaleId: 'five',
          roles: ['participant'],
        },
        {
          linkId: 'health.cm',
          text: { sv: 'Hur mår deltagaren?', en: 'How is the participant?' },
          scaleId: 'five',
          roles: ['caseManager'],
          required: true,
        },
      ],
      scoring: { method: 'mean' },
    },
  ],
};

/**
 * Version 2 of the same instrument: `money` is gone, `health.body` moved to a 0–2 scale without
 * missing codes, and a new area `work` was added. `housing` and `health.mind` are unchanged.
 */
export const miniInstrumentV2: Instrument = {
  ...miniInstrument,
  version: '2.0.0',
  scales: {
    five: miniInstrument.scales.five!,
    three: {
      id: 'three',
      min: 0,
      max: 2,
      direction: 'higherIsBetter',
      steps: [
        { value: 0, code: 'no', label: { sv: 'Nej', en: 'No' } },
        { value: 1, code: 'some', label: { sv: 'Delvis', en: 'Partly' } },
        { value: 2, code: 'yes', label: { sv: 'Ja', en: 'Yes' } },
      ],
    },
  },
  areas: [
    miniInstrument.areas[0]!,
    {
      id: 'health',
      label: { sv: 'Hälsa', en: 'Health' },
      items: [
        { linkId: 'health.body', text: { sv: 'Rör jag mig varje dag?', en: 'Do I move every day?' }, scaleId: 'three' },
        { linkId: 'health.mind', text: { sv: 'Hur mår jag inuti?', en: 'How do I feel inside?' }, scaleId: 'three' },
      ],
      scoring: { method: 'mean' },
    },
    {
      id: 'work',
      label: { sv: 'Arbete', en: 'Work' },
      items: [{ linkId: 'work', text: { sv: 'Hur går det med arbete?', en: 'How is work?' }, scaleId: 'five' }],
      scoring: { method: 'single' },
    },
  ],
};

/** An earlier assessment of the mini instrument. */
export const previousAssessment: Assessment = {
  id: 'prev-1',
  instrument: { id: 'test:mini', version: '1.0.0' },
  subjectId: 'p-1',
  role: 'participant',
  occasion: 'baseline',
  authored: '2026-01-10T10:00:00Z',
  status: 'completed',
  answers: [
    { linkId: 'housing', value: 4 },
    { linkId: 'money', value: null, missing: 'unknown' },
  ],
};
