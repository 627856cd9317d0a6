// Latency of one durable segment save (ProjectStore.append: apply, journal line, fdatasync) in a project of 100
// segments and in one of 100,000. Goal: p99 ≤ 2 ms in both, i.e. a cost independent of the project's size.
// Run: node --import tsx bench/save-latency.ts [saves]
import { closeSync, fdatasyncSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReviewDocument } from '../src/model/review.ts';
import { applyAction } from '../src/review/apply-action.ts';
import { createReview } from '../src/review/create-review.ts';
import { ProjectStore } from '../src/store/project-store.ts';

function reviewOf(count: number): ReviewDocument {
  return createReview(
    {
      format: 'txt',
      sourceLang: 'en',
      targetLang: 'fr',
      units: Array.from({ length: count }, (_, i) => ({
        id: `s${i + 1}`,
        source: `The ransomware strikes were reported on day ${i}.`,
        target: `Les grèves de rançongiciels ont été signalées le jour ${i}.`,
        codes: [],
        notes: [],
        issues: [],
      })),
    },
    {
      id: `bench-${count}`,
      name: `bench ${count}`,
      mode: 'source',
      englishRole: 'source',
      origin: { file: 'bench.txt', format: 'txt' },
      at: new Date().toISOString(),
    },
  );
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Timings {
  readonly times: number[];
  cpuMicros: number;
}

function summary(label: string, timings: Timings, saves: number): string {
  const sorted = timings.times.slice().sort((a, b) => a - b);
  return (
    `${label} p50 ${percentile(sorted, 50).toFixed(3)} ms, p99 ${percentile(sorted, 99).toFixed(3)} ms, ` +
    `max ${sorted.at(-1)!.toFixed(3)} ms, CPU ${(timings.cpuMicros / 1000 / saves).toFixed(3)} ms/save`
  );
}

function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

async function timed(timings: Timings, warm: boolean, run: () => Promise<unknown> | undefined): Promise<void> {
  const cpuStarted = cpuMicros();
  const started = performance.now();
  await run();
  const elapsed = performance.now() - started;
  const cpu = cpuMicros() - cpuStarted;
  if (!warm) return;
  timings.times.push(elapsed);
  timings.cpuMicros += cpu;
}

// Each store save is interleaved with the disk's own floor, measured the same way beside the project (append one line
// of the same size and fdatasync, through the async FileHandle and through the bare sync calls), in an order that
// rotates every save, so all three see the same disk conditions.
async function measure(count: number, saves: number, dir: string): Promise<void> {
  const path = join(dir, `bench-${count}.relecture.xlf`);
  const createdAt = performance.now();
  const store = await ProjectStore.create(path, reviewOf(count));
  const createMs = performance.now() - createdAt;
  const floorHandle = await open(join(dir, `floor-${count}.journal`), 'a');
  const syncFloorFd = openSync(join(dir, `sync-floor-${count}.journal`), 'a');
  const saved: Timings = { times: [], cpuMicros: 0 };
  const floor: Timings = { times: [], cpuMicros: 0 };
  const syncFloor: Timings = { times: [], cpuMicros: 0 };
  const actor = { user: 'bench', role: 'translator' } as const;
  // Steady state: let the collector finish with the garbage of building a large project before timing saves.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (let i = 0; i < saves + 50; i++) {
    const warm = i >= 50; // the first 50 warm the JIT up
    const segmentId = `s${((i * 7919) % count) + 1}`;
    const action = {
      type: 'edit',
      segmentId,
      text: `Les attaques de rançongiciels, version ${i}.`,
      actor,
      at: new Date().toISOString(),
    } as const;
    const line = Buffer.from(`${JSON.stringify({ ...action, seq: i + 1 })}\n`);
    const steps = [
      () => timed(saved, warm, () => store.append(action)),
      () =>
        timed(floor, warm, async () => {
          await floorHandle.write(line);
          await floorHandle.datasync();
        }),
      () =>
        timed(syncFloor, warm, () => {
          writeSync(syncFloorFd, line);
          fdatasyncSync(syncFloorFd);
          return undefined;
        }),
    ];
    for (let step = 0; step < steps.length; step++) await steps[(i + step) % steps.length]!();
  }
  await floorHandle.close();
  closeSync(syncFloorFd);
  const closedAt = performance.now();
  await store.close();
  const closeMs = performance.now() - closedAt;
  const openedAt = performance.now();
  const reopened = await ProjectStore.open(path);
  const openMs = performance.now() - openedAt;
  await reopened.store.close();
  console.log(
    `${String(count).padStart(7)} segments: ${summary('save', saved, saves)} over ${saves} saves ` +
      `(create ${createMs.toFixed(0)} ms, close with snapshot ${closeMs.toFixed(0)} ms, reopen ${openMs.toFixed(0)} ms)`,
  );
  console.log(`${' '.repeat(18)}${summary('disk floor, async write+datasync (interleaved)', floor, saves)}`);
  console.log(`${' '.repeat(18)}${summary('disk floor, writeSync+fdatasyncSync (interleaved)', syncFloor, saves)}`);
}

// The pure reducer beside the store: applyAction copies the segments array once per action (the store does not).
function measureReducer(count: number, actions: number): void {
  let review = reviewOf(count);
  const actor = { user: 'bench', role: 'translator' } as const;
  const times: number[] = [];
  for (let i = 0; i < actions + 50; i++) {
    const segmentId = `s${((i * 7919) % count) + 1}`;
    const started = performance.now();
    review = applyAction(review, { type: 'edit', segmentId, text: `v${i}`, actor, at: 'T', seq: i + 1 });
    if (i >= 50) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  applyAction (pure, copies the array) at ${count} segments: p50 ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms`,
  );
}

async function main(): Promise<void> {
  const saves = Number(process.argv[2] ?? 2000);
  const dir = join('bench', 'data', 'save-latency');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log('durable segment save (append + fdatasync), goal p99 ≤ 2 ms in both');
  await measure(100, saves, dir);
  await measure(100_000, saves, dir);
  measureReducer(100, saves);
  measureReducer(100_000, saves);
  rmSync(dir, { recursive: true, force: true });
}

void main();
