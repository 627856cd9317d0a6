import type { MtJobState, MtSettings, Settings } from '../api/views.ts';
import type { Actor } from '../model/review.ts';
import { FileSecretStore } from '../mt/file-secret-store.ts';
import { type FileMtCache, openMtCache } from '../mt/mt-cache.ts';
import { createMtJobRegistry } from '../mt/mt-jobs.ts';
import {
  DEFAULT_MT_SETTINGS,
  describeMtSettings,
  providerFromSettings,
  type StoredMtSettings,
} from '../mt/mt-settings.ts';
import { mtKeySecretName, type SecretStore } from '../mt/secret-store.ts';
import { testConnection } from '../mt/test-connection.ts';
import type { ProjectSession } from './project-session.ts';
import { readJsonFile, type UserDataPaths, writeJsonFile } from './user-data.ts';

export type { SecretStore } from '../mt/secret-store.ts';

/**
 * Retranslation for the open project: provider settings (the key kept in the secret store, never in settings or
 * projects), connection test, and background jobs with progress and cancel. With no provider chosen nothing is sent.
 */
export class MtService {
  private session: ProjectSession | null = null;
  private readonly jobs = createMtJobRegistry();
  private readonly running = new Set<string>();

  private constructor(
    private readonly paths: UserDataPaths,
    private stored: StoredMtSettings,
    private readonly secrets: SecretStore,
    private readonly cache: FileMtCache,
    private readonly fetchImpl: typeof fetch | undefined,
  ) {}

  /** Loads the stored settings and opens the translation cache. */
  static async create(
    paths: UserDataPaths,
    secrets: SecretStore | undefined,
    fetchImpl?: typeof fetch,
  ): Promise<MtService> {
    const stored = await readJsonFile<StoredMtSettings>(paths.mtSettings, DEFAULT_MT_SETTINGS);
    const cache = await openMtCache(paths.mtCache);
    return new MtService(paths, stored, secrets ?? new FileSecretStore(paths.secrets), cache, fetchImpl);
  }

  /** Jobs write their results into this project. */
  attach(session: ProjectSession): void {
    this.cancelAll();
    this.session = session;
  }

  /** The settings as the UI sees them (whether a key is stored, not the key). */
  settings(): Promise<MtSettings> {
    return describeMtSettings(this.stored, this.secrets);
  }

  /** Saves provider, URL and model; stores the key in the secret store when one is given. */
  async configure(request: {
    provider: MtSettings['provider'];
    url: string;
    model: string;
    key?: string;
  }): Promise<MtSettings> {
    this.stored = { provider: request.provider, url: request.url.trim(), model: request.model.trim() };
    await writeJsonFile(this.paths.mtSettings, this.stored);
    if (request.provider !== 'none' && request.key !== undefined) {
      await this.secrets.set(mtKeySecretName(request.provider), request.key === '' ? undefined : request.key);
    }
    return this.settings();
  }

  /** Translates one short text to show whether the provider answers. */
  async testConnection(): Promise<{ ok: boolean; message: string }> {
    const provider = await providerFromSettings(this.stored, this.secrets, this.fetchImpl);
    if (!provider) return { ok: false, message: 'No retranslation service is configured.' };
    return testConnection(provider);
  }

  /** Starts retranslating the given segments (or all) of the open project into English; returns the job. */
  async start(segmentIds: readonly string[] | 'all', actor: Actor, settings: Settings): Promise<MtJobState> {
    const session = this.session;
    if (!session) throw new Error('No project is open.');
    const provider = await providerFromSettings(this.stored, this.secrets, this.fetchImpl);
    if (!provider)
      throw Object.assign(new Error('No retranslation service is configured.'), { key: 'review:errors.noMtProvider' });
    const wanted = segmentIds === 'all' ? null : new Set(segmentIds);
    const segments = session.review.segments
      .filter((segment) => wanted === null || wanted.has(segment.id))
      .map((segment) => ({ id: segment.id, text: segment.target }));
    const job = this.jobs.start({
      provider,
      segments,
      cache: this.cache,
      // Each batch becomes journaled setRetranslation actions as it arrives, so a cancel keeps what was paid for.
      onResults: async (retranslations) => {
        for (const [segmentId, text] of retranslations) {
          await session.apply({ type: 'setRetranslation', segmentId, text }, actor, settings);
        }
      },
    });
    this.running.add(job.jobId);
    return job;
  }

  /** Where a job stands. */
  progress(jobId: string): MtJobState {
    const state = this.jobs.state(jobId);
    if (!state) throw new Error(`No retranslation job ${jobId}.`);
    return state;
  }

  /** Cancels a job; translations already received stay in the cache and the project. */
  cancel(jobId: string): MtJobState {
    const state = this.jobs.cancel(jobId);
    if (!state) throw new Error(`No retranslation job ${jobId}.`);
    return state;
  }

  /** Cancels every running job (project switch, quit). */
  cancelAll(): void {
    for (const jobId of this.running) this.jobs.cancel(jobId);
    this.running.clear();
  }
}
