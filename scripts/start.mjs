// `npm start`: build, then run the app on the bundled sample in the best shell this machine has, and say which.
//   1. Electron, when a binary is installed (or ELECTRON_OVERRIDE_DIST_PATH points to one);
//   2. otherwise the browser host, opened in Chromium/Chrome app mode when one is installed;
//   3. otherwise the browser host alone, printing the URL to open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build.mjs';
import { buildRenderer } from './build-renderer.mjs';
import { findElectronBinary } from './electron-binary.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(repoRoot);

await Promise.all([buildRenderer(), buildElectron()]);
const electron = findElectronBinary();

if ('path' in electron) {
  console.log(`Relecture: starting the Electron app (${electron.path}) on the sample.`);
  const args = ['dist/electron/main.cjs', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])];
  const child = spawn(electron.path, args, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const host = spawn(process.execPath, ['bin/relecture.mjs', 'serve', '--json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolveUrl, reject) => {
    let output = '';
    host.stdout.on('data', (chunk) => {
      output += chunk;
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) resolveUrl(JSON.parse(line).url);
    });
    host.on('exit', (code) => reject(new Error(`the browser host exited with code ${code}`)));
  });
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const browser = headless ? null : findBrowser();
  if (headless) {
    console.log(
      `Relecture: ${electron.reason}, and there is no display to open a window on; the UI is served at:\n  ${url}`,
    );
  } else if (browser) {
    const asRoot = process.getuid?.() === 0;
    console.log(
      `Relecture: ${electron.reason}; serving the UI on 127.0.0.1 and opening it in ${browser} (app mode${asRoot ? ', --no-sandbox because this runs as root' : ''}).`,
    );
    const args = [
      `--app=${url}`,
      '--window-size=1400,900',
      '--no-first-run',
      '--disable-background-networking',
      `--user-data-dir=${resolve(repoRoot, 'dist', 'browser-profile')}`,
    ];
    if (asRoot) args.push('--no-sandbox');
    spawn(browser, args, { stdio: 'ignore', detached: false }).on('exit', () => host.kill('SIGTERM'));
  } else {
    console.log(`Relecture: ${electron.reason} and no Chromium or Chrome found; open this URL in a browser:\n  ${url}`);
  }
  const stop = () => host.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  host.on('exit', (code) => process.exit(code ?? 0));
}

function findBrowser() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    if (found && existsSync(found)) return found;
  }
  return null;
}
