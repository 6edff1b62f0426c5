/** In Node, `@open-wc/testing` is only its chai `expect` (the SDK tests use nothing else of it). */
export { expect } from 'chai';
