/**
 * Registers every stegvis element under its `steg-*` name. Safe to import more than once and
 * next to the per-element define modules: each checks `customElements.get` first.
 */
// Elements (each line added with its component):
import './components/rating-form/define.js';
import './components/radar/define.js';
import './components/progression-card/define.js';
import './components/cohort-summary/define.js';
export {};
