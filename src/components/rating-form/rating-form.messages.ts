import { defineMessages, type MessageTable } from '../../internal/i18n.js';

/** Keys of the rating form's interface strings. */
export type RatingFormMessage =
  | 'areaOf'
  | 'back'
  | 'continue'
  | 'toReview'
  | 'reviewHeading'
  | 'reviewIntro'
  | 'change'
  | 'submit'
  | 'errorSummaryTitle'
  | 'chooseAnswer'
  | 'chooseAnswerItem'
  | 'errorPrefix'
  | 'lastTime'
  | 'optional'
  | 'allOptional'
  | 'missingIntro'
  | 'commentToggle'
  | 'comment'
  | 'goal'
  | 'goalHint'
  | 'noGoal'
  | 'stepForward'
  | 'stepForwardHint'
  | 'notAnswered'
  | 'stage'
  | 'choiceHint'
  | 'droppedTitle'
  | 'droppedBody'
  | 'droppedGoal'
  | 'droppedCard'
  | 'dismiss'
  | 'submittedTitle'
  | 'submittedBody'
  | 'submitProblemTitle'
  | 'submitProblemBody'
  | 'noItems'
  | 'answerTerm'
  | 'goalTerm'
  | 'stepForwardTerm'
  | 'commentTerm'
  | 'moreErrors'
  | 'previewNote'
  | 'disabledTitle'
  | 'choiceHintCaseManager'
  | 'goalCaseManager'
  | 'goalHintCaseManager'
  | 'stepForwardCaseManager'
  | 'stepForwardHintCaseManager';

/**
 * The words that speak about the participant ("för dig"), and the keys the case manager's form
 * uses instead, so that the case manager reads about the participant in the third person.
 */
export const caseManagerVariants: Partial<Record<RatingFormMessage, RatingFormMessage>> = {
  choiceHint: 'choiceHintCaseManager',
  goal: 'goalCaseManager',
  goalHint: 'goalHintCaseManager',
  stepForward: 'stepForwardCaseManager',
  stepForwardHint: 'stepForwardHintCaseManager',
};

/**
 * The form's words, in plain Swedish and English. Short sentences, everyday words, no jargon:
 * many participants are tired or ill, or read Swedish as a second language. Error messages follow
 * the GOV.UK pattern ("Välj ett svar för Boende"): they say what to do, not what went wrong.
 */
