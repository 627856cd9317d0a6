import { z } from 'zod';
import { MQM_CATEGORIES } from '../../model/flag.ts';

/** The four kinds of lexicon data, one file each. */
export const LEXICON_KINDS = ['wrong-sense', 'false-friend', 'calque', 'anglicism'] as const;

/** A lexicon kind; also the id of the check that uses it. */
export type LexiconKind = (typeof LEXICON_KINDS)[number];

const contextWords = z
  .object({ fr: z.array(z.string().min(1)).optional(), en: z.array(z.string().min(1)).optional() })
  .strict();
const bilingualText = z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict();
const example = z.object({ fr: z.string().min(1), en: z.string().min(1).optional() }).strict();

/** Runtime schema of one lexicon entry (see the brief's lexicon-schema.md). */
export const lexiconEntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u, 'id must be kebab-case (lower case words joined by hyphens)'),
    french: z.string().min(1),
    english: z.string().min(1).optional(),
    requires: z.enum(['none', 'english']),
    wrongWhen: contextWords.optional(),
    rightWhen: contextWords.optional(),
    suggestions: z.array(z.string().min(1)),
    severity: z.enum(['minor', 'major', 'critical']),
    category: z.enum(MQM_CATEGORIES as unknown as [string, ...string[]]),
    explanation: bilingualText,
    source: z.string().min(1),
    example,
    counterExample: example.optional(),
  })
  .strict();

/** One lexicon entry as written in the data files. */
export type LexiconEntry = z.infer<typeof lexiconEntrySchema> & {
  readonly category: import('../../model/flag.ts').MqmCategory;
};

/** Runtime schema of one data file: its kind and its entries (each checked on its own, to name the bad one). */
export const lexiconFileSchema = z.object({
  kind: z.enum(LEXICON_KINDS),
  entries: z.array(z.unknown()),
});
