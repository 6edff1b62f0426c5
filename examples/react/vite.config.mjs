// Builds the React example with the repository's own node_modules:
//   npx vite build --config examples/react/vite.config.mjs   (after `npm run build`)
//   npx vite --config examples/react/vite.config.mjs         (dev server)
// `stegvis/*` resolves to the built package (dist/), exactly as an application would get it from
// npm; nothing of this example ends up in the library's own bundle.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { stegvisAliases } from '../stegvis-aliases.mjs';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  resolve: { alias: stegvisAliases },
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, reportCompressedSize: false, sourcemap: false },
});
