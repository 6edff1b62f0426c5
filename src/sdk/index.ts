/**
 * stegvis/sdk — the DOM-free scoring SDK: schemas and types, built-in instruments, sample data,
 * scoring, cohort statistics and interchange. Runs in Node and in browsers.
 * @packageDocumentation
 */
export * from './model/index.js';
export * from './instruments/index.js';
export * from './sample/index.js';
export * from './scoring/index.js';
export * from './interop/index.js';
