/**
 * Fails the current test when Lit (in dev mode, as in these tests) issues a warning, the way
 * Spectrum does: a warning such as "scheduled an update after an update completed" is a bug.
 * Call `failOnLitWarnings()` once inside a `describe`.
 */
const ignored = [/lit\.dev\/msg\/dev-mode/, /Lit is in dev mode/];

export function failOnLitWarnings(): void {
  let warnings: string[] = [];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (/lit\.dev|Lit /.test(text) && !ignored.some((r) => r.test(text))) warnings.push(text);
      original.apply(console, args as []);
    };
  });
  afterEach(() => {
    console.warn = original;
    if (warnings.length > 0) throw new Error(`Lit dev-mode warnings:\n${warnings.join('\n')}`);
  });
}
