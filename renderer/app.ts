// Wires the desk together: loads settings and the review, lays out the views, and runs every command (keys, buttons,
// menus) through one function so each works the same way from anywhere.
import type { RelectureApi, ShellCommand } from '../src/api/methods.ts';
import type { AppInfo, ExportFormat, ProjectView, SegmentUpdate, Settings } from '../src/api/views.ts';
import type { EnglishRole } from '../src/model/segment.ts';
import { asApiError } from './api/browser-api.ts';
import { createModal } from './dialogs/modal.ts';
import { editMtSettings } from './dialogs/mt-settings-dialog.ts';
import { chooseFiles } from './dialogs/open-dialog.ts';
import { askRejectReason } from './dialogs/reason-dialog.ts';
import { retranslateSegments } from './dialogs/retranslate-dialog.ts';
import { editSettings } from './dialogs/settings-dialog.ts';
import { showShortcuts } from './dialogs/shortcuts-dialog.ts';
import { el } from './dom/el.ts';
import { EditorPane } from './editor/editor-pane.ts';
import { FilterBar } from './grid/filter-bar.ts';
import { stepThrough } from './grid/segment-filter.ts';
import { SegmentGrid } from './grid/segment-grid.ts';
import { addCatalogues, errorMessage, setUiLanguage, t } from './i18n/ui-i18n.ts';
import { commandForKey, type DeskCommand } from './keyboard/keymap.ts';
import { exportOutcome, exportReview, showExportOutcome, showReport } from './report/report-view.ts';
import { ReviewPanel } from './review/review-panel.ts';
import { readUpload, sortDroppedFiles } from './shell/files.ts';
import { Toolbar } from './shell/toolbar.ts';
import { DeskState } from './state/desk-state.ts';
import { StatusBar } from './status/status-bar.ts';
import { type Operation, operationOf } from './status/status-message.ts';

/** Fields that take typing (or, for a select, arrow keys) for themselves: segment shortcuts stay out of them. */
const TEXT_FIELDS =
  'textarea, select, [contenteditable], input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"])';

/** The running desk. */
export class DeskApp {
  private readonly state = new DeskState();
  private info: AppInfo = { version: '', shell: 'browser' };
  private grid!: SegmentGrid;
  private editor!: EditorPane;
  private filterBar!: FilterBar;
  private statusBar!: StatusBar;

  constructor(private readonly api: RelectureApi) {}

  /** Loads settings, catalogues and the review (the sample on first start), then shows the desk in `root`. */
  async start(root: HTMLElement): Promise<void> {
    const [info, catalogues, settings] = await Promise.all([
      this.api.appInfo({}),
      this.api.catalogues({}),
      this.api.getSettings({}),
    ]);
    this.info = info;
    addCatalogues(catalogues);
    await setUiLanguage(settings.uiLanguage);
    this.state.setSettings(settings);
    this.layout(root);
    this.listen();
    const project = (await this.api.currentProject({})) ?? (await this.api.openSample({}));
    this.showProject(project);
  }

  private layout(root: HTMLElement): void {
    this.statusBar = new StatusBar(this.state);
    this.grid = new SegmentGrid(this.state, () => this.editor.focus());
    this.filterBar = new FilterBar(this.state, () => this.editor.focus());
    this.editor = new EditorPane(this.state, this.api, {
      onError: (error, operation) => this.report(error, operation),
      onSucceeded: (operation) => this.statusBar.succeeded(operation),
      onDismissFlag: (flag) =>
        void this.act(() => this.api.dismissFlag({ segmentId: this.state.active!.id, flagId: flag.id })),
      onAnnotateFlag: (flag) =>
        void this.act(() => this.api.annotateFlag({ segmentId: this.state.active!.id, flagId: flag.id })),
      onKeyCommand: (event) => this.onEditorKey(event),
    });
    const review = new ReviewPanel(this.state, this.api, {
      act: (action, thenNext) => this.act(action, thenNext),
      selection: () => this.editor.selection(),
      askReason: () => askRejectReason(),
    });
    const toolbar = new Toolbar(
      this.state,
      (command) => void this.run(command),
      (language) => void this.changeSettings({ uiLanguage: language }),
    );
    root.replaceChildren(
      toolbar.element,
      el(
        'main',
        { class: 'desk' },
        el('div', { class: 'grid-column' }, this.filterBar.element, this.grid.element),
        el('div', { class: 'work-row' }, this.editor.element, review.element),
      ),
      this.statusBar.element,
    );
    this.grid.mount();
  }

