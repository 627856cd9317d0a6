import type { Flag } from '../model/flag.ts';
import type { CheckContext, CheckSegment } from '../qa/check.ts';
import { checkSegment } from '../qa/run-checks.ts';

// How long the checks run before the event loop gets a turn. Checking 100,000 segments takes seconds; run in one go,
// it would freeze the Electron main process (windows, menus, every other call) or the host for all that time.
const DEFAULT_SLICE_MS = 25;

/** Resolves once timers, I/O and IPC waiting behind the current task have had their turn. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Every segment's flags, in order: the same as checking each segment in turn, but computed in slices of about
 * `sliceMs` with the event loop free between them.
 */
export async function checkAllSegments(
  segments: readonly CheckSegment[],
  context: CheckContext,
  sliceMs = DEFAULT_SLICE_MS,
): Promise<Flag[][]> {
  const flags: Flag[][] = [];
  let sliceStarted = performance.now();
  for (const segment of segments) {
    flags.push(checkSegment(segment, context));
    if (performance.now() - sliceStarted >= sliceMs) {
      await yieldToEventLoop();
      sliceStarted = performance.now();
    }
  }
  return flags;
}
