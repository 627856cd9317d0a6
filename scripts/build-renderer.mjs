// Bundles the review desk (renderer/) for both shells: one ESM bundle, Monaco's editor worker as its own entry,
// fonts as files, CSS to a file, and index.html carrying the same Content Security Policy the shells enforce.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// The CSP lives in TypeScript (src/api/csp.ts); reading the literal keeps this script free of a TS loader.
async function readContentSecurityPolicy() {
  const source = await readFile(join(root, 'src/api/csp.ts'), 'utf8');
  const body = source.match(/CONTENT_SECURITY_POLICY = \[([\s\S]*?)\]\.join\('; '\)/);
  if (!body?.[1]) throw new Error('build-renderer: cannot find CONTENT_SECURITY_POLICY in src/api/csp.ts');
  const parts = [...body[1].matchAll(/"([^"]*)"/g)].map((match) => match[1]);
  // Browsers ignore frame-ancestors in a <meta> policy (and log an error for it); the shells send it as a header.
  return parts.filter((part) => !part.startsWith('frame-ancestors')).join('; ');
}

function escapeAttribute(value) {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * Builds renderer/ into `outdir` (index.html, main.js, main.css, editor.worker.js, fonts); resolves to the outdir.
 * The page's <meta> CSP is CONTENT_SECURITY_POLICY less frame-ancestors, which only a header can carry.
 */
export async function buildRenderer({ outdir = 'dist/renderer', minify = false } = {}) {
  const out = resolve(root, outdir);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: {
      main: join(root, 'renderer/main.ts'),
      'editor.worker': join(root, 'node_modules/monaco-editor/esm/vs/editor/editor.worker.js'),
    },
    outdir: out,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    sourcemap: minify ? false : 'linked',
    loader: { '.ttf': 'file', '.json': 'json' },
    assetNames: '[name]-[hash]',
    logLevel: 'warning',
    legalComments: 'none',
  });
  const csp = await readContentSecurityPolicy();
  const html = await readFile(join(root, 'renderer/index.html'), 'utf8');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">`;
  if (!html.includes('<!-- CSP -->'))
    throw new Error('build-renderer: renderer/index.html lacks the <!-- CSP --> slot');
  await writeFile(join(out, 'index.html'), html.replace('<!-- CSP -->', meta));
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const out = await buildRenderer({ minify: process.argv.includes('--minify') });
  console.log(`renderer built in ${Math.round(performance.now() - started)} ms → ${out}`);
}
