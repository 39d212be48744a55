import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

// The API server in development (`pnpm --filter @vinh-danh/server dev`); VD_API_URL points the
// dev server at another one (e.g. a second instance on another port).
const api = process.env.VD_API_URL ?? 'http://localhost:4000';

const proxy = {
  '/graphql': { target: api, ws: true, changeOrigin: true },
  '/api': { target: api, changeOrigin: true },
  '/healthz': { target: api, changeOrigin: true },
};

const COMPRESSIBLE = /\.(js|css|html|svg|json|ttf)$/;

/**
 * Writes a .br and a .gz beside every text file of the build, once, so the server sends them
 * compressed without compressing on each request (server/src/infra/http/static.ts).
 */
const precompress = (): Plugin => ({
  name: 'vinh-danh:precompress',
  apply: 'build',
  async writeBundle(options, bundle) {
    const outDir = options.dir ?? 'dist';
    const files = [...Object.keys(bundle), 'index.html'].filter((f) => COMPRESSIBLE.test(f));
    await Promise.all(
      [...new Set(files)].map(async (file) => {
        const source = await readFile(path.join(outDir, file));
        if (source.length < 1024) return; // not worth a round of decompression
        const [br, gz] = await Promise.all([
          promisify(brotliCompress)(source, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 9,
              [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
            },
          }),
          promisify(gzip)(source, { level: 9 }),
        ]);
        await writeFile(path.join(outDir, `${file}.br`), br);
        await writeFile(path.join(outDir, `${file}.gz`), gz);
      }),
    );
  },
});

export default defineConfig({
  plugins: [react(), precompress()],
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
    // Which chunks a page loads: benchmarks/bundle.ts reads it.
    manifest: true,
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
