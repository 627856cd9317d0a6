// The editor pane: the active segment's French in Monaco with flags as squiggles, hovers and quick fixes; the English
// beside it with the flagged span highlighted; the word diff against the MT. Typed text is never lost: it is saved
// when the user leaves the segment, presses Ctrl+S, or stops typing for a moment.
import type { RelectureApi } from '../../src/api/methods.ts';
import type { Flag } from '../../src/model/flag.ts';
import { el, replaceChildren } from '../dom/el.ts';
import { flagMessage, onLanguageChange, t } from '../i18n/ui-i18n.ts';
import type { DeskState } from '../state/desk-state.ts';
import { SEVERITY_SHAPES } from '../theme/palette.ts';
import { registerFlagCodeActions } from './flag-code-actions.ts';
import { flagsAt, MARKER_SEVERITY, placeFlags } from './flag-markers.ts';
import { describeFlag } from './flag-text.ts';
import { monaco } from './monaco.ts';
import { wordDiff } from './word-diff.ts';

const IDLE_SAVE_MS = 1200;
const MARKER_OWNER = 'relecture';

/** Callbacks the pane needs from the app (review actions on flags, reporting errors and successes). */
export interface EditorPaneHooks {
  /** A save or live check failed. */
  readonly onError: (error: unknown, operation: 'save' | 'check') => void;
  /** A save or live check worked, so a message left by an earlier failure of it is stale. */
  readonly onSucceeded: (operation: 'save' | 'check') => void;
  readonly onDismissFlag: (flag: Flag) => void;
  readonly onAnnotateFlag: (flag: Flag) => void;
  readonly onKeyCommand: (event: KeyboardEvent) => boolean;
}

/** The Monaco editor, English and diff for the active segment. */
export class EditorPane {
  readonly element: HTMLElement;
  private readonly englishLabel = el('h3', { class: 'pane-label', id: 'english-label' });
  private readonly englishText = el('p', { class: 'english-text', lang: 'en', 'aria-labelledby': 'english-label' });
  private readonly frenchLabel = el('h3', { class: 'pane-label', id: 'french-label' });
  private readonly diffLabel = el('h3', { class: 'pane-label', id: 'diff-label' });
  private readonly diffText = el('p', { class: 'diff-text', lang: 'fr', 'aria-labelledby': 'diff-label' });
  private readonly flagsLabel = el('h3', { class: 'pane-label', id: 'flags-label' });
  private readonly flagList = el('ul', { class: 'flag-list', 'aria-labelledby': 'flags-label' });
  private readonly host = el('div', { class: 'monaco-host' });
  private readonly editor: monaco.editor.IStandaloneCodeEditor;
  private readonly model: monaco.editor.ITextModel;
  /** Segment the model holds, and its French as the core last saw it. */
  private segmentId: string | null = null;
  private savedText = '';
  /** Flags for the text in the model: the core's for saved text, the live check's while typing. */
  private flags: readonly Flag[] = [];
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private checking = false;
  private checkAgain = false;
  private saveQueue: Promise<void> = Promise.resolve();
  private loading = false;
  /** The read-only state and message last given to Monaco. */
  private lock = { readOnly: false, message: '' };

