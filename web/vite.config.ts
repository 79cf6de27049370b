import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** In development the API runs beside Vite (`npm start` on port 4000); the built app is served by it. */
const api = { '/graphql': 'http://localhost:4000', '/auth': 'http://localhost:4000' };

/**
 * react-router 7's package exports point every bundler at its development build (with its dev
 * warnings switched on; remix-run/react-router#12532, #14102); its production build sits beside
 * it, and the built app takes that one.
 */
const reactRouterProduction = fileURLToPath(new URL('../node_modules/react-router/dist/production/index.mjs', import.meta.url));

// Kept in web/ rather than at the repository root, where vitest would read it as the test
// configuration of the whole repository. The web app's unit tests run in the root
// vitest.config.ts's `unit` project.
export default defineConfig(({ command }) => ({
  root,
  plugins: [react()],
  resolve: command === 'build' ? { alias: { 'react-router': reactRouterProduction } } : {},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No modulepreload polyfill in the first script: a browser without <link rel="modulepreload">
    // (Safari before 17, Firefox before 115) still runs the app, fetching those chunks on import.
    modulePreload: { polyfill: false },
    // The interface text is fetched as files: a data: URL would break the
    // Content-Security-Policy's connect-src 'self'.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    rolldownOptions: {
      // Codegen's typed documents (api.generated.ts) are `new TypedDocumentString(…)`: without
      // this, a document nobody sends (a fragment's own, say) would stay in the bundle.
      treeshake: { manualPureFunctions: ['TypedDocumentString'] },
      output: {
        advancedChunks: {
          // The features' query keys and what each write refreshes (app/writes.ts) are a few
          // hundred bytes that several pages share: one chunk rather than one per feature.
          groups: [{ name: 'query-keys', test: /\/web\/src\/(features\/[^/]+\/keys|app\/writes)\.ts$/ }],
        },
      },
    },
  },
  server: { proxy: api },
  preview: { proxy: api },
}));
