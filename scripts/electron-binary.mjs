// Finds an Electron binary without triggering the electron package's download-on-require (there is no network here).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronPackageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');

/** Returns `{ path }` of a runnable Electron binary, or `{ reason }` saying why there is none. */
export function findElectronBinary() {
  const pathFile = join(electronPackageDir, 'path.txt');
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : process.platform === 'win32'
      ? 'electron.exe'
      : 'electron';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, relative);
    return existsSync(path) ? { path } : { reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${path} does not exist` };
  }
  const path = join(electronPackageDir, 'dist', relative);
  if (existsSync(path)) return { path };
  return {
    reason:
      'no Electron binary on this machine (the electron package could not download it; set ELECTRON_OVERRIDE_DIST_PATH to use one)',
  };
}