  constructor(
    private readonly state: DeskState,
    private readonly api: RelectureApi,
    private readonly hooks: EditorPaneHooks,
  ) {
    this.element = el(
      'section',
      { class: 'editor-region', id: 'editor-pane' },
      el('div', { class: 'english-box' }, this.englishLabel, this.englishText),
      el('div', { class: 'french-box' }, this.frenchLabel, this.host),
      el('div', { class: 'diff-box' }, this.diffLabel, this.diffText),
      el('div', { class: 'flags-box' }, this.flagsLabel, this.flagList),
    );
    this.model = monaco.editor.createModel('', 'plaintext', monaco.Uri.parse('inmemory://relecture/segment.txt'));
    this.editor = monaco.editor.create(this.host, {
      model: this.model,
      theme: 'relecture',
      wordWrap: 'on',
      // Proportional type for prose: wrap by measuring the rendered text, not by an average character width.
      wrappingStrategy: 'advanced',
      lineNumbers: 'off',
      minimap: { enabled: false },
      glyphMargin: false,
      folding: false,
      lineDecorationsWidth: 6,
      renderLineHighlight: 'none',
      scrollBeyondLastLine: false,
      overviewRulerLanes: 0,
      fontSize: 16,
      fontFamily: 'system-ui, "Segoe UI", "DejaVu Sans", sans-serif',
      lineHeight: 24,
      automaticLayout: true,
      // Hovers and the quick-fix menu must not be clipped by the pane's edges.
      fixedOverflowWidgets: true,
      contextmenu: false,
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
      ariaLabel: t('editor.french'),
      hover: { delay: 150 },
      lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.On },
    });
    registerFlagCodeActions(this.model, MARKER_OWNER, () => this.flags, {
      onDismiss: (flag) => this.hooks.onDismissFlag(flag),
      onAnnotate: (flag) => this.hooks.onAnnotateFlag(flag),
    });
    this.editor.onDidChangeModelContent(() => this.onTyped());
    this.editor.onKeyDown((event) => {
      if (this.hooks.onKeyCommand(event.browserEvent)) {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      performance.mark('relecture:key');
    });
    this.editor.onDidChangeCursorPosition(() => this.renderEnglish());
    this.editor.onDidBlurEditorText(() => void this.flush());
    state.on('active', () => this.load());
    state.on('project', () => {
      this.segmentId = null;
      this.load();
    });
    state.on('settings', () => this.relabel());
    onLanguageChange(() => this.relabel());
    this.relabel();
  }

  /** Moves focus into the editor. */
  focus(): void {
    this.editor.focus();
  }

  /** The editor's text (what the user sees now). */
  text(): string {
    return this.model.getValue();
  }

  /** Offsets of the selection in the French, for MQM annotation. */
  selection(): { start: number; end: number } | null {
    const selection = this.editor.getSelection();
    if (!selection || selection.isEmpty()) return null;
    return {
      start: this.model.getOffsetAt(selection.getStartPosition()),
      end: this.model.getOffsetAt(selection.getEndPosition()),
    };
  }

  /** Opens Monaco's quick-fix menu at the cursor (or on the first flag when the cursor is on none). */
  quickFix(): void {
    this.editor.focus();
    const offset = this.model.getOffsetAt(this.editor.getPosition() ?? { lineNumber: 1, column: 1 });
    const rank = { critical: 0, major: 1, minor: 2 } as const;
    const worst = [...this.flags].sort((a, b) => rank[a.severity] - rank[b.severity] || a.start - b.start)[0];
    if (flagsAt(this.flags, offset).length === 0 && worst) {
      this.editor.setPosition(this.model.getPositionAt(worst.start));
    }
    this.editor.trigger('keyboard', 'editor.action.quickFix', null);
  }

  /** Runs a Monaco action by id (undo, redo, marker navigation). */
  runEditorAction(id: string): void {
    this.editor.focus();
    this.editor.trigger('keyboard', id, null);
  }

  /** Saves typed text now if it differs from what the core has; resolves when the core answered. */
  flush(): Promise<void> {
    clearTimeout(this.idleTimer);
    const segmentId = this.segmentId;
    const text = this.model.getValue();
    if (segmentId === null || text === this.savedText) return this.saveQueue;
    this.savedText = text;
    this.state.setSave({ state: 'saving' });
    this.saveQueue = this.saveQueue.then(async () => {
      try {
        const update = await this.api.editSegment({ segmentId, text });
        this.state.setSave({ state: 'saved', savedAt: new Date().toISOString() });
        this.state.applyUpdate(update);
        this.hooks.onSucceeded('save');
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.state.setSave({ state: 'error', error: message }, error);
        this.hooks.onError(error, 'save');
      }
    });
    return this.saveQueue;
  }

