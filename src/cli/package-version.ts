import manifest from '../../package.json' with { type: 'json' };

/** The version in package.json (bundled in, so it also works inside the Electron main bundle). */
export function readPackageVersion(): string {
  return manifest.version;
}
