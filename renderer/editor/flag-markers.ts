// Flags as editor problems: positions, severities and the text of the hover, kept free of Monaco so it is testable.
import type { Flag, Severity } from '../../src/model/flag.ts';

/** A flag placed on line/column positions (1-based, as Monaco counts). */
export interface PlacedFlag {
  readonly flag: Flag;
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
}

/** Converts a string offset to a 1-based line and column. */
export function offsetToPosition(text: string, offset: number): { lineNumber: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let lineNumber = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < clamped; index = text.indexOf('\n', index + 1)) {
    lineNumber++;
    lineStart = index + 1;
  }
  return { lineNumber, column: clamped - lineStart + 1 };
}

/** Places each flag on `text`; flags whose span falls outside the text (stale) are dropped. */
export function placeFlags(text: string, flags: readonly Flag[]): PlacedFlag[] {
  const placed: PlacedFlag[] = [];
  for (const flag of flags) {
    if (flag.start < 0 || flag.end > text.length || flag.start > flag.end) continue;
    const start = offsetToPosition(text, flag.start);
    // An empty span (a missing space, say) still needs one visible character for the squiggle.
    const end = offsetToPosition(text, flag.end > flag.start ? flag.end : Math.min(text.length, flag.start + 1));
    placed.push({
      flag,
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    });
  }
  return placed;
}

/** Monaco's marker severities (Hint 1, Info 2, Warning 4, Error 8) for each flag severity. */
export const MARKER_SEVERITY: Readonly<Record<Severity, 2 | 4 | 8>> = { minor: 2, major: 4, critical: 8 };

/** The flags whose span contains `offset` (or touches it), worst first. */
export function flagsAt(flags: readonly Flag[], offset: number): Flag[] {
  const order: Record<Severity, number> = { critical: 0, major: 1, minor: 2 };
  return flags
    .filter((flag) => flag.start <= offset && offset <= Math.max(flag.end, flag.start + 1))
    .sort((a, b) => order[a.severity] - order[b.severity]);
}

/** Applies a suggestion to `text`: replaces [start, end) with the suggested words. */
export function applySuggestion(text: string, suggestion: { start: number; end: number; text: string }): string {
  return text.slice(0, suggestion.start) + suggestion.text + text.slice(suggestion.end);
}
