import { readFileSync } from 'node:fs';
import type { Flag } from '../../../src/model/flag.ts';
import type { ReviewMode } from '../../../src/model/segment.ts';
import type { CheckContext, CheckSegment } from '../../../src/qa/check.ts';
import type { CompiledLexicon } from '../../../src/qa/lexicon/compiled-lexicon.ts';
import { compileLexicon } from '../../../src/qa/lexicon/load-lexicon.ts';
import { buildQaContext, type QaOptions } from '../../../src/qa/run-checks.ts';
import { repoPath } from '../../helpers/run-cli.ts';

/** The engine's own small lexicon (test/fixtures/qa/engine-lexicon.json), independent of the curated data. */
export function fixtureLexicon(): CompiledLexicon {
  const files = JSON.parse(readFileSync(repoPath('test/fixtures/qa/engine-lexicon.json'), 'utf8')) as unknown[];
  return compileLexicon(files.map((data, index) => ({ name: `engine-lexicon.json[${index}]`, data })));
}

/** A segment of French with optional English, numbered `index`. */
export function segment(
  target: string,
  english: { source?: string; retranslation?: string } = {},
  index = 0,
): CheckSegment {
  return {
    index,
    id: `s${index + 1}`,
    target,
    source: english.source ?? null,
    retranslation: english.retranslation ?? null,
  };
}

/** A context over `segments` with the fixture lexicon unless options say otherwise. */
export function contextFor(
  segments: readonly CheckSegment[],
  mode: ReviewMode,
  options: Partial<QaOptions> = {},
): CheckContext {
  return buildQaContext(segments, { mode, lexicon: fixtureLexicon(), ...options });
}

/** Flags rendered compactly for assertions: `check/rule [flagged text] → fix1|fix2`. */
export function show(flags: readonly Flag[], target: string): string[] {
  return flags.map((flag) => {
    const fixes = flag.suggestions.map((suggestion) => suggestion.text).join('|');
    return `${flag.messageKey} [${target.slice(flag.start, flag.end)}]${fixes ? ` → ${fixes}` : ''}`;
  });
}

/** Applies a suggestion to the text it was made for. */
export function apply(target: string, suggestion: { start: number; end: number; text: string }): string {
  return target.slice(0, suggestion.start) + suggestion.text + target.slice(suggestion.end);
}
