import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** In development the API runs beside Vite (`npm start` on port 4000); the built app is served by it. */
const api = { '/graphql': 'http://localhost:4000', '/auth': 'http://localhost:4000' };

// Kept in web/ rather than at the repository root, where vitest would read it as the test
// configuration of the whole repository. The web app's unit tests run in the root
// vitest.config.ts's `unit` project.
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The interface text is fetched as files: a data: URL would break the
    // Content-Security-Policy's connect-src 'self'.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
  server: { proxy: api },
  preview: { proxy: api },
});
