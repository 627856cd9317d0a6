import type { MtJobState } from '../api/views.ts';
import type { MtCache } from './mt-cache.ts';
import { isCancellation, MtError } from './mt-error.ts';
import type { MtLanguage, MtProvider } from './mt-types.ts';
import { type RetranslationInput, retranslateSegments } from './retranslate-segments.ts';

/** A retranslation job to start, as `mt:retranslate` needs it. */
export interface RetranslationJobRequest {
  readonly provider: MtProvider;
  readonly segments: readonly RetranslationInput[];
  readonly cache: MtCache;
  /** French to English unless told otherwise. */
  readonly from?: MtLanguage;
  readonly to?: MtLanguage;
  /** Applies retranslations as they arrive (e.g. as `setRetranslation` actions); the job ends after the last one. */
  readonly onResults?: (retranslations: ReadonlyMap<string, string>) => void | Promise<void>;
}

/** The running and recent retranslation jobs of one host, behind `mt:retranslate`, `mt:progress` and `mt:cancel`. */
export interface MtJobRegistry {
  /** Starts a job in the background and returns its first state. */
  start(request: RetranslationJobRequest): MtJobState;
  /** The job's current state, or undefined for an unknown id. */
  state(jobId: string): MtJobState | undefined;
  /** Cancels a running job (a finished one stays as it was) and returns its state. */
  cancel(jobId: string): MtJobState | undefined;
  /** Resolves with the job's final state once it has ended. */
  finished(jobId: string): Promise<MtJobState> | undefined;
}

/** How many finished jobs are remembered for late progress queries. */
const KEPT_FINISHED_JOBS = 20;

interface Job {
  state: MtJobState;
  readonly controller: AbortController;
  readonly finished: Promise<MtJobState>;
}

/**
 * Creates a job registry. Job failures are kept as their `MtError` message (which never holds a key); `newId`
 * makes ids (random UUIDs by default).
 */
export function createMtJobRegistry(newId: () => string = () => globalThis.crypto.randomUUID()): MtJobRegistry {
  const jobs = new Map<string, Job>();

  function forgetOldJobs(): void {
    const finished = [...jobs.entries()].filter(([, job]) => job.state.state !== 'running');
    for (const [jobId] of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED_JOBS))) jobs.delete(jobId);
  }

  return {
    start(request: RetranslationJobRequest): MtJobState {
      const jobId = newId();
      const controller = new AbortController();
      const from = request.from ?? 'fr';
      const to = request.to ?? (from === 'fr' ? 'en' : 'fr');
      let applying: Promise<void> = Promise.resolve();
      const update = (change: Partial<MtJobState>): MtJobState => {
        const job = jobs.get(jobId);
        if (!job) return { jobId, done: 0, total: 0, state: 'failed', ...change };
        job.state = { ...job.state, ...change };
        return job.state;
      };
      const run = async (): Promise<MtJobState> => {
        try {
          await retranslateSegments(request.provider, request.segments, {
            from,
            to,
            cache: request.cache,
            signal: controller.signal,
            onProgress: (done, total) => {
              update({ done, total });
            },
            onResults: (retranslations) => {
              // Applied in order, one batch after the other, even when applying is asynchronous.
              applying = applying.then(() => request.onResults?.(retranslations));
            },
          });
          await applying;
          return update({ state: 'done' });
        } catch (error) {
          // What was retranslated before the failure is still applied.
          await applying.catch(() => undefined);
          if (isCancellation(error)) return update({ state: 'cancelled' });
          const message =
            error instanceof MtError ? error.message : error instanceof Error ? error.message : String(error);
          return update({ state: 'failed', error: message });
        } finally {
          forgetOldJobs();
        }
      };
      const job: Job = {
        state: { jobId, done: 0, total: request.segments.length, state: 'running' },
        controller,
        finished: Promise.resolve().then(run),
      };
      jobs.set(jobId, job);
      return job.state;
    },
    state(jobId: string): MtJobState | undefined {
      return jobs.get(jobId)?.state;
    },
    cancel(jobId: string): MtJobState | undefined {
      const job = jobs.get(jobId);
      if (job && job.state.state === 'running') job.controller.abort();
      return job?.state;
    },
    finished(jobId: string): Promise<MtJobState> | undefined {
      return jobs.get(jobId)?.finished;
    },
  };
}
