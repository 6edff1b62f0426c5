import type { Instrument, LifeArea, RatingScale } from '../model/index.js';
import { deepFreeze } from './deep-freeze.js';

// All wording here is our own, written for people who are tired, stressed, have reading
// difficulties or Swedish as a second language: short sentences, everyday words, "jag"-form.
// The shape (areas × a 1–10 ladder × five stages) is a common design pattern; no text is taken
// from Outcomes Star, the NNS indicators or BIP material.

const ladder10: RatingScale = {
  id: 'ladder10',
  min: 1,
  max: 10,
  direction: 'higherIsBetter',
  steps: [
    {
      value: 1,
      code: 'step1',
      label: { sv: 'Mycket svårt', en: 'Very hard' },
      description: {
        sv: 'Det är mycket svårt just nu. Jag orkar inte ta tag i det.',
        en: 'It is very hard right now. I cannot deal with it.',
      },
      byRole: {
        caseManager: {
          label: { sv: 'Mycket svårt', en: 'Very hard' },
          description: {
            sv: 'Det är mycket svårt just nu. Deltagaren orkar inte ta tag i det.',
            en: 'It is very hard right now. The participant cannot deal with it.',
          },
        },
      },
    },
    {
      value: 2,
      code: 'step2',
      label: { sv: 'Svårt', en: 'Hard' },
      description: {
        sv: 'Det är svårt. Jag märker att jag behöver hjälp.',
        en: 'It is hard. I notice that I need help.',
      },
      byRole: {
        caseManager: {
          label: { sv: 'Svårt', en: 'Hard' },
          description: {
            sv: 'Det är svårt. Deltagaren behöver hjälp.',
            en: 'It is hard. The participant needs help.',
          },
        },
      },
    },
    {
      value: 3,
      code: 'step3',
      label: { sv: 'Jag vill ha hjälp', en: 'I want help' },
      description: {
        sv: 'Jag vill att något ska bli bättre. Jag tar emot hjälp.',
        en: 'I want something to get better. I accept help.',
      },
      byRole: {
        caseManager: {
          label: { sv: 'Vill ha hjälp', en: 'Wants help' },
          description: {
            sv: 'Deltagaren vill att något ska bli bättre och tar emot hjälp.',
            en: 'The participant wants something to get better and accepts help.',
          },
        },
      },
    },
    {
      value: 4,
      code: 'step4',
      label: { sv: 'Jag får hjälp', en: 'I get help' },
      description: {
        sv: 'Jag får hjälp. Tillsammans med någon tar jag små steg.',
        en: 'I get help. Together with someone, I take small steps.',
      },
      byRole: {
        caseManager: {
          label: { sv: 'Får hjälp', en: 'Gets help' },
          description: {
            sv: 'Deltagaren får hjälp och tar små steg tillsammans med någon.',
            en: 'The participant gets help and takes small steps together with someone.',
          },
        },
      },
    },
    {
      value: 5,
      code: 'step5',
      label: { sv: 'Jag provar', en: 'I try' },
      description: {
        sv: 'Jag provar själv ibland. Det går inte alltid.',
        en: 'Sometimes I try on my own. It does not always work.',
      },
      byRole: {
        caseManager: {
          label: { sv: 'Provar', en: 'Tries' },
          description: {
            sv: 'Deltagaren provar själv ibland. Det går inte alltid.',
            en: 'Sometimes the participant tries on their own. It does not always work.',
          },
        },
      },
    },
    {
      value: 6,
      code: 'step6',
      label: { sv: 'Jag provar ofta', en: 'I try often' },
      description: {
        sv: 'Jag provar ofta själv. Det går lite bättre för varje gång.',
        en: 'I often try on my own. It goes a little better each time.',
      },
      byRole: {
        caseManager: {
          label: { sv: 'Provar ofta', en: 'Tries often' },
          description: {
            sv: 'Deltagaren provar ofta själv. Det går lite bättre för varje gång.',
            en: 'The participant often tries on their own. It goes a little better each time.',
          },
        },
      },
    },
    {
      value: 7,
      code: 'step7',
      label: { sv: 'Det går oftast', en: 'It mostly works' },
      description: {
        sv: 'Jag klarar det mesta. Ibland behöver jag fortfarande stöd.',
        en: 'I manage most of it. Sometimes I still need support.',
      },
      byRole: {
        caseManager: {
          label: { sv: 'Det går oftast', en: 'It mostly works' },
          description: {
            sv: 'Deltagaren klarar det mesta men behöver ibland fortfarande stöd.',
            en: 'The participant manages most of it but sometimes still needs support.',
          },
        },
      },
    },
    {
      value: 8,
      code: 'step8',
      label: { sv: 'Det går bra', en: 'It goes well' },
      description: {
        sv: 'Det går bra för det mesta. Jag vet vad jag kan göra när det blir svårt.',
        en: 'It goes well most of the time. I know what I can do when it gets hard.',
      },
      byRole: {
        caseManager: {
          label: { sv: 'Det går bra', en: 'It goes well' },
          description: {
            sv: 'Det går bra för det mesta. Deltagaren vet vad hen kan göra när det blir svårt.',
            en: 'It goes well most of the time. The participant knows what to do when it gets hard.',
          },
        },
      },
    },
    {
      value: 9,
      code: 'step9',
      label: { sv: 'Jag klarar det', en: 'I manage' },
      description: {
        sv: 'Jag klarar det själv. Jag behöver sällan hjälp.',
        en: 'I manage on my own. I rarely need help.',
      },
      byRole: {
        caseManager: {
          label: { sv: 'Klarar det', en: 'Manages' },
          description: {
            sv: 'Deltagaren klarar det själv och behöver sällan hjälp.',
            en: 'The participant manages on their own and rarely needs help.',
          },
        },
      },
    },
    {
      value: 10,
      code: 'step10',
      label: { sv: 'Jag klarar det helt', en: 'I fully manage' },
      description: {
        sv: 'Det fungerar bra. Jag klarar det själv, också när något går fel.',
        en: 'It works well. I manage on my own, also when something goes wrong.',
      },
      byRole: {
        caseManager: {
          label: { sv: 'Klarar det helt', en: 'Fully manages' },
          description: {
            sv: 'Det fungerar bra. Deltagaren klarar det själv, också när något går fel.',
            en: 'It works well. The participant manages on their own, also when something goes wrong.',
          },
        },
      },
    },
  ],
  stages: [
    {
      id: 'hard',
      from: 1,
      to: 2,
      label: { sv: 'Det är tungt just nu', en: 'Things are heavy right now' },
      description: {
        sv: 'Det här är svårt, och det är svårt att orka.',
        en: 'This is hard, and it is hard to find the strength.',
      },
      byRole: {
        caseManager: {
          description: {
            sv: 'Det här är svårt för deltagaren, och det är svårt att orka.',
            en: 'This is hard for the participant, and it is hard to find the strength.',
          },
        },
      },
    },
    {
      id: 'support',
      from: 3,
      to: 4,
      label: { sv: 'Jag tar emot stöd', en: 'I accept support' },
      description: {
        sv: 'Jag vill förändra något och låter andra hjälpa mig.',
        en: 'I want to change something and let others help me.',
      },
      byRole: {
        caseManager: {
          label: { sv: 'Tar emot stöd', en: 'Accepts support' },
          description: {
            sv: 'Deltagaren vill förändra något och låter andra hjälpa till.',
            en: 'The participant wants to change something and lets others help.',
          },
        },
      },
    },
    {
      id: 'trying',
      from: 5,
      to: 6,
      label: { sv: 'Jag provar själv', en: 'I try on my own' },
      description: {
        sv: 'Jag gör saker själv. Ibland går det, ibland inte.',
        en: 'I do things on my own. Sometimes it works, sometimes not.',
      },
      byRole: {
        caseManager: {
          label: { sv: 'Provar själv', en: 'Tries on their own' },
          description: {
            sv: 'Deltagaren gör saker själv. Ibland går det, ibland inte.',
            en: 'The participant does things on their own. Sometimes it works, sometimes not.',
          },
        },
      },
    },
    {
      id: 'steady',
      from: 7,
      to: 8,
      label: { sv: 'Det håller', en: 'It holds' },
      description: {
        sv: 'Det fungerar för det mesta. Jag vet hur jag tar mig vidare.',
        en: 'It works most of the time. I know how to move on.',
      },
      byRole: {
        caseManager: {
          description: {
            sv: 'Det fungerar för det mesta. Deltagaren vet hur hen tar sig vidare.',
            en: 'It works most of the time. The participant knows how to move on.',
          },
        },
      },
    },
    {
      id: 'managing',
      from: 9,
      to: 10,
      label: { sv: 'Jag klarar det själv', en: 'I manage on my own' },
      description: {
        sv: 'Jag klarar det här utan hjälp.',
        en: 'I manage this without help.',
      },
      byRole: {
        caseManager: {
          label: { sv: 'Klarar det själv', en: 'Manages on their own' },
          description: {
            sv: 'Deltagaren klarar det här utan hjälp.',
            en: 'The participant manages this without help.',
          },
        },
      },
    },
  ],
  missingCodes: [
    { code: 'unknown', label: { sv: 'Vet inte', en: "Don't know" } },
    { code: 'declined', label: { sv: 'Vill inte svara', en: 'Prefer not to say' } },
  ],
};

