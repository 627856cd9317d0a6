/** The namespace of Relecture's own metadata inside a project file. */
export const RELECTURE_NAMESPACE = 'urn:relecture:project:1';
/** The XLIFF 2 core namespace (2.1 keeps the 2.0 namespace). */
export const XLIFF2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
/** The W3C ITS 2.0 namespace. */
export const ITS_NAMESPACE = 'http://www.w3.org/2005/11/its';
/** Extension of project files. */
export const PROJECT_EXTENSION = '.relecture.xlf';

/** The files that live beside a project: its journal, lock, up to five backups, and the file it was opened from. */
export interface ProjectCompanions {
  readonly journal: string;
  readonly lock: string;
  readonly backups: readonly string[];
  /** A copy of the XLIFF or TMX the review was opened from, for exports written back onto it. */
  readonly original: string;
}

/** How many snapshots are kept as backups. */
export const BACKUP_COUNT = 5;

/** Paths of the journal, lock, backups and original copy of the project at `projectPath`. */
export function projectCompanions(projectPath: string): ProjectCompanions {
  return {
    journal: `${projectPath}.journal`,
    lock: `${projectPath}.lock`,
    backups: Array.from({ length: BACKUP_COUNT }, (_, i) => `${projectPath}.bak${i + 1}`),
    original: `${projectPath}.original`,
  };
}
