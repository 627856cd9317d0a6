import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';

import { PROJECT_EXTENSION } from '../store/project-file-names.ts';

/** True when `path` names a project file rather than an input to review. */
export function isProjectPath(path: string): boolean {
  return path.toLowerCase().endsWith(PROJECT_EXTENSION);
}

/**
 * Where the project for some inputs lives: one file per distinct input, under the user's projects folder, so opening
 * the same French file again resumes its review instead of starting over. `identity` is what makes inputs distinct
 * (their absolute paths, or the content of uploaded files).
 */
export function projectPathFor(projectsDir: string, displayName: string, identity: string): string {
  const digest = createHash('sha256').update(identity).digest('hex').slice(0, 12);
  const slug =
    basename(displayName)
      .replace(/\.[^.]+$/, '')
      .normalize('NFKD')
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'project';
  return join(projectsDir, `${slug}-${digest}${PROJECT_EXTENSION}`);
}

/** A project's display name from its file name. */
export function projectNameOf(path: string): string {
  return basename(path)
    .replace(/-[0-9a-f]{12}\.relecture\.xlf$/i, '')
    .replace(/\.relecture\.xlf$/i, '');
}
