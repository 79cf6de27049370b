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
  resolve: {
    alias: {
      ...(command === 'build' ? { 'react-router': reactRouterProduction } : {}),
      // recharts reads its store through the shim of useSyncExternalStore for React 17 and
      // before; React 19 has the hook, and react-redux already takes the unshimmed module.
      'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No modulepreload polyfill in the first script: a browser without <link rel="modulepreload">
    // (Safari before 17, Firefox before 115) still runs the app, fetching those chunks on import.
    modulePreload: {
      polyfill: false,
      // What a write refreshes (app/writes.ts) is loaded once a write has succeeded, from a page
      // that already has the keys it imports: no preload hints for it in the first script.
      resolveDependencies: (file, deps) => (/(^|\/)writes-[^/]*\.js$/.test(file) ? [] : deps),
    },
    // The interface text is fetched as files: a data: URL would break the
    // Content-Security-Policy's connect-src 'self'.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    rolldownOptions: {
      // Codegen's typed documents (api.generated.ts) are `new TypedDocumentString(…)`: without
      // this, a document nobody sends (a fragment's own, say) would stay in the bundle.
      treeshake: { manualPureFunctions: ['TypedDocumentString'] },
      output: {
        codeSplitting: {
          // The features' query-key factories (plain arrays, a few hundred bytes) in one chunk
          // rather than one each: every lazy page's preload list in the first script names one
          // file instead of its own, and a write's refresh (app/writes.ts) loads one.
          groups: [{ name: 'query-keys', test: /\/web\/src\/features\/[^/]+\/keys\.ts$/ }],
        },
      },
    },
  },
  server: { proxy: api },
  preview: { proxy: api },
}));
