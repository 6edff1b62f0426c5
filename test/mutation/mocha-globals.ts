/**
 * Runs the SDK's mocha-style tests (written for @web/test-runner) under Vitest in Node, for mutation
 * testing only: `describe`/`it`/`before`/`afterEach` become Vitest's, and a test's `this` gets the
 * two mocha calls the SDK tests use (`this.timeout`, which Vitest's own timeout replaces, and
 * `this.skip`).
 */
import { afterEach as vAfterEach, beforeAll, describe as vDescribe, it as vIt } from 'vitest';

type MochaThis = { timeout(ms: number): void; skip(): never };
type TestFn = (this: MochaThis) => unknown;

function mochaIt(name: string, fn?: TestFn) {
  if (!fn) return vIt.todo(name);
  return vIt(name, (ctx) =>
    fn.call({
      timeout() {},
      skip() {
        ctx.skip();
        throw new Error('unreachable: skipped');
      },
    }),
  );
}
mochaIt.skip = (name: string) => vIt.skip(name, () => {});
mochaIt.only = (name: string, fn: TestFn) =>
  vIt.only(name, () =>
    fn.call({
      timeout() {},
      skip: () => {
        throw new Error('skip in only');
      },
    }),
  );

const g = globalThis as Record<string, unknown>;
g.it = mochaIt;
g.describe = vDescribe;
g.before = beforeAll;
g.afterEach = vAfterEach;
