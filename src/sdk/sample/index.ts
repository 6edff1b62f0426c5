export { generateSampleCohort, type SampleCohort, type SampleCohortOptions } from './generate-sample-cohort.js';
export { sampleParticipant, type SampleStory } from './sample-participant.js';
