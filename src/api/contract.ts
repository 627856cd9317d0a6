// The one boundary between the UI and the core. Both shells (Electron IPC and the browser host) and the renderer
// derive their types from this map, so a call added here and forgotten on one side does not compile.
import type { Flag, MqmCategory, Severity } from '../model/flag.ts';
import type { EnglishRole } from '../model/segment.ts';
import type {
  AppInfo,
  Catalogues,
  ExportFormat,
  ExportResult,
  MtJobState,
  MtSettings,
  ProjectView,
  RecentProject,
  ReviewSummary,
  SaveState,
  SegmentDetails,
  SegmentUpdate,
  Settings,
  UploadedFile,
} from './views.ts';

type SegmentRef = { readonly segmentId: string };

/** Every call the UI can make: channel name → request and result. */
export interface Contract {
  'app:info': { request: Record<string, never>; result: AppInfo };
  /** Message catalogues the core adds at run time (the lexicon's explanations), by language then namespace. */
  'app:catalogues': { request: Record<string, never>; result: Catalogues };
  'settings:get': { request: Record<string, never>; result: Settings };
  'settings:set': { request: Partial<Settings>; result: Settings };

  'project:openSample': { request: Record<string, never>; result: ProjectView };
  'project:open': {
    request: { readonly targetPath: string; readonly englishPath?: string; readonly englishRole?: EnglishRole };
    result: ProjectView;
  };
  'project:import': {
    request: { readonly target: UploadedFile; readonly english?: UploadedFile; readonly englishRole?: EnglishRole };
    result: ProjectView;
  };
  'project:current': { request: Record<string, never>; result: ProjectView | null };
  'project:recent': { request: Record<string, never>; result: readonly RecentProject[] };
  'project:save': { request: Record<string, never>; result: SaveState };
  'project:close': { request: Record<string, never>; result: SaveState };

  'segment:edit': { request: SegmentRef & { readonly text: string }; result: SegmentUpdate };
  'segment:confirm': { request: SegmentRef; result: SegmentUpdate };
  'segment:approve': { request: SegmentRef; result: SegmentUpdate };
  'segment:reject': { request: SegmentRef & { readonly reason: string }; result: SegmentUpdate };
  'segment:reopen': { request: SegmentRef; result: SegmentUpdate };
  'segment:undo': { request: SegmentRef; result: SegmentUpdate };
  'segment:redo': { request: SegmentRef; result: SegmentUpdate };
  'segment:comment': { request: SegmentRef & { readonly text: string }; result: SegmentUpdate };
  'segment:details': { request: SegmentRef; result: SegmentDetails };

  'annotation:add': {
    request: SegmentRef & {
      readonly start: number;
      readonly end: number;
      readonly category: MqmCategory;
      readonly severity: Severity;
      readonly comment: string;
    };
    result: SegmentUpdate;
  };
  'annotation:remove': { request: SegmentRef & { readonly annotationId: string }; result: SegmentUpdate };
  'flag:annotate': { request: SegmentRef & { readonly flagId: string }; result: SegmentUpdate };
  'flag:dismiss': { request: SegmentRef & { readonly flagId: string }; result: SegmentUpdate };

  /** Flags for a text being typed, without saving it. */
  'qa:check': { request: SegmentRef & { readonly text: string }; result: readonly Flag[] };
  'report:summary': { request: Record<string, never>; result: ReviewSummary };

  /** Writes an export to a path (Electron, after a save dialog). */
  'export:write': { request: { readonly format: ExportFormat; readonly path: string }; result: ExportResult };
  /** Returns an export's content for the UI to hand over as a download (browser host). */
  'export:download': { request: { readonly format: ExportFormat }; result: ExportResult };

  /** Native file dialogs; the browser host answers null and the UI falls back to its own pickers. */
  'dialog:open': {
    request: Record<string, never>;
    result: { readonly targetPath: string; readonly englishPath?: string } | null;
  };
  'dialog:save': { request: { readonly defaultName: string }; result: string | null };

  'mt:getSettings': { request: Record<string, never>; result: MtSettings };
  'mt:setSettings': {
    request: {
      readonly provider: MtSettings['provider'];
      readonly url: string;
      readonly model: string;
      readonly key?: string;
    };
    result: MtSettings;
  };
  'mt:test': { request: Record<string, never>; result: { readonly ok: boolean; readonly message: string } };
  'mt:retranslate': { request: { readonly segmentIds: readonly string[] | 'all' }; result: MtJobState };
  'mt:progress': { request: { readonly jobId: string }; result: MtJobState };
  'mt:cancel': { request: { readonly jobId: string }; result: MtJobState };
}

/** A channel name, `domain:verb`. */
export type Channel = keyof Contract;
/** What a channel takes. */
export type RequestOf<C extends Channel> = Contract[C]['request'];
/** What a channel gives back. */
export type ResultOf<C extends Channel> = Contract[C]['result'];