const assumedReliability = {
  value: 0.7,
  kind: 'assumed',
  source:
    'Assumed, not measured. No reliability study of this instrument exists yet. 0.70 is a conventional ' +
    'value for single-item self-ratings, and referenceSd 2 a typical spread on a 1–10 ladder; both are ' +
    'given only so that a Reliable Change Index can be computed at all. Replace them with measured ' +
    'values (test–retest or Cronbach’s alpha, and your cohort’s baseline SD) when you have them.',
} as const;

/** What the case manager reads for each area: the same question, about the participant. */
const caseManagerText: Record<string, { sv: string; en: string }> = {
  work: {
    sv: 'Hur går det för deltagaren med arbete eller annat att göra på dagarna?',
    en: 'How is the participant doing with work or other things to do during the day?',
  },
  finances: {
    sv: 'Hur klarar deltagaren sin ekonomi?',
    en: 'How does the participant manage their money?',
  },
  housing: {
    sv: 'Hur fungerar deltagarens boende?',
    en: "How is the participant's home working out?",
  },
  physicalHealth: {
    sv: 'Hur tar deltagaren hand om sin kropp?',
    en: 'How does the participant look after their body?',
  },
  mentalWellbeing: {
    sv: 'Hur mår deltagaren psykiskt?',
    en: 'How is the participant feeling mentally?',
  },
  everydayLife: {
    sv: 'Hur klarar deltagaren sin vardag?',
    en: 'How does the participant manage everyday life?',
  },
  relationships: {
    sv: 'Hur har deltagaren det med människorna runt sig?',
    en: 'How are things between the participant and the people around them?',
  },
  education: {
    sv: 'Hur går det för deltagaren med det hen kan och vill lära sig?',
    en: 'How is the participant doing with what they know and want to learn?',
  },
};

