// Child process of the store crash test: waits for "go" on stdin, opens the project, then makes random review
// actions through the store forever, printing `try SEQ JSON` before each append and `ack SEQ` once it resolved.
// The parent kills it with SIGKILL at a random moment and checks that every acknowledged action survived.
import type { Actor, ReviewAction, ReviewSegment } from '../../src/model/review.ts';
import { applySegmentAction } from '../../src/review/apply-action.ts';
import { ProjectStore } from '../../src/store/project-store.ts';

const [projectPath, seedText] = process.argv.slice(2);
if (projectPath === undefined) throw new Error('usage: store-crash-child PROJECT SEED');

// A small deterministic generator (mulberry32), so a failing run can be replayed from its seed.
let state = Number(seedText ?? 1) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const WORDS = ['attaques', 'grèves', 'rançongiciel', '«\u00a0Chine\u00a0»', 'l’été', 'a & b', '<x>', 'dément', 'Pékin'];
const TRANSLATOR: Actor = { user: 'Tina', role: 'translator' };
const EDITOR: Actor = { user: 'Eddy', role: 'editor' };

function randomAction(segment: ReviewSegment): { action: ReviewAction; actor: Actor } {
  const segmentId = segment.id;
  const roll = random();
  if (roll < 0.4) {
    const text = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(WORDS)).join(' ');
    return { action: { type: 'edit', segmentId, text }, actor: pick([TRANSLATOR, EDITOR]) };
  }
  if (roll < 0.55) return { action: { type: 'confirm', segmentId }, actor: TRANSLATOR };
  if (roll < 0.68) return { action: { type: 'approve', segmentId }, actor: EDITOR };
  if (roll < 0.73) return { action: { type: 'reject', segmentId, reason: pick(WORDS) }, actor: EDITOR };
  if (roll < 0.8) return { action: { type: 'reopen', segmentId }, actor: EDITOR };
  if (roll < 0.86) return { action: { type: pick(['undo', 'redo'] as const), segmentId }, actor: TRANSLATOR };
  if (roll < 0.93)
    return { action: { type: 'comment', segmentId, text: pick(WORDS) }, actor: pick([TRANSLATOR, EDITOR]) };
  const end = Math.floor(random() * (segment.target.length + 1));
  return {
    action: {
      type: 'annotate',
      segmentId,
      start: Math.floor(random() * (end + 1)),
      end,
      category: pick(['accuracy/mistranslation', 'style/calque', 'terminology'] as const),
      severity: pick(['minor', 'major', 'critical'] as const),
      comment: pick(WORDS),
    },
    actor: EDITOR,
  };
}

async function run(): Promise<void> {
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  process.stdin.pause();
  const { store } = await ProjectStore.open(projectPath!);
  process.stdout.write(`open ${store.lastSeq}\n`);
  for (;;) {
    if (random() < 0.02) {
      process.stdout.write('snapshot\n');
      // Half the snapshots run beside the saves that follow, as the app's background snapshots do.
      if (random() < 0.5) await store.snapshot();
      else void store.snapshot().catch(() => undefined);
      continue;
    }
    const segment = pick(store.review.segments);
    const { action, actor } = randomAction(segment);
    const stamped = { ...action, actor, at: new Date().toISOString(), seq: store.lastSeq + 1 };
    try {
      applySegmentAction(segment, stamped);
    } catch {
      continue; // refused by the workflow: the store would refuse it too
    }
    process.stdout.write(`try ${stamped.seq} ${JSON.stringify(stamped)}\n`);
    await store.append(stamped);
    process.stdout.write(`ack ${stamped.seq}\n`);
  }
}

void run();
