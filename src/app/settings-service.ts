import { userInfo } from 'node:os';
import type { Settings } from '../api/views.ts';
import { readJsonFile, writeJsonFile } from './user-data.ts';

/** Settings a new user starts with: MQM-Core's usual penalties (1/5/25) and a pass mark of 95. */
export function defaultSettings(): Settings {
  let userName = 'reviewer';
  try {
    userName = userInfo().username || userName;
  } catch {
    // No user database (some containers): keep the generic name.
  }
  return {
    userName,
    role: 'translator',
    uiLanguage: 'en',
    typography: 'nbsp',
    penalties: { minor: 1, major: 5, critical: 25 },
    passThreshold: 95,
  };
}

/** Loads and saves the user's settings in one JSON file. */
export class SettingsService {
  private current: Settings = defaultSettings();

  constructor(private readonly path: string) {}

  /** Reads the file, keeping defaults for anything missing. */
  async load(): Promise<Settings> {
    const stored = await readJsonFile<Partial<Settings>>(this.path, {});
    this.current = { ...defaultSettings(), ...stored };
    return this.current;
  }

  /** The settings in force. */
  get(): Settings {
    return this.current;
  }

  /** Merges `patch` (already validated) and saves. */
  async update(patch: Partial<Settings>): Promise<Settings> {
    this.current = { ...this.current, ...patch };
    await writeJsonFile(this.path, this.current);
    return this.current;
  }
}
