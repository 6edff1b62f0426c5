import { css } from 'lit';

/**
 * Design tokens shared by every element. Public tokens are `--steg-*` custom properties a host
 * page may set; the elements read them through private `--_*` properties with defaults, so an
 * unset token never breaks a rule. Colours follow the inherited `color-scheme` through
 * `light-dark()`: a page that says `color-scheme: light dark` gets dark mode on
 * `prefers-color-scheme: dark`; `theme="dark"` or `theme="light"` on an element forces one.
 * All default pairs pass WCAG 2.1 AA contrast (4.5:1 for text, 3:1 for graphics).
 */
export const tokens = css`
  :host {
    color-scheme: inherit;
    --_font: var(--steg-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--steg-font-size, 1rem);
    --_line-height: var(--steg-line-height, 1.5);
    --_fg: var(--steg-color-text, light-dark(#1d2329, #eef1f4));
    --_fg-muted: var(--steg-color-text-muted, light-dark(#4d5761, #b8c0c8));
    --_bg: var(--steg-color-surface, light-dark(#ffffff, #15191d));
    --_bg-subtle: var(--steg-color-surface-subtle, light-dark(#f3f5f7, #1f252b));
    --_border: var(--steg-color-border, light-dark(#6b7680, #8d98a3));
    --_border-subtle: var(--steg-color-border-subtle, light-dark(#d3d9df, #3a434c));
    --_accent: var(--steg-color-accent, light-dark(#0b5cad, #7db7f0));
    --_accent-contrast: var(--steg-color-accent-contrast, light-dark(#ffffff, #0d1115));
    --_accent-subtle: var(--steg-color-accent-subtle, light-dark(#e3effb, #1c3148));
    --_danger: var(--steg-color-danger, light-dark(#b3261e, #ffb4ab));
    --_danger-subtle: var(--steg-color-danger-subtle, light-dark(#fce8e6, #3b1a17));
    --_success: var(--steg-color-success, light-dark(#1e6b34, #8fd5a1));
    --_focus: var(--steg-color-focus, light-dark(#0b5cad, #9ccaff));
    /* Series colours: distinguishable with common colour-vision deficiencies, and never the
       only cue (the elements add dashes, markers and labels). */
    --_series-1: var(--steg-series-1, light-dark(#6b7680, #aeb8c2));
    --_series-2: var(--steg-series-2, light-dark(#0b5cad, #7db7f0));
    --_series-3: var(--steg-series-3, light-dark(#a1410d, #f5a26b));
    --_series-4: var(--steg-series-4, light-dark(#6a3d9a, #c9a7ef));
    --_series-5: var(--steg-series-5, light-dark(#1e6b34, #8fd5a1));
    --_radius: var(--steg-radius, 0.5rem);
    --_space: var(--steg-space, 1rem);
    --_target: var(--steg-target-size, 44px);
    --_focus-ring: var(--steg-focus-ring-width, 3px) solid var(--_focus);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_fg);
    box-sizing: border-box;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* A host page's global rules reach the host element itself (a page's "* { font: inherit;
     box-sizing: content-box }" beats :host) and its inherited typography (justified,
     letter-spaced, upper-cased text) reaches inside. So the element's own typography is set
     again on the top of its shadow tree, and the box model on every node: no page stylesheet
     can reflow or restyle the element (examples/plain-html, test/embed/host-page.test.ts). */
  :host > * {
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: normal;
    line-height: var(--_line-height);
    color: var(--_fg);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .error-state {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-subtle);
    color: var(--_fg);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  .error-state ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  @media (forced-colors: active) {
    :host {
      --_fg: CanvasText;
      --_fg-muted: CanvasText;
      --_bg: Canvas;
      --_bg-subtle: Canvas;
      --_border: CanvasText;
      --_border-subtle: GrayText;
      /* LinkText on Canvas: a pair every forced palette contrasts (Highlight on Canvas, and
         HighlightText on Highlight, are 2.9:1 in Firefox's forced colours on Linux). */
      --_accent: LinkText;
      --_accent-contrast: Canvas;
      --_accent-subtle: Canvas;
      --_danger: CanvasText;
      --_danger-subtle: Canvas;
      --_success: CanvasText;
      --_focus: Highlight;
      --_series-1: CanvasText;
      --_series-2: Highlight;
      --_series-3: LinkText;
      --_series-4: GrayText;
      --_series-5: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media print {
    :host {
      color-scheme: light;
    }
  }
`;
