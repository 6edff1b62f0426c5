// The case system's own script for this page. Everything comes from the one stegvis bundle: the
// same module that registered the elements exports the SDK, its built-in instrument and a
// sample cohort, so the page needs no data of its own. No inline scripts or styles anywhere, so
// the page runs under a strict Content-Security-Policy.
import { cohortReport, generateSampleCohort, livsomraden, sampleParticipant } from '../../dist/cdn/stegvis.js';

const cohort = generateSampleCohort({ seed: 11, participants: 60 });
const subjectId = sampleParticipant(cohort, 'improved') ?? cohort.participants[0].subjectId;
const ofSubject = (list) => list.filter((entry) => entry.subjectId === subjectId);
let assessments = ofSubject(cohort.assessments);

/** Writes what an element reported into the line under it (as text, never as markup). */
function show(id, text) {
  document.getElementById(id).textContent = text;
}

document.getElementById('subject').textContent = subjectId;

const form = document.getElementById('form');
form.instrument = livsomraden;
form.subjectId = subjectId;
form.occasion = 'followUp';
form.previous = assessments.filter((a) => a.role === 'participant').at(-1);
form.addEventListener('steg-submit', (event) => {
  const { assessment } = event.detail;
  assessments = [...assessments, assessment];
  radar.assessments = assessments;
  card.assessments = assessments;
  show('form-log', `Skickat: ${assessment.answers.length} svar (${assessment.occasion}).`);
});

const radar = document.getElementById('radar');
radar.instrument = livsomraden;
radar.assessments = assessments;
radar.goals = ofSubject(cohort.goals);
radar.addEventListener('steg-series-toggle', (event) =>
  show('radar-log', `Serier dolda: ${event.detail.hidden.length}`),
);

const card = document.getElementById('card');
card.instrument = livsomraden;
card.assessments = assessments;
card.goals = ofSubject(cohort.goals);
card.cards = ofSubject(cohort.cards);
card.interventions = cohort.interventions;
card.episodes = ofSubject(cohort.episodes);
card.addEventListener('steg-card-activate', (event) => show('card-log', `Öppnade kortet: ${event.detail.card.text}`));
card.addEventListener('steg-area-activate', (event) => show('card-log', `Valde området: ${event.detail.areaId}`));

const summary = document.getElementById('summary');
summary.instrument = livsomraden;
summary.report = cohortReport(livsomraden, cohort);
summary.addEventListener('steg-breakdown-change', (event) =>
  show('summary-log', `Uppdelning: ${event.detail.breakdown}`),
);

for (const element of [form, radar, card, summary]) {
  element.addEventListener('steg-error', (event) => {
    show(`${element.id}-log`, `Fel i ${event.detail.property}: ${event.detail.issues.length} problem.`);
  });
}
