// Reads JSDoc (@csspart, @cssproperty, @event, @slot) from the element classes into
// dist/custom-elements.json, which Storybook autodocs and IDEs consume.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/steg-element.ts'],
  exclude: ['**/*.styles.ts', '**/define.ts', '**/index.ts', '**/geometry.ts', '**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
};