/** The help the case manager reads: the same examples, about the participant. */
const caseManagerHelp: Record<string, { sv: string; en: string }> = {
  work: {
    sv: 'Till exempel ett jobb, en praktik eller en aktivitet som deltagaren går till.',
    en: 'For example a job, a work placement or an activity the participant goes to.',
  },
  finances: {
    sv: 'Till exempel att betala räkningar, ha pengar till mat och veta vad saker kostar.',
    en: 'For example paying bills, having money for food and knowing what things cost.',
  },
  housing: {
    sv: 'Till exempel att ha någonstans att bo, känna sig trygg där och sköta hemmet.',
    en: 'For example having somewhere to live, feeling safe there and looking after the home.',
  },
  physicalHealth: {
    sv: 'Till exempel sömn, mat, rörelse och att gå till vården vid behov.',
    en: 'For example sleep, food, exercise and seeing a doctor or nurse when needed.',
  },
  mentalWellbeing: {
    sv: 'Till exempel oro, stress, nedstämdhet och hur deltagaren klarar jobbiga känslor.',
    en: 'For example worry, stress, low mood and how the participant handles difficult feelings.',
  },
  everydayLife: {
    sv: 'Till exempel att komma upp på morgonen, handla, städa och passa tider.',
    en: 'For example getting up in the morning, shopping, cleaning and being on time.',
  },
  relationships: {
    sv: 'Till exempel familj, vänner och andra som deltagaren kan prata med eller få hjälp av.',
    en: 'For example family, friends and others the participant can talk to or get help from.',
  },
  education: {
    sv: 'Till exempel skola, kurser, svenska språket, att läsa och skriva eller att använda en dator.',
    en: 'For example school, courses, the Swedish language, reading and writing, or using a computer.',
  },
};

