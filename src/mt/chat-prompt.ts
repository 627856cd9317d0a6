// The prompt and reply format for back-translation through a chat model. The model sees the segments as a JSON
// object keyed by number and must answer the same way; the parser also accepts the usual deviations (code fences,
// <think> blocks, a bare array, numbered lines) so that exactly N translations come back or none at all.
import type { MtLanguage } from './mt-types.ts';

/** One chat message as OpenAI-compatible servers take it. */
export interface ChatMessage {
  readonly role: 'system' | 'user';
  readonly content: string;
}

const LANGUAGE_NAMES: Readonly<Record<MtLanguage, string>> = { fr: 'French', en: 'English' };

/**
 * Builds the system and user messages that ask for a faithful, literal translation of each numbered segment of
 * `texts`, answered as a JSON object with the same numbers as keys.
 */
export function buildChatMessages(texts: readonly string[], from: MtLanguage, to: MtLanguage): ChatMessage[] {
  const source = LANGUAGE_NAMES[from];
  const target = LANGUAGE_NAMES[to];
  const numbered: Record<string, string> = {};
  texts.forEach((text, index) => {
    numbered[String(index + 1)] = text;
  });
  const system = [
    `You translate ${source} into ${target} for a reviewer who checks machine translation.`,
    `Translate each numbered segment on its own, faithfully and literally: render what the ${source} actually says,`,
    'word for word where the language allows, even where it looks wrong, odd or out of context.',
    'Never correct it, guess the intended meaning, summarise, merge or split segments, or add notes.',
    'Keep names, numbers and punctuation as they are.',
    `Answer with a single JSON object and nothing else: the keys are the segment numbers as strings ("1", "2", …)`,
    `and each value is the ${target} translation of that segment. There are exactly ${texts.length} segments.`,
  ].join(' ');
  return [
    { role: 'system', content: system },
    { role: 'user', content: JSON.stringify(numbered, null, 1) },
  ];
}

/**
 * Reads a chat model's reply back into exactly `expected` translations, in order; undefined when the reply cannot
 * be read as that many (the caller then asks again with smaller batches).
 */
export function parseChatReply(reply: string, expected: number): string[] | undefined {
  const cleaned = stripFences(stripThinking(reply)).trim();
  if (cleaned === '') return undefined;
  const fromJson = readJsonReply(cleaned, expected);
  if (fromJson) return fromJson;
  const fromLines = readNumberedLines(cleaned);
  if (fromLines && fromLines.length === expected) return fromLines;
  // A lone segment often comes back as plain text, without the JSON wrapper.
  if (expected === 1 && !/^[{[]/.test(cleaned)) return [cleaned.replace(/^(?:\[1\]|1[.):])\s*/, '')];
  return undefined;
}

function stripThinking(reply: string): string {
  // Reasoning models served through Ollama or vLLM put their deliberation in <think>…</think> before the answer.
  return reply.replace(/<think>[\s\S]*?<\/think>/gi, '').replace(/^[\s\S]*<\/think>/i, '');
}

function stripFences(reply: string): string {
  const fenced = /```[a-zA-Z]*\s*\n?([\s\S]*?)```/.exec(reply);
  return fenced?.[1] ?? reply;
}

function readJsonReply(text: string, expected: number): string[] | undefined {
  const parsed = parseOutermostJson(text);
  if (parsed === undefined) return undefined;
  if (Array.isArray(parsed)) return readJsonList(parsed, expected);
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  const byNumber: string[] = [];
  for (let n = 1; n <= expected; n++) {
    const value = record[String(n)];
    if (typeof value !== 'string') break;
    byNumber.push(value);
  }
  if (byNumber.length === expected && Object.keys(record).length === expected) return byNumber;
  for (const name of ['translations', 'segments', 'results', 'translation']) {
    const list = record[name];
    if (Array.isArray(list)) return readJsonList(list, expected);
    if (typeof list === 'object' && list !== null) return readJsonReply(JSON.stringify(list), expected);
  }
  return undefined;
}

function readJsonList(list: readonly unknown[], expected: number): string[] | undefined {
  if (list.length !== expected) return undefined;
  const texts = list.map((entry) => {
    if (typeof entry === 'string') return entry;
    if (typeof entry === 'object' && entry !== null) {
      const { text, translation } = entry as { text?: unknown; translation?: unknown };
      if (typeof translation === 'string') return translation;
      if (typeof text === 'string') return text;
    }
    return undefined;
  });
  return texts.every((text) => text !== undefined) ? (texts as string[]) : undefined;
}

function parseOutermostJson(text: string): unknown {
  const start = text.search(/[{[]/);
  if (start < 0) return undefined;
  const close = text[start] === '{' ? '}' : ']';
  const end = text.lastIndexOf(close);
  if (end <= start) return undefined;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

function readNumberedLines(text: string): string[] | undefined {
  const segments: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:\[(\d+)\]|\(?(\d+)[.):])\s?(.*)$/.exec(line);
    if (match) {
      const number = Number(match[1] ?? match[2]);
      if (number !== segments.length + 1) return undefined;
      segments.push((match[3] ?? '').trim());
    } else if (segments.length > 0 && line.trim() !== '') {
      segments[segments.length - 1] = `${segments[segments.length - 1]} ${line.trim()}`.trim();
    }
  }
  return segments.length > 0 ? segments : undefined;
}
