// Builds the Vue example with the repository's own node_modules:
//   npx vite build --config examples/vue/vite.config.mjs   (after `npm run build`)
//   npx vite --config examples/vue/vite.config.mjs         (dev server)
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { stegvisAliases } from '../stegvis-aliases.mjs';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [
    vue({
      template: {
        // Vue renders <steg-*> as custom elements and binds `.prop` values as DOM properties.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('steg-') },
      },
    }),
  ],
  resolve: { alias: stegvisAliases },
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, reportCompressedSize: false, sourcemap: false },
});
