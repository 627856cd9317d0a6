import { homedir } from 'node:os';
import { join } from 'node:path';

/** The per-user folder for settings and projects, following each platform's convention. */
export function defaultUserDataDir(): string {
  if (process.env.RELECTURE_USER_DATA) return process.env.RELECTURE_USER_DATA;
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Relecture');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Relecture');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'relecture');
}
