import { useMemo, useState } from 'react';
import { StegProgressionCard, StegRadar, StegRatingForm } from 'stegvis/react';
import { generateSampleCohort, livsomraden, sampleParticipant, type Assessment } from 'stegvis/sdk';

/**
 * A case manager's view of one participant: the participant fills in the self-rating, and the
 * radar and the progression card follow every assessment the app receives. Data comes from the
 * SDK's built-in instrument and sample cohort, so the example runs without a backend.
 */
export function App() {
  const cohort = useMemo(() => generateSampleCohort({ seed: 7, participants: 30 }), []);
  const subjectId = useMemo(() => sampleParticipant(cohort, 'improved') ?? cohort.participants[0]!.subjectId, [cohort]);
  const [assessments, setAssessments] = useState<Assessment[]>(() =>
    cohort.assessments.filter((a) => a.subjectId === subjectId),
  );
  const [status, setStatus] = useState('');

  return (
    <main>
      <h1>Självskattning för {subjectId}</h1>
      <StegRatingForm
        instrument={livsomraden}
        respondentRole="participant"
        subjectId={subjectId}
        occasion="followUp"
        layout="all"
        onStegSubmit={(event) => {
          const { assessment } = event.detail;
          setAssessments((list) => [...list, assessment]);
          setStatus(`Tack! ${assessment.answers.length} svar skickades.`);
        }}
      />
      <p role="status" id="status">
        {status}
      </p>
      <h2>Översikt</h2>
      <StegRadar instrument={livsomraden} assessments={assessments} respondentRole="participant" />
      <StegProgressionCard
        instrument={livsomraden}
        assessments={assessments}
        goals={cohort.goals.filter((g) => g.subjectId === subjectId)}
        cards={cohort.cards.filter((c) => c.subjectId === subjectId)}
        onStegCardActivate={(event) => setStatus(`Kortet: ${event.detail.card.text}`)}
      />
      <p id="count">{assessments.length} skattningar</p>
    </main>
  );
}
