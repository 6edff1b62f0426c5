// The main suite of <steg-progression-card> (every state it renders, each checked with axe through
// `expect(el).to.be.accessible()`), run a second time on the built package (dist/): see
// test/tools/built-package-plugin.mjs.
import '../../components/progression-card/progression-card.test.js';
import { expectOnlyDistLoaded } from './only-dist.js';

expectOnlyDistLoaded();
