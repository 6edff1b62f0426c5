// The keyboard suite of <steg-rating-form>, run a second time on the built package (dist/): see
// test/tools/built-package-plugin.mjs.
import '../../components/rating-form/keyboard.test.js';
import { expectOnlyDistLoaded } from './only-dist.js';

expectOnlyDistLoaded();
