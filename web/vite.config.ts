import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The web UI: root `web/`, built into `web/dist`, everything bundled (no CDN, nothing fetched but the API). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    modulePreload: { polyfill: false },
  },
});
