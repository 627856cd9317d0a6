import type { Flag, MqmCategory, Severity } from '../model/flag.ts';
import type { Annotation, SegmentComment, StatusChange, TargetVersion } from '../model/review.ts';
import type { EnglishRole, ReviewMode, Role, SegmentStatus } from '../model/segment.ts';

/** One row of the review grid, as the UI receives it. */
export interface SegmentView {
  readonly id: string;
  readonly index: number;
  readonly paragraph: number;
  /** The English shown beside the French (source or retranslation, per the project's mode). */
  readonly english: string | null;
  readonly source: string | null;
  readonly retranslation: string | null;
  readonly mt: string;
  readonly target: string;
  readonly status: SegmentStatus;
  /** Active flags on `target` (dismissed ones left out). */
  readonly flags: readonly Flag[];
  readonly annotations: readonly Annotation[];
  readonly commentCount: number;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly alignmentConfidence?: number;
}

/** The full record of one segment, for the history and comments panel. */
export interface SegmentDetails {
  readonly id: string;
  readonly versions: readonly TargetVersion[];
  readonly statusChanges: readonly StatusChange[];
  readonly comments: readonly SegmentComment[];
}

/** Where the review stands: progress, flags and the MQM score. */
export interface ReviewSummary {
  readonly total: number;
  readonly byStatus: Readonly<Record<SegmentStatus, number>>;
  readonly flagsBySeverity: Readonly<Record<Severity, number>>;
  readonly flagsByCategory: Readonly<Partial<Record<MqmCategory, number>>>;
  readonly flagsByCheck: Readonly<Record<string, number>>;
  readonly dismissedFlags: number;
  readonly words: number;
  /** Words of segments an editor has approved or rejected, the MQM evaluation word count. */
  readonly reviewedWords: number;
  readonly penaltyPoints: number;
  /** MQM quality score (100 is flawless); null until a segment has been reviewed. */
  readonly score: number | null;
  readonly passThreshold: number;
  readonly passed: boolean | null;
}

/** Save state shown in the status bar. */
export interface SaveState {
  readonly state: 'saved' | 'saving' | 'error';
  readonly savedAt?: string;
  readonly error?: string;
}

/** An open project as the UI receives it. */
export interface ProjectView {
  readonly id: string;
  readonly name: string;
  /** The project file that holds the review. */
  readonly projectPath: string;
  readonly mode: ReviewMode;
  readonly englishRole: EnglishRole | null;
  readonly segments: readonly SegmentView[];
  readonly summary: ReviewSummary;
  /** Non-fatal things the user should know (e.g. a torn journal line was skipped). */
  readonly warnings: readonly string[];
  readonly save: SaveState;
}

/** The result of a review action on one segment: the new row and the new summary. */
export interface SegmentUpdate {
  readonly segment: SegmentView;
  readonly summary: ReviewSummary;
}

/** User settings. */
export interface Settings {
  readonly userName: string;
  readonly role: Role;
  readonly uiLanguage: 'en' | 'fr';
  /** House style for the space before `: ; ! ?` and inside « »: no-break space or narrow no-break space. */
  readonly typography: 'nbsp' | 'narrow-nbsp';
  readonly penalties: Readonly<Record<Severity, number>>;
  /** Lowest MQM score that passes. */
  readonly passThreshold: number;
}

/** A project the user opened before. */
export interface RecentProject {
  readonly projectPath: string;
  readonly name: string;
  readonly openedAt: string;
}

/** Formats the review can be exported to. */
export type ExportFormat = 'txt' | 'xliff2' | 'xliff12' | 'tmx' | 'csv' | 'html' | 'docx';

/** What an export produced. */
export interface ExportResult {
  readonly fileName: string;
  readonly mimeType: string;
  /** Where it was written, when written to disk. */
  readonly path?: string;
  /** The content, base64, when the shell hands it to the user as a download. */
  readonly contentBase64?: string;
  /** Segments not yet approved, for the warning. */
  readonly unapproved: number;
  /** Segments (or, in a TMX, translation pairs) the file holds: 0 says the export is empty. */
  readonly written: number;
}

/** A file handed over by the UI (picked or dropped): its name and bytes in base64. */
export interface UploadedFile {
  readonly name: string;
  readonly contentBase64: string;
}

/** Machine-translation provider settings, without the key (keys never leave the secret store). */
export interface MtSettings {
  readonly provider: 'none' | 'libretranslate' | 'deepl' | 'openai';
  readonly url: string;
  readonly model: string;
  readonly hasKey: boolean;
}

/** Progress of a retranslation job. */
export interface MtJobState {
  readonly jobId: string;
  readonly done: number;
  readonly total: number;
  readonly state: 'running' | 'done' | 'cancelled' | 'failed';
  readonly error?: string;
}

/** Information about the running app. */
export interface AppInfo {
  readonly version: string;
  readonly shell: 'electron' | 'browser';
}

/** i18next resources: language → namespace → keys. */
export type Catalogues = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>>>>;
