/**
 * The browser engine a test runs in, and `itExcept`: a test that cannot run in some engine is
 * skipped there visibly, with the reason and its issue code in the test's name (the runner and
 * the closing summary count it as skipped), and runs unchanged everywhere else.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

function detect(): Engine {
  const ua = navigator.userAgent;
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrome\/|Chromium\//.test(ua)) return 'chromium';
  return 'webkit';
}

export const engine: Engine = detect();

/**
 * `it(title, fn)`, except in `engines`, where the test is listed as skipped under
 * "title [skip webkit: reason]". The reason names the issue and why the engine cannot run it.
 */
export function itExcept(
  engines: Engine[],
  reason: string,
  title: string,
  fn: (this: Mocha.Context) => PromiseLike<unknown> | void,
): void {
  if (engines.includes(engine)) it.skip(`${title} [skip ${engine}: ${reason}]`, fn);
  else it(title, fn);
}
