import type { RecentProject } from '../api/views.ts';
import { readJsonFile, writeJsonFile } from './user-data.ts';

const MAX_RECENT = 10;

/** The list of recently opened projects, newest first, kept in one JSON file. */
export class RecentProjects {
  constructor(private readonly path: string) {}

  /** The stored list. */
  async list(): Promise<readonly RecentProject[]> {
    return readJsonFile<RecentProject[]>(this.path, []);
  }

  /** Puts a project at the top of the list (once) and saves. */
  async remember(project: RecentProject): Promise<void> {
    const others = (await this.list()).filter((entry) => entry.projectPath !== project.projectPath);
    await writeJsonFile(this.path, [project, ...others].slice(0, MAX_RECENT));
  }
}
