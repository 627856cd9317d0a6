// Builds everything the app runs: the renderer (UI bundle, Monaco worker, index.html with the CSP) and the
// Electron main and preload scripts. `node scripts/build.mjs` from the repo root.
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildRenderer } from './build-renderer.mjs';

/** Bundles electron/main.ts and electron/preload.ts to CommonJS (a sandboxed preload cannot load ES modules). */
export async function buildElectron({ outdir = 'dist/electron' } = {}) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: 'warning',
    outExtension: { '.js': '.cjs' },
    outdir,
  };
  await build({ ...common, entryPoints: { main: 'electron/main.ts' } });
  await build({ ...common, entryPoints: { preload: 'electron/preload.ts' } });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  await Promise.all([buildRenderer(), buildElectron()]);
  console.log(`Built the renderer and the Electron shell in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