  private relabel(): void {
    const mode = this.state.project?.mode;
    this.englishLabel.textContent = mode === 'retranslation' ? t('grid.retranslation') : t('grid.source');
    this.frenchLabel.textContent = this.locked() ? t('editor.frenchLocked') : t('editor.french');
    this.applyLock();
    this.diffLabel.textContent = t('editor.diff');
    this.flagsLabel.textContent = t('editor.flags');
    this.element.setAttribute('aria-label', t('editor.label'));
    this.editor?.updateOptions({ ariaLabel: t('editor.french') });
    if (this.segmentId !== null) {
      this.applyMarkers();
      this.renderFlagList();
      this.renderDiff();
    }
  }

  private load(): void {
    const segment = this.state.active;
    if (!segment) {
      this.segmentId = null;
      this.loading = true;
      this.model.setValue('');
      this.loading = false;
      this.flags = [];
      this.applyMarkers();
      this.renderAll();
      return;
    }
    if (segment.id !== this.segmentId) {
      void this.flush();
      this.segmentId = segment.id;
      this.setText(segment.target);
      this.flags = segment.flags;
    } else if (this.model.getValue() === this.savedText && segment.target !== this.savedText) {
      // The core changed the text (segment undo/redo) while the user had nothing unsaved: show its text.
      this.setText(segment.target);
      this.flags = segment.flags;
    } else if (this.model.getValue() === segment.target) {
      this.savedText = segment.target;
      this.flags = segment.flags;
    }
    this.applyMarkers();
    this.renderAll();
  }

  private setText(text: string): void {
    this.loading = true;
    this.model.setValue(text);
    this.loading = false;
    this.savedText = text;
  }

  private renderAll(): void {
    this.relabel();
    this.renderEnglish();
    this.renderDiff();
    this.renderFlagList();
  }

  // An approved segment is locked by the workflow: typing into it would only be refused and lost, so the editor
  // takes none and says why (in the UI language, and by role: only an editor can reopen). Options are only set when
  // they change: every updateOptions call closes Monaco's open widgets, the quick-fix menu among them.
  private applyLock(): void {
    const readOnly = this.state.active === null || this.locked();
    const message = t(this.state.settings?.role === 'editor' ? 'editor.lockedReopen' : 'editor.lockedAskEditor');
    if (!this.editor || (readOnly === this.lock.readOnly && message === this.lock.message)) return;
    const unlocked = this.lock.readOnly && !readOnly;
    this.lock = { readOnly, message };
    this.editor.updateOptions({ readOnly, readOnlyMessage: { value: message } });
    if (unlocked) {
      // Monaco's quick-fix model reads readOnly only when a model is attached: attach it again, or Ctrl+. stays dead.
      const view = this.editor.saveViewState();
      this.editor.setModel(null);
      this.editor.setModel(this.model);
      if (view) this.editor.restoreViewState(view);
    }
  }

  /** Whether the active segment is approved, so the workflow refuses edits until an editor reopens it. */
  private locked(): boolean {
    return this.state.active?.status === 'approved';
  }

