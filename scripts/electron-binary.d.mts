/** Returns `{ path }` of a runnable Electron binary, or `{ reason }` saying why there is none. */
export function findElectronBinary(): { path: string } | { reason: string };
