// The strictest Content-Security-Policy Lit can run under, used by every page test that embeds
// stegvis (test/node/embed-csp.test.mjs, test/node/cdn-loader.test.mjs). It differs from "no
// Trusted Types policy at all" in exactly one allowed name, `lit-html` (see the README's CSP section).
export const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');
