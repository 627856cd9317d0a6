import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Catalogues, ExportFormat, ExportResult, ProjectView, Settings } from '../api/views.ts';
import { readPackageVersion } from '../cli/package-version.ts';
import { WRITTEN_BACK_FORMATS } from '../export/onto-original.ts';
import type { ReviewAction } from '../model/review.ts';
import type { EnglishRole } from '../model/segment.ts';
import { lexiconResources } from '../qa/lexicon/lexicon-resources.ts';
import { createReview } from '../review/create-review.ts';
import type { ContractHandlers } from './dispatch.ts';
import { exportProject } from './export-project.ts';
import { MtService, type SecretStore } from './mt-service.ts';
import { isProjectPath, projectNameOf, projectPathFor } from './project-paths.ts';
import { ProjectSession } from './project-session.ts';
import { type InputFile, readInputs } from './read-inputs.ts';
import { RecentProjects } from './recent-projects.ts';
import { SettingsService } from './settings-service.ts';
import { userDataPaths } from './user-data.ts';

/** The bundled sample: a real machine-translated AFP article and a literal retranslation of it. */
export const SAMPLE_FRENCH = 'china-denies-microsoft-hack.fr-mt.txt';
export const SAMPLE_RETRANSLATION = 'china-denies-microsoft-hack.en-retranslation.txt';

/** What a shell gives the core: where data lives, and the native pieces only it has. */
export interface WorkbenchOptions {
  readonly shell: 'electron' | 'browser';
  readonly userDataDir: string;
  readonly samplesDir: string;
  /** Where MT keys are kept (Electron: safeStorage; browser host: a 0600 file in the user-data folder). */
  readonly secrets?: SecretStore;
  /** Native dialogs, in Electron; the browser host has none and answers null. */
  readonly dialogs?: {
    open(): Promise<{ targetPath: string; englishPath?: string } | null>;
    save(defaultName: string): Promise<string | null>;
  };
  /** Network access for MT providers; injected by tests. */
  readonly fetch?: typeof fetch;
}

/** The core service behind the contract, and how to shut it down cleanly. */
export interface Workbench {
  readonly handlers: ContractHandlers;
  close(): Promise<void>;
}