export const ratingFormMessages: MessageTable<RatingFormMessage> = {
  sv: {
    areaOf: 'Område {n} av {total}',
    back: 'Tillbaka',
    continue: 'Fortsätt',
    toReview: 'Granska svaren',
    reviewHeading: 'Granska dina svar',
    reviewIntro: 'Kontrollera dina svar. Du kan ändra dem innan du skickar.',
    change: 'Ändra',
    submit: 'Skicka svaren',
    errorSummaryTitle: 'Det finns ett problem',
    chooseAnswer: 'Välj ett svar för {name}',
    chooseAnswerItem: 'Välj ett svar på frågan ”{name}”',
    errorPrefix: 'Fel:',
    lastTime: 'Förra gången: {answer}',
    optional: '(frivilligt)',
    allOptional: 'Alla frågor är frivilliga.',
    missingIntro: 'Eller',
    commentToggle: 'Skriv en kommentar (frivilligt)',
    comment: 'Kommentar om {area}',
    goal: 'Vilket steg vill du nå? (frivilligt)',
    goalHint: 'Ditt mål för {area}.',
    noGoal: 'Inget mål valt',
    stepForward: 'Vad skulle vara ett steg framåt för dig? (frivilligt)',
    stepForwardHint: 'Skriv med dina egna ord.',
    notAnswered: 'Inte besvarad',
    stage: 'Fas: {stage}',
    choiceHint: 'Välj det som stämmer bäst för dig just nu.',
    droppedTitle: 'Formuläret har ändrats',
    droppedBody: 'Några svar hör inte till den nya versionen. Här är de, så att du kan svara igen:',
    droppedGoal: 'Mål för {area}: {value}',
    droppedCard: 'Steg framåt för {area}: {text}',
    dismiss: 'Stäng meddelandet',
    submittedTitle: 'Tack! Dina svar är skickade.',
    submittedBody: 'Du behöver inte göra något mer.',
    submitProblemTitle: 'Svaren kunde inte skickas',
    submitProblemBody: 'Det saknas uppgifter från systemet. Dina svar finns kvar. Be personalen om hjälp.',
    noItems: 'Det finns inga frågor för den här rollen.',
    answerTerm: 'Svar',
    goalTerm: 'Mål',
    stepForwardTerm: 'Steg framåt',
    commentTerm: 'Kommentar',
    moreErrors: 'och {count} till',
    previewNote: 'Om du väljer det här:',
    disabledTitle: 'Du kan inte ändra svaren just nu.',
    choiceHintCaseManager: 'Välj det som stämmer bäst för deltagaren just nu.',
    goalCaseManager: 'Vilket steg är målet? (frivilligt)',
    goalHintCaseManager: 'Målet för {area}.',
    stepForwardCaseManager: 'Vad skulle vara ett steg framåt för deltagaren? (frivilligt)',
    stepForwardHintCaseManager: 'Skriv gärna med deltagarens egna ord.',
  },
  en: {
    areaOf: 'Area {n} of {total}',
    back: 'Back',
    continue: 'Continue',
    toReview: 'Check your answers',
    reviewHeading: 'Check your answers',
    reviewIntro: 'Check your answers. You can change them before you send them.',
    change: 'Change',
    submit: 'Send answers',
    errorSummaryTitle: 'There is a problem',
    chooseAnswer: 'Select an answer for {name}',
    chooseAnswerItem: 'Select an answer to “{name}”',
    errorPrefix: 'Error:',
    lastTime: 'Last time: {answer}',
    optional: '(optional)',
    allOptional: 'Every question is optional.',
    missingIntro: 'Or',
    commentToggle: 'Write a comment (optional)',
    comment: 'Comment on {area}',
    goal: 'Which step would you like to reach? (optional)',
    goalHint: 'Your goal for {area}.',
    noGoal: 'No goal chosen',
    stepForward: 'What would be a step forward for you? (optional)',
    stepForwardHint: 'Use your own words.',
    notAnswered: 'Not answered',
    stage: 'Stage: {stage}',
    choiceHint: 'Choose what fits you best right now.',
    droppedTitle: 'The form has changed',
    droppedBody: 'Some answers do not belong to the new version. Here they are, so that you can answer again:',
    droppedGoal: 'Goal for {area}: {value}',
    droppedCard: 'Step forward for {area}: {text}',
    dismiss: 'Close this message',
    submittedTitle: 'Thank you. Your answers have been sent.',
    submittedBody: 'You do not need to do anything more.',
    submitProblemTitle: 'The answers could not be sent',
    submitProblemBody: 'Some information from the system is missing. Your answers are kept. Ask staff for help.',
    noItems: 'There are no questions for this role.',
    answerTerm: 'Answer',
    goalTerm: 'Goal',
    stepForwardTerm: 'Step forward',
    commentTerm: 'Comment',
    moreErrors: 'and {count} more',
    previewNote: 'If you choose this:',
    disabledTitle: 'You cannot change the answers right now.',
    choiceHintCaseManager: 'Choose what fits the participant best right now.',
    goalCaseManager: 'Which step is the goal? (optional)',
    goalHintCaseManager: 'The goal for {area}.',
    stepForwardCaseManager: 'What would be a step forward for the participant? (optional)',
    stepForwardHintCaseManager: "Use the participant's own words where you can.",
  },
};

// Registered translations and page overrides find these keys under "ratingForm".
defineMessages('ratingForm', ratingFormMessages);
