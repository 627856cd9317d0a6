import { FileFormatError } from '../model/errors.ts';
import type { StampedAction } from '../model/review.ts';

/** What a journal holds: its complete actions, and whether a torn last line was left out. */
export interface JournalContent {
  readonly actions: readonly StampedAction[];
  /** Byte length of the complete lines; anything after it is a torn write to cut off. */
  readonly goodLength: number;
  /** 1-based line number of the torn last line, when there is one. */
  readonly tornLine: number | undefined;
}

const NEWLINE = 0x0a;

/** Encodes one action as its journal line (JSON and a newline), the unit of one durable write. */
export function journalLine(action: StampedAction): string {
  return `${JSON.stringify(action)}\n`;
}

function parseLine(line: string): StampedAction | undefined {
  try {
    const value = JSON.parse(line) as Partial<StampedAction> | null;
    if (value === null || typeof value !== 'object') return undefined;
    if (typeof value.seq !== 'number' || typeof value.type !== 'string' || typeof value.segmentId !== 'string') {
      return undefined;
    }
    if (typeof value.actor !== 'object' || value.actor === null || typeof value.at !== 'string') return undefined;
    return value as StampedAction;
  } catch {
    return undefined;
  }
}

/**
 * Parses a journal's bytes: one JSON action per line. The last line may be torn by a crash during its write (no
 * newline, or not valid JSON): it is reported in `tornLine` and left out, since it was never acknowledged. A bad
 * line anywhere else is damage the store cannot explain: FileFormatError naming the line.
 */
export function parseJournal(bytes: Uint8Array, file: string): JournalContent {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const actions: StampedAction[] = [];
  let start = 0;
  let lineNumber = 0;
  while (start < bytes.length) {
    lineNumber++;
    const end = bytes.indexOf(NEWLINE, start);
    const complete = end !== -1;
    const line = decoder.decode(bytes.subarray(start, complete ? end : bytes.length));
    const next = complete ? end + 1 : bytes.length;
    const isLast = next >= bytes.length;
    if (line.trim().length === 0 && complete) {
      start = next;
      continue;
    }
    const action = complete ? parseLine(line) : undefined;
    if (action === undefined) {
      if (isLast) return { actions, goodLength: start, tornLine: lineNumber };
      throw new FileFormatError({ file, line: lineNumber }, 'corrupt journal line', 'one JSON action per line');
    }
    actions.push(action);
    start = next;
  }
  return { actions, goodLength: bytes.length, tornLine: undefined };
}