/** Creates the core service: every contract call the UI can make, implemented over src/. */
export async function createWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const paths = userDataPaths(options.userDataDir);
  await mkdir(paths.projects, { recursive: true });
  const settings = new SettingsService(paths.settings);
  await settings.load();
  const recent = new RecentProjects(paths.recent);
  const mt = await MtService.create(paths, options.secrets, options.fetch);
  let session: ProjectSession | null = null;

  const requireSession = (): ProjectSession => {
    if (!session) throw Object.assign(new Error('No project is open.'), { key: 'review:errors.noProject' });
    return session;
  };
  const actor = () => ({ user: settings.get().userName, role: settings.get().role });
  const apply = (action: ReviewAction) => requireSession().apply(action, actor(), settings.get());

  /**
   * Makes the project at `projectPath` the open one, opening it with `next` unless it is open already. The review open
   * now stays open until the next one has opened: a file that cannot be read leaves it as it was, still editable.
   */
  async function switchTo(projectPath: string, next: () => Promise<ProjectSession>): Promise<ProjectView> {
    if (session?.projectPath !== projectPath) {
      const opened = await next();
      const previous = session;
      session = opened;
      // Its journal already holds every change it acknowledged; a failed final snapshot loses nothing.
      if (previous) await previous.close().catch(() => undefined);
    }
    if (!session) throw new Error(`${projectPath} did not open.`);
    await recent.remember({
      projectPath: session.projectPath,
      name: session.review.name,
      openedAt: new Date().toISOString(),
    });
    mt.attach(session);
    return session.view(settings.get());
  }

  async function openInputs(
    projectPath: string,
    name: string,
    target: InputFile,
    english: InputFile | undefined,
    role: EnglishRole,
  ) {
    if (existsSync(projectPath)) return ProjectSession.open(projectPath, settings.get());
    const inputs = readInputs(target, english, role);
    const review = createReview(inputs.document, {
      id: basename(projectPath, '.relecture.xlf'),
      name,
      mode: inputs.mode,
      englishRole: inputs.englishRole,
      origin: { file: target.file, format: inputs.document.format, ...(english ? { englishFile: english.file } : {}) },
      at: new Date().toISOString(),
    });
    // Exports to the format the file came in are written back onto it, so it is kept; a text needs no copy.
    const keepsOriginal = english === undefined && WRITTEN_BACK_FORMATS.has(inputs.document.format);
    return ProjectSession.create(
      projectPath,
      review,
      settings.get(),
      inputs.warnings,
      keepsOriginal ? target.bytes : undefined,
    );
  }

  async function openPaths(
    targetPath: string,
    englishPath: string | undefined,
    role: EnglishRole,
  ): Promise<ProjectView> {
    const target = resolve(targetPath);
    if (isProjectPath(target)) return switchTo(target, () => ProjectSession.open(target, settings.get()));
    const english = englishPath ? resolve(englishPath) : undefined;
    const projectPath = projectPathFor(
      paths.projects,
      target,
      JSON.stringify([target, english ?? null, english ? role : null]),
    );
    return switchTo(projectPath, async () =>
      openInputs(
        projectPath,
        projectNameOf(basename(target)),
        { file: target, bytes: await readFile(target) },
        english ? { file: english, bytes: await readFile(english) } : undefined,
        role,
      ),
    );
  }

  async function reopenLast(): Promise<ProjectView | null> {
    const last = (await recent.list()).find((entry) => existsSync(entry.projectPath));
    return last ? switchTo(last.projectPath, () => ProjectSession.open(last.projectPath, settings.get())) : null;
  }

  async function makeExport(format: ExportFormat): Promise<{ result: ExportResult; bytes: Uint8Array }> {
    const current = requireSession();
    return exportProject(current, format, settings.get());
  }

  const handlers: ContractHandlers = {
    'app:info': async () => ({ version: readPackageVersion(), shell: options.shell }),
    'app:catalogues': async () => lexiconResources() as Catalogues,
    'settings:get': async () => settings.get(),
    'settings:set': async (patch) => settings.update(patch as Partial<Settings>),

    'project:openSample': async () =>
      openPaths(
        join(options.samplesDir, SAMPLE_FRENCH),
        join(options.samplesDir, SAMPLE_RETRANSLATION),
        'retranslation',
      ),
    'project:open': async ({ targetPath, englishPath, englishRole }) =>
      openPaths(targetPath, englishPath, englishRole ?? 'source'),
    'project:import': async ({ target, english, englishRole }) => {
      const targetFile = { file: target.name, bytes: Buffer.from(target.contentBase64, 'base64') };
      const englishFile = english
        ? { file: english.name, bytes: Buffer.from(english.contentBase64, 'base64') }
        : undefined;
      const role = englishRole ?? 'source';
      const identity = JSON.stringify([target.name, target.contentBase64.length, english?.name ?? null, role]);
      const digestInput = `${identity}${target.contentBase64}${english?.contentBase64 ?? ''}`;
      const projectPath = projectPathFor(paths.projects, target.name, digestInput);
      return switchTo(projectPath, () =>
        openInputs(projectPath, projectNameOf(target.name), targetFile, englishFile, role),
      );
    },
    'project:current': async () => (session ? session.view(settings.get()) : reopenLast()),
    'project:recent': async () => recent.list(),
    'project:save': async () => requireSession().snapshot(),
    'project:close': async () => {
      const closing = requireSession();
      session = null;
      await closing.close();
      return { state: 'saved' as const, savedAt: new Date().toISOString() };
    },

    'segment:edit': async ({ segmentId, text }) => apply({ type: 'edit', segmentId, text }),
    'segment:confirm': async ({ segmentId }) => apply({ type: 'confirm', segmentId }),
    'segment:approve': async ({ segmentId }) => apply({ type: 'approve', segmentId }),
    'segment:reject': async ({ segmentId, reason }) => apply({ type: 'reject', segmentId, reason }),
    'segment:reopen': async ({ segmentId }) => apply({ type: 'reopen', segmentId }),
    'segment:undo': async ({ segmentId }) => apply({ type: 'undo', segmentId }),
    'segment:redo': async ({ segmentId }) => apply({ type: 'redo', segmentId }),
    'segment:comment': async ({ segmentId, text }) => apply({ type: 'comment', segmentId, text }),
    'segment:details': async ({ segmentId }) => requireSession().details(segmentId),
    'annotation:add': async (request) => apply({ type: 'annotate', ...request }),
    'annotation:remove': async ({ segmentId, annotationId }) =>
      apply({ type: 'removeAnnotation', segmentId, annotationId }),
    'flag:annotate': async ({ segmentId, flagId }) => {
      const flag = requireSession().flag(segmentId, flagId);
      return apply({
        type: 'annotate',
        segmentId,
        start: flag.start,
        end: flag.end,
        category: flag.category,
        severity: flag.severity,
        comment: '',
        fromCheck: flag.check,
      });
    },
    'flag:dismiss': async ({ segmentId, flagId }) => {
      const flag = requireSession().flag(segmentId, flagId);
      return apply({ type: 'dismissFlag', segmentId, flagId, check: flag.check });
    },
    'qa:check': async ({ segmentId, text }) => requireSession().checkText(segmentId, text),
    'report:summary': async () => requireSession().summary(settings.get()),

    'export:write': async ({ format, path }) => {
      const current = requireSession();
      const { result } = await exportProject(current, format, settings.get(), resolve(path));
      return result;
    },
    'export:download': async ({ format }) => {
      const { result, bytes } = await makeExport(format);
      return { ...result, contentBase64: Buffer.from(bytes).toString('base64') };
    },
    'dialog:open': async () => (options.dialogs ? options.dialogs.open() : null),
    'dialog:save': async ({ defaultName }) => (options.dialogs ? options.dialogs.save(defaultName) : null),

    'mt:getSettings': async () => mt.settings(),
    'mt:setSettings': async (request) => mt.configure(request),
    'mt:test': async () => mt.testConnection(),
    'mt:retranslate': async ({ segmentIds }) => mt.start(segmentIds, actor(), settings.get()),
    'mt:progress': async ({ jobId }) => mt.progress(jobId),
    'mt:cancel': async ({ jobId }) => mt.cancel(jobId),
  };

  return {
    handlers,
    close: async () => {
      mt.cancelAll();
      if (session) {
        const closing = session;
        session = null;
        await closing.close();
      }
    },
  };
}
