import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReviewDocument, StampedAction } from '../../src/model/review.ts';
import { applyAction } from '../../src/review/apply-action.ts';
import { createReview } from '../../src/review/create-review.ts';
import { ProjectStore } from '../../src/store/project-store.ts';

/** What a crash run found. */
export interface CrashRunResult {
  readonly kills: number;
  /** Actions the store acknowledged before a kill. */
  readonly acknowledged: number;
  /** Acknowledged actions missing after reopening (goal 0). */
  readonly lost: number;
  /** Reopened reviews that differ from the journaled actions replayed by hand (goal 0). */
  readonly mismatches: number;
  readonly warnings: number;
  readonly messages: readonly string[];
  readonly seconds: number;
}

const CHILD = fileURLToPath(new URL('./store-crash-child.ts', import.meta.url));

/**
 * How the child is started: `tsx` runs the TypeScript through `node --import tsx` (about 0.5 s of start-up CPU per
 * child); `bundle` first bundles the same child and store code with esbuild into one script run by plain node
 * (about 0.1 s), which is what lets hundreds of kills fit in the test suite's time budget.
 */
export type CrashChildLauncher = 'tsx' | 'bundle';

async function childCommand(launcher: CrashChildLauncher, dir: string): Promise<string[]> {
  if (launcher === 'tsx') return ['--import', 'tsx', CHILD];
  const { build } = await import('esbuild');
  const outfile = join(dir, 'store-crash-child.cjs');
  await build({ entryPoints: [CHILD], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  return [outfile];
}

const SPARE_CHILDREN = 2;
const RESTART_EVERY = 25;

interface Warm {
  readonly child: ChildProcess;
  readonly output: Promise<string>;
  readonly exited: Promise<void>;
}

function spawnChild(command: readonly string[], projectPath: string, seed: number): Warm {
  const child = spawn(process.execPath, [...command, projectPath, String(seed)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let text = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    text += chunk;
  });
  const output = new Promise<string>((resolve) => child.stdout!.on('close', () => resolve(text)));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  // Resolves the "open" wait below by polling the accumulated text.
  Object.defineProperty(child, 'text', { get: () => text });
  return { child, output, exited };
}

async function waitForOpen(warm: Warm): Promise<void> {
  for (;;) {
    const text = (warm.child as unknown as { text: string }).text;
    if (text.includes('open ')) return;
    if (warm.child.exitCode !== null) throw new Error('crash child exited before opening the project');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

function sameReview(a: ReviewDocument, b: ReviewDocument): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Runs `kills` crash cycles on a fresh 20-segment project: a warm child (node --import tsx) opens it, makes random
 * actions through the store and is SIGKILLed after a random 1–31 ms; the project is then reopened and compared
 * with the acknowledged actions. Spare children are started ahead so their start-up overlaps the previous cycles.
 */
export async function runStoreCrashCycles(
  kills: number,
  options: { readonly seed?: number; readonly launcher?: CrashChildLauncher } = {},
): Promise<CrashRunResult> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const dir = mkdtempSync(join(tmpdir(), 'relecture-crash-'));
  const command = await childCommand(options.launcher ?? 'bundle', dir);
  const projectPath = join(dir, 'crash.relecture.xlf');
  const fresh = (): ReviewDocument =>
    createReview(
      {
        format: 'txt',
        sourceLang: 'en',
        targetLang: 'fr',
        units: Array.from({ length: 20 }, (_, i) => ({
          id: `s${i + 1}`,
          source: `Sentence ${i + 1}.`,
          target: `Phrase ${i + 1}.`,
          codes: [],
          notes: [],
          issues: [],
        })),
      },
      {
        id: 'crash',
        name: 'crash',
        mode: 'source',
        englishRole: 'source',
        origin: { file: 'crash.txt', format: 'txt' },
        at: new Date().toISOString(),
      },
    );
  // Histories grow with every action and each reopen parses them; a fresh project every few dozen kills keeps the
  // cycle time flat without changing what is tested.
  const restart = async (): Promise<ReviewDocument> => {
    for (const name of readdirSync(dir)) if (name.startsWith('crash.relecture.xlf')) rmSync(join(dir, name));
    const review = fresh();
    await (await ProjectStore.create(projectPath, review)).close();
    return review;
  };
  let model = await restart();
  let acknowledged = 0;
  let lost = 0;
  let mismatches = 0;
  let warnings = 0;
  const messages: string[] = [];
  let random = seed >>> 0;
  const next = () => {
    random = (Math.imul(random, 1664525) + 1013904223) >>> 0;
    return random / 4294967296;
  };
  try {
    // Spare children start up while the current one works, so start-up time overlaps the cycles.
    const spares = Array.from({ length: SPARE_CHILDREN }, (_, i) =>
      spawnChild(command, projectPath, seed * 100_003 + i),
    );
    for (let kill = 0; kill < kills; kill++) {
      const current = spares.shift()!;
      current.child.stdin!.write('go\n');
      await waitForOpen(current);
      spares.push(spawnChild(command, projectPath, seed * 100_003 + kill + SPARE_CHILDREN));
      await new Promise((resolve) => setTimeout(resolve, 1 + next() * 30));
      current.child.kill('SIGKILL');
      await current.exited;
      const lines = (await current.output).split('\n');
      lines.pop(); // a line cut by the kill has no newline
      const tried = new Map<number, StampedAction>();
      const acked: number[] = [];
      for (const line of lines) {
        if (line.startsWith('try ')) {
          const space = line.indexOf(' ', 4);
          tried.set(Number(line.slice(4, space)), JSON.parse(line.slice(space + 1)) as StampedAction);
        } else if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      }
      const opened = await ProjectStore.open(projectPath);
      warnings += opened.warnings.length;
      const durable = opened.store.lastSeq;
      acknowledged += acked.length;
      const missing = acked.filter((seq) => seq > durable);
      lost += missing.length;
      if (missing.length > 0)
        messages.push(`kill ${kill}: acknowledged ${missing.join(', ')} but reopened at ${durable}`);
      let expected = model;
      for (const [seq, action] of [...tried].sort((a, b) => a[0] - b[0])) {
        if (seq <= durable) expected = applyAction(expected, action);
      }
      const reopened = { ...opened.review, segments: opened.review.segments.slice() };
      if (!sameReview(expected, reopened)) {
        mismatches++;
        messages.push(`kill ${kill}: reopened review differs from the actions journaled up to ${durable}`);
      }
      model = reopened;
      // No snapshot here: the children write their own, and the journal must carry the history across kills.
      await opened.store.release();
      if ((kill + 1) % RESTART_EVERY === 0) model = await restart();
    }
    for (const spare of spares) {
      spare.child.kill('SIGKILL');
      await spare.exited;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    kills,
    acknowledged,
    lost,
    mismatches,
    warnings,
    messages,
    seconds: (performance.now() - started) / 1000,
  };
}
