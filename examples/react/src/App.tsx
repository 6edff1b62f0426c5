import { useMemo, useState } from 'react';
import { StegRatingForm } from 'stegvis/react';
import { generateSampleCohort, livsomraden, sampleParticipant, type Assessment } from 'stegvis/sdk';

/**
 * A case manager's view of one participant: the participant fills in the self-rating, and the
 * app keeps every assessment it receives. Data comes from the SDK's built-in instrument and
 * sample cohort, so the example runs without a backend.
 */
export function App() {
  const cohort = useMemo(() => generateSampleCohort({ seed: 7, participants: 30 }), []);
  const subjectId = useMemo(() => sampleParticipant(cohort, 'improved') ?? cohort.participants[0]!.subjectId, [cohort]);
  const [assessments, setAssessments] = useState<Assessment[]>(() =>
    cohort.assessments.filter((a) => a.subjectId === subjectId && a.role === 'participant'),
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
      <p id="count">{assessments.length} skattningar</p>
    </main>
  );
}
