import { z } from 'zod';
import { MQM_CATEGORIES, SEVERITIES } from '../model/flag.ts';
import type { Channel, RequestOf } from './contract.ts';

// Types vanish at the process boundary: every request is checked against these before a handler sees it.
// Strings are bounded so a hostile or buggy page cannot make the core allocate without limit.

const MAX_TEXT = 1_000_000;
const id = z.string().min(1).max(200);
const text = z.string().max(MAX_TEXT);
const path = z.string().min(1).max(4096);
const empty = z.object({}).strict();
const segmentRef = z.object({ segmentId: id }).strict();
const severity = z.enum(SEVERITIES as [string, ...string[]]);
const category = z.enum(MQM_CATEGORIES as [string, ...string[]]);
const englishRole = z.enum(['source', 'retranslation']);
const exportFormat = z.enum(['txt', 'xliff2', 'xliff12', 'tmx', 'csv', 'html', 'docx']);
// Base64 of at most ~300 MB of file: the readers apply their own, smaller, size limits with a clear message.
const uploadedFile = z
  .object({ name: z.string().min(1).max(512), contentBase64: z.string().max(400_000_000) })
  .strict();
const offset = z.number().int().min(0).max(MAX_TEXT);

const settingsPatch = z
  .object({
    userName: z.string().min(1).max(100),
    role: z.enum(['translator', 'editor']),
    uiLanguage: z.enum(['en', 'fr']),
    typography: z.enum(['nbsp', 'narrow-nbsp']),
    penalties: z
      .object({
        minor: z.number().min(0).max(1000),
        major: z.number().min(0).max(1000),
        critical: z.number().min(0).max(1000),
      })
      .strict(),
    passThreshold: z.number().min(0).max(100),
  })
  .partial()
  .strict();

/** One runtime schema per channel; the mapped type makes a missing channel a compile error. */
export const REQUEST_SCHEMAS: { readonly [C in Channel]: z.ZodType<RequestOf<C>> } = {
  'app:info': empty,
  'app:catalogues': empty,
  'settings:get': empty,
  'settings:set': settingsPatch as z.ZodType<RequestOf<'settings:set'>>,
  'project:openSample': empty,
  'project:open': z
    .object({ targetPath: path, englishPath: path.optional(), englishRole: englishRole.optional() })
    .strict(),
  'project:import': z
    .object({ target: uploadedFile, english: uploadedFile.optional(), englishRole: englishRole.optional() })
    .strict(),
  'project:current': empty,
  'project:recent': empty,
  'project:save': empty,
  'project:close': empty,
  'segment:edit': segmentRef.extend({ text }).strict(),
  'segment:confirm': segmentRef,
  'segment:approve': segmentRef,
  'segment:reject': segmentRef.extend({ reason: z.string().trim().min(1).max(10_000) }).strict(),
  'segment:reopen': segmentRef,
  'segment:undo': segmentRef,
  'segment:redo': segmentRef,
  'segment:comment': segmentRef.extend({ text: z.string().trim().min(1).max(100_000) }).strict(),
  'segment:details': segmentRef,
  'annotation:add': segmentRef
    .extend({ start: offset, end: offset, category, severity, comment: z.string().max(100_000) })
    .strict()
    .refine((request) => request.end >= request.start, 'end must not be before start') as z.ZodType<
    RequestOf<'annotation:add'>
  >,
  'annotation:remove': segmentRef.extend({ annotationId: id }).strict(),
  'flag:annotate': segmentRef.extend({ flagId: z.string().min(1).max(2000) }).strict(),
  'flag:dismiss': segmentRef.extend({ flagId: z.string().min(1).max(2000) }).strict(),
  'qa:check': segmentRef.extend({ text }).strict(),
  'report:summary': empty,
  'export:write': z.object({ format: exportFormat, path }).strict(),
  'export:download': z.object({ format: exportFormat }).strict(),
  'dialog:open': empty,
  'dialog:save': z.object({ defaultName: z.string().min(1).max(512) }).strict(),
  'mt:getSettings': empty,
  'mt:setSettings': z
    .object({
      provider: z.enum(['none', 'libretranslate', 'deepl', 'openai']),
      url: z.string().max(2048),
      model: z.string().max(200),
      key: z.string().max(4096).optional(),
    })
    .strict(),
  'mt:test': empty,
  'mt:retranslate': z.object({ segmentIds: z.union([z.literal('all'), z.array(id).max(1_000_000)]) }).strict(),
  'mt:progress': z.object({ jobId: id }).strict(),
  'mt:cancel': z.object({ jobId: id }).strict(),
};

/** Thrown when a request does not match its channel's schema; the message says which field is wrong. */
export class InvalidRequestError extends Error {
  constructor(channel: string, detail: string) {
    super(`Invalid request for ${channel}: ${detail}`);
    this.name = 'InvalidRequestError';
  }
}

/** Returns `payload` typed as the channel's request, or throws InvalidRequestError. */
export function parseRequest<C extends Channel>(channel: C, payload: unknown): RequestOf<C> {
  const schema = REQUEST_SCHEMAS[channel] as z.ZodType<RequestOf<C>>;
  const parsed = schema.safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'request';
    throw new InvalidRequestError(channel, `${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** True when `name` is a channel of the contract (guards against arbitrary strings from the page). */
export function isChannel(name: string): name is Channel {
  return Object.hasOwn(REQUEST_SCHEMAS, name);
}
