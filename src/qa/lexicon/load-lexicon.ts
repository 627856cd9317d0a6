import { type CompiledEntry, type CompiledLexicon, foldContext } from './compiled-lexicon.ts';
import { type LexiconEntry, lexiconEntrySchema, lexiconFileSchema } from './lexicon-entry.ts';
import { compilePattern, PatternError } from './pattern.ts';
import { PatternIndex } from './pattern-index.ts';

/** A lexicon data file or entry that breaks the format; the message names the file and the entry. */
export class LexiconError extends Error {
  override readonly name = 'LexiconError';
}

/** A data file as imported: its name (for messages) and its parsed JSON. */
export interface LexiconFile {
  readonly name: string;
  readonly data: unknown;
}

/**
 * Validates and compiles lexicon data files into one matcher. Throws LexiconError naming the file and entry for an
 * unknown kind or category, a missing example, a bad pattern, a duplicate id or `requires: english` without
 * an English pattern.
 */
export function compileLexicon(files: readonly LexiconFile[]): CompiledLexicon {
  const entries: CompiledEntry[] = [];
  const byId = new Map<string, CompiledEntry>();
  const french = new PatternIndex<CompiledEntry>();
  const english = new PatternIndex<CompiledEntry>();
  for (const file of files) {
    const parsedFile = lexiconFileSchema.safeParse(file.data);
    if (!parsedFile.success) {
      throw new LexiconError(`${file.name}: ${describeIssues(parsedFile.error.issues)}`);
    }
    parsedFile.data.entries.forEach((raw, position) => {
      const label = entryLabel(file.name, raw, position);
      const parsed = lexiconEntrySchema.safeParse(raw);
      if (!parsed.success) throw new LexiconError(`${label}: ${describeIssues(parsed.error.issues)}`);
      const entry = parsed.data as LexiconEntry;
      if (byId.has(entry.id)) throw new LexiconError(`${label}: duplicate id (ids are unique across all files)`);
      if (entry.requires === 'english' && !entry.english) {
        throw new LexiconError(`${label}: requires "english" but has no english pattern`);
      }
      if (entry.requires === 'english' && !entry.example.en) {
        throw new LexiconError(`${label}: requires "english", so its example needs an "en" text`);
      }
      const compiled: CompiledEntry = {
        kind: parsedFile.data.kind,
        entry,
        wrongWhen: entry.wrongWhen
          ? { fr: foldContext(entry.wrongWhen.fr), en: foldContext(entry.wrongWhen.en) }
          : null,
        rightWhen: { fr: foldContext(entry.rightWhen?.fr), en: foldContext(entry.rightWhen?.en) },
      };
      try {
        french.add(compilePattern(entry.french), compiled);
        if (entry.english) english.add(compilePattern(entry.english), compiled);
      } catch (error) {
        if (error instanceof PatternError) throw new LexiconError(`${label}: bad pattern: ${error.message}`);
        throw error;
      }
      entries.push(compiled);
      byId.set(entry.id, compiled);
    });
  }
  return { entries, byId, french, english };
}

function entryLabel(file: string, raw: unknown, position: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : null;
  return id ? `${file}: entry "${id}"` : `${file}: entry #${position + 1}`;
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