/**
 * What a joint rating reads: the case manager and the participant talk it through together, so
 * the question speaks to the participant ("du") and asks for a step both can stand behind.
 */
const jointText: Record<string, { sv: string; en: string }> = {
  work: {
    sv: 'Hur går det för dig med arbete eller annat att göra på dagarna?',
    en: 'How are you doing with work or other things to do during the day?',
  },
  finances: { sv: 'Hur klarar du din ekonomi?', en: 'How do you manage your money?' },
  housing: { sv: 'Hur fungerar ditt boende?', en: 'How is your home working out?' },
  physicalHealth: {
    sv: 'Hur tar du hand om din kropp?',
    en: 'How do you look after your body?',
  },
  mentalWellbeing: { sv: 'Hur mår du inuti?', en: 'How do you feel inside?' },
  everydayLife: {
    sv: 'Hur klarar du din vardag?',
    en: 'How do you manage your everyday life?',
  },
  relationships: {
    sv: 'Hur har du det med människorna runt dig?',
    en: 'How are things with the people around you?',
  },
  education: {
    sv: 'Hur går det med det du kan och vill lära dig?',
    en: 'How are you doing with what you know and want to learn?',
  },
};

const jointHelp = {
  sv: 'Prata om det tillsammans. Välj det steg som ni båda tycker stämmer.',
  en: 'Talk it through together. Choose the step you both think fits.',
};

/**
 * One area on the 1–10 ladder: one item for the participant, linkId = area id, also answered in a
 * joint rating (worded to the participant, "du"), and one for the case manager, linkId =
 * `<area id>.cm`, about the participant.
 */
function area(
  id: string,
  label: { sv: string; en: string },
  shortLabel: { sv: string; en: string },
  text: { sv: string; en: string },
  help: { sv: string; en: string },
): LifeArea {
  const cmText = caseManagerText[id];
  const cmHelp = caseManagerHelp[id];
  const joint = jointText[id];
  if (!cmText || !cmHelp || !joint) throw new Error(`No case-manager or joint wording for area ${id}`);
  return {
    id,
    label,
    shortLabel,
    items: [
      {
        linkId: id,
        text,
        help,
        scaleId: 'ladder10',
        required: true,
        roles: ['participant', 'joint'],
        byRole: { joint: { text: joint, help: jointHelp } },
      },
      { linkId: `${id}.cm`, text: cmText, help: cmHelp, scaleId: 'ladder10', required: true, roles: ['caseManager'] },
    ],
    scoring: { method: 'single', reliability: { ...assumedReliability }, referenceSd: 2 },
  };
}

/**
 * **Livsområden** (`stegvis:livsomraden` 1.0.0): eight life areas a participant rates about
 * themselves on a 1–10 ladder in five stages of two steps — work and occupation, finances,
 * housing, physical health, mental well-being, everyday life and routines, relationships and
 * social network, education and skills. One item per area and role (`single` scoring).
 *
 * The participant's items (linkId = area id) are written in "jag"-form; a joint rating answers them
 * too, with the question put to the participant ("du"). The case manager rates the same areas
 * about the participant (linkId = `<area id>.cm`), and reads the help, steps and stages in the third
 * person too (`byRole.caseManager` on the scale), so that the two views can be compared. Every item offers
 * "Vet inte" (`unknown`) and "Vill inte svara" (`declined`).
 *
 * Reliability (0.70) and reference SD (2) are assumptions, marked `kind: 'assumed'`, so that a
 * Reliable Change Index can be computed; replace them when measured values exist.
 * MIT licence; derivatives allowed. All wording is original to stegvis.
 */
