import type { Channel, RequestOf, ResultOf } from './contract.ts';

/**
 * The named verbs the preload exposes on `window.relecture`, each bound to one contract channel. The renderer calls
 * these names; it never sees channel strings or a generic invoke.
 */
export const API_METHODS = {
  appInfo: 'app:info',
  catalogues: 'app:catalogues',
  getSettings: 'settings:get',
  setSettings: 'settings:set',
  openSample: 'project:openSample',
  openProject: 'project:open',
  importProject: 'project:import',
  currentProject: 'project:current',
  recentProjects: 'project:recent',
  saveProject: 'project:save',
  closeProject: 'project:close',
  editSegment: 'segment:edit',
  confirmSegment: 'segment:confirm',
  approveSegment: 'segment:approve',
  rejectSegment: 'segment:reject',
  reopenSegment: 'segment:reopen',
  undoSegment: 'segment:undo',
  redoSegment: 'segment:redo',
  commentSegment: 'segment:comment',
  segmentDetails: 'segment:details',
  addAnnotation: 'annotation:add',
  removeAnnotation: 'annotation:remove',
  annotateFlag: 'flag:annotate',
  dismissFlag: 'flag:dismiss',
  checkText: 'qa:check',
  reportSummary: 'report:summary',
  writeExport: 'export:write',
  downloadExport: 'export:download',
  showOpenDialog: 'dialog:open',
  showSaveDialog: 'dialog:save',
  getMtSettings: 'mt:getSettings',
  setMtSettings: 'mt:setSettings',
  testMtConnection: 'mt:test',
  retranslate: 'mt:retranslate',
  retranslationProgress: 'mt:progress',
  cancelRetranslation: 'mt:cancel',
} as const satisfies Record<string, Channel>;

/** A verb's name on `window.relecture`. */
export type ApiMethod = keyof typeof API_METHODS;

// Compile-time proof that every channel has a verb: this fails to type-check when one is missing.
type UnboundChannel = Exclude<Channel, (typeof API_METHODS)[ApiMethod]>;
const everyChannelHasAVerb: [UnboundChannel] extends [never] ? true : UnboundChannel = true;
void everyChannelHasAVerb;

/** Commands the shell sends to the UI (menu items, accelerators handled by the shell). */
export const SHELL_COMMANDS = [
  'open',
  'save',
  'export',
  'find',
  'undo',
  'redo',
  'confirm-next',
  'next-segment',
  'previous-segment',
  'next-flagged',
  'toggle-report',
  'shortcuts',
  'settings',
  'retranslate',
  'mt-settings',
  'language-en',
  'language-fr',
] as const;

/** One shell command. */
export type ShellCommand = (typeof SHELL_COMMANDS)[number];

/** The API the renderer sees on `window.relecture`, in both shells. */
export type RelectureApi = {
  readonly [M in ApiMethod]: (
    request: RequestOf<(typeof API_METHODS)[M]>,
  ) => Promise<ResultOf<(typeof API_METHODS)[M]>>;
} & {
  /** Subscribes to shell commands (menus); returns the unsubscribe function. */
  readonly onCommand: (listener: (command: ShellCommand) => void) => () => void;
};