  private listen(): void {
    window.addEventListener('keydown', (event) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const target = event.target as HTMLElement | null;
      const inEditor = Boolean(target?.closest('.monaco-editor'));
      const inTextField = !inEditor && (target?.matches(TEXT_FIELDS) ?? false);
      const shortcut = commandForKey(event, inTextField ? 'text-field' : 'desk');
      if (!shortcut) return;
      // Monaco keeps its own undo (the segment editor's keys went through onEditorKey first).
      if (inEditor && (shortcut.command === 'undo' || shortcut.command === 'redo')) return;
      event.preventDefault();
      void this.run(shortcut.command);
    });
    window.addEventListener('dragover', (event) => event.preventDefault());
    window.addEventListener('drop', (event) => {
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) void this.importFiles(files);
    });
    window.addEventListener('beforeunload', () => void this.editor.flush());
    this.api.onCommand((command: ShellCommand) => {
      if (command === 'language-en' || command === 'language-fr')
        void this.changeSettings({ uiLanguage: command === 'language-en' ? 'en' : 'fr' });
      else void this.run(command);
    });
  }

  // Keys pressed in Monaco: desk commands are taken over, Monaco keeps its own (undo, F8, Ctrl+.).
  private onEditorKey(event: KeyboardEvent): boolean {
    const shortcut = commandForKey(event);
    if (!shortcut || shortcut.editorOwned) return false;
    void this.run(shortcut.command);
    return true;
  }

  /** Runs a desk command; a failure is shown in the status bar. */
  async run(command: DeskCommand): Promise<void> {
    try {
      // Awaited here so a rejection from any branch lands in this catch.
      await this.dispatch(command);
    } catch (error) {
      this.report(error, operationOf(command));
    }
  }

  private async dispatch(command: DeskCommand): Promise<void> {
    switch (command) {
      case 'confirm-next': {
        const segment = this.state.active;
        if (!segment) return;
        const editor = this.state.settings?.role === 'editor';
        await this.act(
          () =>
            editor
              ? this.api.approveSegment({ segmentId: segment.id })
              : this.api.confirmSegment({ segmentId: segment.id }),
          true,
        );
        return;
      }
      case 'next-segment':
      case 'previous-segment':
        return this.step(command === 'next-segment' ? 1 : -1);
      case 'next-flagged':
        return this.step(1, (index) => (this.state.segments[index]?.flags.length ?? 0) > 0);
      case 'quick-fix':
        return this.editor.quickFix();
      case 'next-problem':
        return this.editor.runEditorAction('editor.action.marker.next');
      case 'previous-problem':
        return this.editor.runEditorAction('editor.action.marker.prev');
      case 'undo':
      case 'redo': {
        const segment = this.state.active;
        if (!segment) return;
        await this.act(() =>
          command === 'undo'
            ? this.api.undoSegment({ segmentId: segment.id })
            : this.api.redoSegment({ segmentId: segment.id }),
        );
        return;
      }
      case 'save': {
        await this.editor.flush();
        this.state.setSave({ state: 'saving' });
        this.state.setSave(await this.api.saveProject({}));
        this.statusBar.succeeded('save');
        return;
      }
      case 'open':
        return this.open();
      case 'find':
        return this.filterBar.focus();
      case 'shortcuts':
        return showShortcuts();
      case 'toggle-report':
      case 'export':
        return this.showReportDialog();
      case 'settings': {
        const changes = this.state.settings ? await editSettings(this.state.settings) : null;
        if (changes) await this.changeSettings(changes);
        return;
      }
      case 'mt-settings':
        await editMtSettings(this.api);
        return;
      case 'retranslate':
        return this.retranslate();
    }
  }

  private async retranslate(): Promise<void> {
    await this.editor.flush();
    const active = this.state.active;
    await retranslateSegments(this.api, {
      active: active ? { id: active.id, number: active.index + 1 } : null,
      shownIds: this.state.order.flatMap((index) => this.state.segments[index]?.id ?? []),
      total: this.state.segments.length,
      openMtSettings: async () => {
        await editMtSettings(this.api);
      },
      reload: async () => {
        const project = await this.api.currentProject({});
        if (!project) return;
        const activeId = this.state.active?.id;
        this.showProject(project);
        const back = activeId === undefined ? undefined : this.state.indexOf(activeId);
        if (back !== undefined) this.state.activate(back);
        this.statusBar.show({ text: () => t('retranslate.reloaded'), kind: 'info', operation: 'retranslate' });
      },
    });
  }

  /** Saves typed text, runs a review action, shows its result; `thenNext` moves on to the next segment. */
  async act(action: () => Promise<SegmentUpdate>, thenNext = false): Promise<void> {
    try {
      await this.editor.flush();
      const update = await action();
      this.state.applyUpdate(update);
      this.statusBar.succeeded('review');
      if (thenNext) this.step(1);
    } catch (error) {
      this.report(error, 'review');
    }
  }

  private step(direction: 1 | -1, accept?: (index: number) => boolean): void {
    const current = this.state.activeIndex;
    if (current === null) return;
    const next = stepThrough(this.state.order, current, direction, accept);
    if (next !== null) {
      void this.editor.flush();
      this.state.activate(next);
    }
  }

  private async changeSettings(changes: Partial<Settings>): Promise<void> {
    try {
      const settings = await this.api.setSettings(changes);
      await setUiLanguage(settings.uiLanguage);
      this.state.setSettings(settings);
      // Penalties and threshold change the score.
      if (changes.penalties || changes.passThreshold !== undefined) {
        this.state.summary = await this.api.reportSummary({});
        this.state.emit('summary');
      }
      this.statusBar.succeeded('settings');
    } catch (error) {
      this.report(error, 'settings');
    }
  }

  private showProject(project: ProjectView): void {
    performance.mark('relecture:data-loaded');
    this.state.setProject(project);
    document.title = `${project.name} — Relecture`;
    this.statusBar.succeeded('open');
    for (const warning of project.warnings)
      this.statusBar.show({ text: () => warning, kind: 'info', operation: 'open' });
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        performance.mark('relecture:grid-painted');
        performance.measure('relecture:first-paint', 'relecture:data-loaded', 'relecture:grid-painted');
        document.body.dataset['ready'] = 'true';
      }),
    );
  }

  private async open(): Promise<void> {
    await this.editor.flush();
    const choice = await chooseFiles(this.info.shell, await this.api.recentProjects({}).catch(() => []));
    if (!choice) return;
    if (choice.kind === 'sample') return this.showProject(await this.api.openSample({}));
    if (choice.kind === 'recent')
      return this.showProject(await this.api.openProject({ targetPath: choice.projectPath }));
    if (choice.kind === 'native') {
      const paths = await this.api.showOpenDialog({});
      if (!paths) return;
      return this.showProject(await this.api.openProject({ ...paths, englishRole: choice.englishRole }));
    }
    this.showProject(
      await this.api.importProject(
        choice.english
          ? { target: choice.target, english: choice.english, englishRole: choice.englishRole }
          : { target: choice.target },
      ),
    );
  }

  private async importFiles(files: File[]): Promise<void> {
    try {
      const { french, english, role } = sortDroppedFiles(files);
      if (!french) return;
      await this.editor.flush();
      const target = await readUpload(french);
      const englishRole: EnglishRole = role;
      this.showProject(
        await this.api.importProject(
          english ? { target, english: await readUpload(english), englishRole } : { target },
        ),
      );
    } catch (error) {
      this.report(error, 'open');
    }
  }

  private async showReportDialog(): Promise<void> {
    await this.editor.flush();
    const summary = await this.api.reportSummary({});
    this.state.summary = summary;
    this.state.emit('summary');
    const container = el('div', { class: 'report-container' });
    const modal = createModal(t('report.title'), 'report-dialog', container);
    const onExport = (format: ExportFormat) => {
      void exportReview(this.api, format, this.info.shell, this.state.project?.name ?? 'relecture')
        .then((done) => {
          if (!done) return;
          // Said in the dialog, which covers the status bar, and in the status bar, which outlives the dialog.
          const outcome = exportOutcome(format, done);
          showExportOutcome(container, outcome);
          this.statusBar.show(outcome);
        })
        .catch((error: unknown) => this.report(error, 'export'));
    };
    showReport(container, summary, onExport);
    const close = el('button', { type: 'button', class: 'primary', onclick: () => modal.close() }, t('dialog.close'));
    modal.footer.append(close);
    const shown = modal.show();
    close.focus();
    await shown;
  }

  /** Shows a failure of `operation` in the status bar, worded in the UI language with the grid's row numbers. */
  private report(error: unknown, operation: Operation): void {
    const failure = asApiError(error);
    const segmentNumber = (segmentId: string) => this.state.segmentNumber(segmentId);
    this.statusBar.show({ text: () => errorMessage(failure, segmentNumber), kind: 'error', operation });
    console.error(error);
  }
}
