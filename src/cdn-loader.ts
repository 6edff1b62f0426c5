/**
 * The CDN loader (`dist/cdn/loader.js`): registers each `steg-*` element the first time its tag
 * appears in the document, so a page pays only for the elements it uses. A page with one radar
 * downloads the radar's chunks and nothing of the form, the card or the cohort summary.
 *
 * ```html
 * <script type="module" src="/assets/stegvis/loader.js"></script>
 * <steg-radar></steg-radar>
 * <script type="module">
 *   import { livsomraden } from '/assets/stegvis/sdk.js';   // the SDK, sharing the loader's chunks
 *   document.querySelector('steg-radar').instrument = livsomraden;
 * </script>
 * ```
 *
 * Elements added later (by a framework, or `append`) are found by a MutationObserver on the
 * document; elements inside a shadow root the loader cannot see are registered with
 * `discover(shadowRoot)`. Properties set before an element is registered are kept (Lit reads
 * them when the element upgrades). Like Web Awesome's autoloader, but with a fixed list of tags:
 * no URL is ever built from a tag name found in the page.
 */
const elements: Record<string, () => Promise<unknown>> = {
  'steg-rating-form': () => import('./components/rating-form/define.js'),
  'steg-radar': () => import('./components/radar/define.js'),
  'steg-progression-card': () => import('./components/progression-card/define.js'),
  'steg-cohort-summary': () => import('./components/cohort-summary/define.js'),
};
const tags = Object.keys(elements);
const loading = new Map<string, Promise<void>>();

/** Loads and registers one element; the same promise for every caller. A failed load may be retried. */
function load(tag: string): Promise<void> {
  let done = loading.get(tag);
  if (!done) {
    done = elements[tag]!().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(tag);
        throw error;
      },
    );
    loading.set(tag, done);
  }
  return done;
}

/**
 * Registers every `steg-*` element in `root` (and `root` itself) that is not registered yet.
 * Resolves when they are defined. The loader calls it for the document and every added node.
 */
export function discover(root: ParentNode | Element = document): Promise<void> {
  const found = tags.filter(
    (tag) =>
      !customElements.get(tag) &&
      ((root instanceof Element && root.localName === tag) || root.querySelector(tag) !== null),
  );
  return Promise.all(found.map(load)).then(() => undefined);
}

if (typeof document !== 'undefined') {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) void discover(node).then(stopWhenAllDefined, () => undefined);
      }
    }
  });
  // Once every element is registered there is nothing left to watch for.
  const stopWhenAllDefined = () => {
    if (tags.every((tag) => customElements.get(tag))) observer.disconnect();
  };
  observer.observe(document.documentElement, { childList: true, subtree: true });
  void discover(document).then(stopWhenAllDefined, () => undefined);
}
