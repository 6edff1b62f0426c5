// The keyboard suite of <steg-radar>, run a second time on the built package (dist/): see
// test/tools/built-package-plugin.mjs.
import '../../components/radar/keyboard.test.js';
import { expectOnlyDistLoaded } from './only-dist.js';

expectOnlyDistLoaded();
