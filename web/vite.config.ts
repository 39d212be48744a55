import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The API server in development (`pnpm --filter @vinh-danh/server dev`); VD_API_URL points the
// dev server at another one (e.g. a second instance on another port).
const api = process.env.VD_API_URL ?? 'http://localhost:4000';

const proxy = {
  '/graphql': { target: api, ws: true, changeOrigin: true },
  '/api': { target: api, changeOrigin: true },
  '/healthz': { target: api, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    // @vinh-danh/shared points its `source` condition at its TypeScript: Vite compiles it directly,
    // so the web never waits for (or drifts from) shared's CommonJS build.
    conditions: ['source', ...defaultClientConditions],
  },
  optimizeDeps: {
    // GraphiQL's worker setup imports Monaco workers with `?worker`, which the dependency
    // pre-bundler cannot load: serve that module as it is and let Vite's worker plugin handle it.
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // GraphiQL's Monaco editor is one big lazy chunk; the app itself stays small.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL ships React Compiler "use no memo" directives; dropping them is harmless.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
