// The page's own script. The loader registers <steg-radar> because the page has one; the
// progression card's code is fetched only when the button adds a card to the page.
import { generateSampleCohort, livsomraden, sampleParticipant } from '../../dist/cdn/sdk.js';

const cohort = generateSampleCohort({ seed: 11, participants: 40 });
const subjectId = sampleParticipant(cohort, 'improved') ?? cohort.participants[0].subjectId;
const ofSubject = (list) => list.filter((entry) => entry.subjectId === subjectId);

const radar = document.getElementById('radar');
radar.instrument = livsomraden;
radar.assessments = ofSubject(cohort.assessments);
radar.goals = ofSubject(cohort.goals);

document.getElementById('show-card').addEventListener('click', () => {
  const card = document.createElement('steg-progression-card');
  card.id = 'card';
  card.subjectId = subjectId;
  card.instrument = livsomraden;
  card.assessments = ofSubject(cohort.assessments);
  card.goals = ofSubject(cohort.goals);
  card.cards = ofSubject(cohort.cards);
  card.interventions = cohort.interventions;
  card.episodes = ofSubject(cohort.episodes);
  document.getElementById('card-slot').append(card);
});
