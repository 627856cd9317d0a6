// The parts of Monaco the desk uses, and nothing more: the editor API, hovers, quick fixes, problem navigation, and
// the message shown when someone types into a locked (approved) segment.
// The editor worker is its own bundle entry, loaded from the same origin as the CSP's worker-src requires.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/codeAction/browser/codeActionContributions';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter';
import 'monaco-editor/editor/contrib/readOnlyMessage/browser/contribution';
import { PALETTE } from '../theme/palette.ts';

// Monaco reads this global to start its worker.
globalThis.MonacoEnvironment = {
  getWorker: () => new Worker(new URL('./editor.worker.js', import.meta.url), { type: 'module' }),
};

monaco.editor.defineTheme('relecture', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': PALETTE.background,
    'editor.foreground': PALETTE.text,
    'editorError.foreground': PALETTE.critical,
    'editorWarning.foreground': PALETTE.major,
    'editorInfo.foreground': PALETTE.minor,
    'editorOverviewRuler.errorForeground': PALETTE.critical,
    'editorOverviewRuler.warningForeground': PALETTE.major,
    'editorOverviewRuler.infoForeground': PALETTE.minor,
    focusBorder: PALETTE.focus,
    'editorHoverWidget.background': PALETTE.background,
    'editorHoverWidget.foreground': PALETTE.text,
    'editorHoverWidget.border': PALETTE.border,
    'editorHoverWidget.statusBarBackground': PALETTE.surface,
    'textLink.foreground': PALETTE.accent,
  },
});

export { monaco };