export const livsomraden: Instrument = deepFreeze({
  id: 'stegvis:livsomraden',
  version: '1.0.0',
  title: { sv: 'Livsområden', en: 'Life areas' },
  description: {
    sv: 'Här skattar du hur det går för dig i åtta delar av livet. Välj det steg som passar bäst just nu. Det finns inga rätt eller fel svar.',
    en: 'Here you rate how things are going for you in eight parts of life. Choose the step that fits best right now. There are no right or wrong answers.',
  },
  licence: {
    spdx: 'MIT',
    derivativesAllowed: true,
    attribution: {
      sv: 'Livsområden, stegvis. Egen text, fri att använda och ändra (MIT).',
      en: 'Life areas, stegvis. Original wording, free to use and change (MIT).',
    },
  },
  scales: { ladder10 },
  respondentRoles: ['participant', 'caseManager', 'joint'],
  areas: [
    area(
      'work',
      { sv: 'Arbete och sysselsättning', en: 'Work and occupation' },
      { sv: 'Arbete', en: 'Work' },
      {
        sv: 'Hur går det för mig med arbete eller annat att göra på dagarna?',
        en: 'How am I doing with work or other things to do during the day?',
      },
      {
        sv: 'Till exempel ett jobb, en praktik eller en aktivitet som jag går till.',
        en: 'For example a job, a work placement or an activity I go to.',
      },
    ),
    area(
      'finances',
      { sv: 'Ekonomi', en: 'Finances' },
      { sv: 'Ekonomi', en: 'Money' },
      { sv: 'Hur klarar jag min ekonomi?', en: 'How do I manage my money?' },
      {
        sv: 'Till exempel att betala räkningar, ha pengar till mat och veta vad saker kostar.',
        en: 'For example paying bills, having money for food and knowing what things cost.',
      },
    ),
    area(
      'housing',
      { sv: 'Boende', en: 'Housing' },
      { sv: 'Boende', en: 'Housing' },
      { sv: 'Hur fungerar mitt boende?', en: 'How is my home working out?' },
      {
        sv: 'Till exempel att ha någonstans att bo, känna mig trygg där och sköta hemmet.',
        en: 'For example having somewhere to live, feeling safe there and looking after my home.',
      },
    ),
    area(
      'physicalHealth',
      { sv: 'Fysisk hälsa', en: 'Physical health' },
      { sv: 'Kropp', en: 'Body' },
      { sv: 'Hur tar jag hand om min kropp?', en: 'How do I look after my body?' },
      {
        sv: 'Till exempel sömn, mat, rörelse och att gå till vården när jag behöver.',
        en: 'For example sleep, food, exercise and seeing a doctor or nurse when I need to.',
      },
    ),
    area(
      'mentalWellbeing',
      { sv: 'Psykiskt mående', en: 'Mental well-being' },
      { sv: 'Mående', en: 'Well-being' },
      { sv: 'Hur mår jag inuti?', en: 'How do I feel inside?' },
      {
        sv: 'Till exempel oro, stress, nedstämdhet och hur jag klarar jobbiga känslor.',
        en: 'For example worry, stress, low mood and how I handle difficult feelings.',
      },
    ),
    area(
      'everydayLife',
      { sv: 'Vardag och rutiner', en: 'Everyday life and routines' },
      { sv: 'Vardag', en: 'Everyday life' },
      { sv: 'Hur klarar jag min vardag?', en: 'How do I manage my everyday life?' },
      {
        sv: 'Till exempel att komma upp på morgonen, handla, städa och passa tider.',
        en: 'For example getting up in the morning, shopping, cleaning and being on time.',
      },
    ),
    area(
      'relationships',
      { sv: 'Relationer och nätverk', en: 'Relationships and social network' },
      { sv: 'Relationer', en: 'People' },
      {
        sv: 'Hur har jag det med människorna runt mig?',
        en: 'How are things with the people around me?',
      },
      {
        sv: 'Till exempel familj, vänner och andra som jag kan prata med eller få hjälp av.',
        en: 'For example family, friends and others I can talk to or get help from.',
      },
    ),
    area(
      'education',
      { sv: 'Utbildning och kunskaper', en: 'Education and skills' },
      { sv: 'Kunskaper', en: 'Skills' },
      {
        sv: 'Hur går det med det jag kan och vill lära mig?',
        en: 'How am I doing with what I know and want to learn?',
      },
      {
        sv: 'Till exempel skola, kurser, svenska språket, att läsa och skriva eller att använda en dator.',
        en: 'For example school, courses, the Swedish language, reading and writing, or using a computer.',
      },
    ),
  ],
});
