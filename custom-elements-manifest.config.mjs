// Reads JSDoc (@tagname, @csspart, @cssproperty, @event, @slot) from the element classes into
// dist/custom-elements.json, which Storybook autodocs and IDEs consume.

/**
 * The analyzer also lists every `dispatchEvent(new SomeEvent())` it sees, under no name when the
 * name is set inside the event class (StegErrorEvent). The named `@event` JSDoc entries already
 * describe those events, so the nameless duplicates are dropped.
 */
const dropNamelessEvents = {
  name: 'stegvis-drop-nameless-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        if (Array.isArray(declaration.events)) declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  },
};

export default {
  globs: ['src/components/**/*.ts', 'src/internal/steg-element.ts'],
  exclude: ['**/*.styles.ts', '**/define.ts', '**/index.ts', '**/geometry.ts', '**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
  plugins: [dropNamelessEvents],
};
