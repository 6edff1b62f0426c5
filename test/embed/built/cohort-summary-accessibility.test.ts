// The main suite of <steg-cohort-summary> (every state it renders, each checked with axe through
// `expect(el).to.be.accessible()`), run a second time on the built package (dist/): see
// test/tools/built-package-plugin.mjs.
import '../../components/cohort-summary/cohort-summary.test.js';
import { expectOnlyDistLoaded } from './only-dist.js';

expectOnlyDistLoaded();
