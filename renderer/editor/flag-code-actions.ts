// Quick fixes (Ctrl+.) for flags: each suggestion as an edit, plus "Record as MQM error" and "Dismiss as false alarm".
import type { Flag } from '../../src/model/flag.ts';
import { t } from '../i18n/ui-i18n.ts';
import { describeFlag } from './flag-text.ts';
import { monaco } from './monaco.ts';

/** What the two non-edit actions do. */
export interface FlagActionHooks {
  readonly onDismiss: (flag: Flag) => void;
  readonly onAnnotate: (flag: Flag) => void;
}

/**
 * Registers the code actions for `target` (whose markers carry `owner`), reading its current flags from `flags`;
 * returns the registrations to dispose.
 */
export function registerFlagCodeActions(
  target: monaco.editor.ITextModel,
  owner: string,
  flags: () => readonly Flag[],
  hooks: FlagActionHooks,
): monaco.IDisposable[] {
  return [
    monaco.editor.registerCommand('relecture.dismissFlag', (_accessor, flagId: unknown) => {
      const flag = flags().find((candidate) => candidate.id === flagId);
      if (flag) hooks.onDismiss(flag);
    }),
    monaco.editor.registerCommand('relecture.annotateFlag', (_accessor, flagId: unknown) => {
      const flag = flags().find((candidate) => candidate.id === flagId);
      if (flag) hooks.onAnnotate(flag);
    }),
    monaco.languages.registerCodeActionProvider('plaintext', {
      provideCodeActions: (model, range) => {
        if (model !== target) return { actions: [], dispose: () => {} };
        const from = model.getOffsetAt(range.getStartPosition());
        const to = model.getOffsetAt(range.getEndPosition());
        const actions: monaco.languages.CodeAction[] = [];
        const touched = flags().filter((flag) => flag.start <= to && from <= Math.max(flag.end, flag.start + 1));
        for (const flag of touched) {
          const message = describeFlag(flag);
          const marker = monaco.editor
            .getModelMarkers({ resource: model.uri, owner })
            .filter((candidate) => candidate.message === message);
          flag.suggestions.forEach((suggestion, position) => {
            actions.push({
              title: t('editor.replaceWith', {
                from: model.getValue().slice(suggestion.start, suggestion.end),
                to: suggestion.text,
              }),
              kind: 'quickfix',
              isPreferred: position === 0,
              diagnostics: marker,
              edit: {
                edits: [
                  {
                    resource: model.uri,
                    versionId: undefined,
                    textEdit: {
                      range: monaco.Range.fromPositions(
                        model.getPositionAt(suggestion.start),
                        model.getPositionAt(suggestion.end),
                      ),
                      text: suggestion.text,
                    },
                  },
                ],
              },
            });
          });
          actions.push({
            title: t('editor.recordMqm'),
            kind: 'quickfix',
            diagnostics: marker,
            command: { id: 'relecture.annotateFlag', title: t('editor.recordMqm'), arguments: [flag.id] },
          });
          actions.push({
            title: t('editor.dismiss'),
            kind: 'quickfix',
            diagnostics: marker,
            command: { id: 'relecture.dismissFlag', title: t('editor.dismiss'), arguments: [flag.id] },
          });
        }
        return { actions, dispose: () => {} };
      },
    }),
  ];
}