  private onTyped(): void {
    if (this.loading) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.flush(), IDLE_SAVE_MS);
    this.state.setSave({ state: 'saving' });
    void this.checkLive();
    this.renderDiff();
  }

  // One check in flight at a time; a keystroke during it asks for one more run on the newest text, so flags follow
  // typing without a queue of stale requests.
  private async checkLive(): Promise<void> {
    if (this.checking) {
      this.checkAgain = true;
      return;
    }
    const segmentId = this.segmentId;
    if (segmentId === null) return;
    this.checking = true;
    const text = this.model.getValue();
    try {
      const flags = await this.api.checkText({ segmentId, text });
      if (segmentId === this.segmentId && text === this.model.getValue()) {
        this.flags = flags;
        this.applyMarkers();
        this.renderFlagList();
        this.renderEnglish();
        if (performance.getEntriesByName('relecture:key', 'mark').length > 0) {
          performance.measure('relecture:keystroke-to-flags', 'relecture:key');
          performance.clearMarks('relecture:key');
        }
      }
      this.hooks.onSucceeded('check');
    } catch (error) {
      this.hooks.onError(error, 'check');
    } finally {
      this.checking = false;
    }
    if (this.checkAgain) {
      this.checkAgain = false;
      void this.checkLive();
    }
  }

  private applyMarkers(): void {
    const text = this.model.getValue();
    const markers = placeFlags(text, this.flags).map((placed) => ({
      severity: MARKER_SEVERITY[placed.flag.severity] as monaco.MarkerSeverity,
      message: describeFlag(placed.flag),
      startLineNumber: placed.startLineNumber,
      startColumn: placed.startColumn,
      endLineNumber: placed.endLineNumber,
      endColumn: placed.endColumn,
    }));
    monaco.editor.setModelMarkers(this.model, MARKER_OWNER, markers);
    this.host.dataset['flagCount'] = String(markers.length);
  }

  private renderEnglish(): void {
    const segment = this.state.active;
    const english = segment?.english ?? null;
    if (english === null) {
      replaceChildren(this.englishText, el('span', { class: 'muted' }, segment ? t('editor.noEnglish') : ''));
      return;
    }
    const position = this.editor.getPosition();
    const offset = position ? this.model.getOffsetAt(position) : -1;
    const span = flagsAt(this.flags, offset).find((flag) => flag.english)?.english;
    if (!span || span.end > english.length) {
      replaceChildren(this.englishText, english);
      return;
    }
    replaceChildren(
      this.englishText,
      english.slice(0, span.start),
      el('mark', { class: 'english-span' }, english.slice(span.start, span.end)),
      english.slice(span.end),
    );
  }

  private renderDiff(): void {
    const segment = this.state.active;
    if (!segment) {
      replaceChildren(this.diffText);
      return;
    }
    const parts = wordDiff(segment.mt, this.model.getValue());
    if (parts.every((part) => part.kind === 'same')) {
      replaceChildren(this.diffText, el('span', { class: 'muted' }, t('editor.unchanged')));
      return;
    }
    replaceChildren(
      this.diffText,
      ...parts.map((part) =>
        part.kind === 'same'
          ? part.text
          : el(part.kind, { 'aria-label': t(part.kind === 'ins' ? 'editor.inserted' : 'editor.deleted') }, part.text),
      ),
    );
  }

  private renderFlagList(): void {
    if (this.flags.length === 0) {
      replaceChildren(this.flagList, el('li', { class: 'muted' }, t('editor.noFlags')));
      return;
    }
    replaceChildren(
      this.flagList,
      ...this.flags.map((flag) =>
        el(
          'li',
          { class: `flag-item severity-${flag.severity}`, 'data-flag-id': flag.id },
          el(
            'span',
            { class: 'badge' },
            el('span', { class: 'shape', 'aria-hidden': 'true' }, SEVERITY_SHAPES[flag.severity]),
            ` ${t(`severity.${flag.severity}`)}`,
          ),
          ' ',
          el('span', { class: 'flag-span', lang: 'fr' }, this.model.getValue().slice(flag.start, flag.end)),
          ' ',
          el('span', { class: 'flag-message' }, flagMessage(flag.messageKey, flag.params)),
          el(
            'span',
            { class: 'flag-actions' },
            ...flag.suggestions.map((suggestion) =>
              el(
                'button',
                { type: 'button', class: 'small', onclick: () => this.applyFix(suggestion) },
                t('editor.apply', { text: suggestion.text }),
              ),
            ),
            el(
              'button',
              { type: 'button', class: 'small', onclick: () => this.hooks.onAnnotateFlag(flag) },
              t('editor.recordMqm'),
            ),
            el(
              'button',
              { type: 'button', class: 'small', onclick: () => this.hooks.onDismissFlag(flag) },
              t('editor.dismiss'),
            ),
          ),
        ),
      ),
    );
  }

  // Applied as an editor edit, so Ctrl+Z in the editor takes it back like typing.
  private applyFix(suggestion: { start: number; end: number; text: string }): void {
    const start = this.model.getPositionAt(suggestion.start);
    const end = this.model.getPositionAt(suggestion.end);
    this.editor.executeEdits('relecture-fix', [
      { range: monaco.Range.fromPositions(start, end), text: suggestion.text, forceMoveMarkers: true },
    ]);
    this.editor.focus();
  }
}
