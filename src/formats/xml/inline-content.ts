import type { InlineCode, QualityIssue } from '../../model/bilingual.ts';
import { textContent, type XmlElement } from './xml-tree.ts';

/** An ITS issue without its span, as read from the attributes of a marker. */
export type IssueFields = Omit<QualityIssue, 'start' | 'end'>;

/** What an inline element means, decided by each format. */
export type InlineRole =
  /**
   * A container (`pc`, `g`, `hi`): start and end tags become ⟨id⟩ and ⟨/id⟩, its content is read. `data` and
   * `closeData` are the native codes of its start and end, when the file gives them.
   */
  | { readonly kind: 'paired'; readonly id: string; readonly data?: string; readonly closeData?: string }
  /** The whole element (with any content) is one code; `data` is the native code it stands for, if known. */
  | { readonly kind: 'open' | 'close' | 'standalone'; readonly id: string; readonly data?: string }
  /** A character written as markup (XLIFF 2 `cp`). */
  | { readonly kind: 'char'; readonly char: string }
  /** A container marking an ITS issue over its content. */
  | { readonly kind: 'issue'; readonly issue: IssueFields }
  /** Start and end markers of an issue (`sm`/`em`), matched by key. */
  | { readonly kind: 'issue-start'; readonly key: string; readonly issue: IssueFields }
  | { readonly kind: 'issue-end'; readonly key: string };

// Shared empty list for the common unit with no codes or issues; never mutated.
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** Text with placeholders, the codes met, and the issues with offsets into that text. */
export interface InlineContent {
  readonly text: string;
  readonly codes: InlineCode[];
  readonly issues: QualityIssue[];
}

/** Makes an id safe inside ⟨…⟩ placeholders. */
export function placeholderId(id: string): string {
  return id.replace(/[⟨⟩/\s]/g, '_');
}

/** The native code an element holds as text (XLIFF 1.2 and TMX bpt, ept, ph, it), or undefined when it holds none. */
export function nativeData(element: XmlElement): string | undefined {
  if (element.children.length === 0) return undefined;
  const data = textContent(element);
  return data === '' ? undefined : data;
}

/** A code, with `data` only when there is some (codes without keep the shape they always had). */
export function inlineCode(id: string, kind: InlineCode['kind'], markup: string, data: string | undefined): InlineCode {
  return data === undefined ? { id, kind, markup } : { id, kind, markup, data };
}

/**
 * Reads the content of a `source`/`target`-like element into placeholder text. `source` is the decoded file, for
 * the exact markup of each code; `classify` says what each inline element is, given how many elements of that name
 * came before it in this content plus one (`nth`), so that codes with no id of their own get the same name in a
 * source and its target.
 */
export function readInline(
  element: XmlElement,
  source: string,
  classify: (element: XmlElement, nth: number) => InlineRole,
): InlineContent {
  const only = element.children[0];
  if (element.children.length === 1 && typeof only === 'string') return { text: only, codes: NONE, issues: NONE };
  if (element.children.length === 0) return { text: '', codes: NONE, issues: NONE };
  const codes: InlineCode[] = [];
  const issues: QualityIssue[] = [];
  const openIssues = new Map<string, { start: number; issue: IssueFields; slot: number }>();
  const seen = new Map<string, number>();
  let text = '';
  const visit = (parent: XmlElement): void => {
    for (const child of parent.children) {
      if (typeof child === 'string') {
        text += child;
        continue;
      }
      const nth = (seen.get(child.name) ?? 0) + 1;
      seen.set(child.name, nth);
      const role = classify(child, nth);
      switch (role.kind) {
        case 'paired': {
          const id = placeholderId(role.id);
          codes.push(inlineCode(id, 'open', source.slice(child.start, child.end), role.data));
          text += `⟨${id}⟩`;
          visit(child);
          codes.push(inlineCode(id, 'close', source.slice(child.closeStart, child.closeEnd), role.closeData));
          text += `⟨/${id}⟩`;
          break;
        }
        case 'open':
        case 'close':
        case 'standalone': {
          const id = placeholderId(role.id);
          codes.push(inlineCode(id, role.kind, source.slice(child.start, child.closeEnd), role.data));
          text += role.kind === 'open' ? `⟨${id}⟩` : role.kind === 'close' ? `⟨/${id}⟩` : `⟨${id}/⟩`;
          break;
        }
        case 'char':
          text += role.char;
          break;
        case 'issue': {
          // Issues are listed in the order they start, as they read in the file: the slot is taken here.
          const start = text.length;
          const slot = issues.push({ ...role.issue, start, end: start }) - 1;
          visit(child);
          issues[slot] = { ...role.issue, start, end: text.length };
          break;
        }
        case 'issue-start':
          openIssues.set(role.key, { start: text.length, issue: role.issue, slot: issues.length });
          issues.push({ ...role.issue, start: text.length, end: text.length });
          break;
        case 'issue-end': {
          const opened = openIssues.get(role.key);
          if (opened) {
            issues[opened.slot] = { ...opened.issue, start: opened.start, end: text.length };
            openIssues.delete(role.key);
          }
          break;
        }
      }
    }
  };
  visit(element);
  // A start marker never closed marks nothing: its reserved slot goes.
  if (openIssues.size > 0) {
    const unclosed = new Set([...openIssues.values()].map((opened) => opened.slot));
    return { text, codes, issues: issues.filter((_, slot) => !unclosed.has(slot)) };
  }
  return { text, codes, issues };
}

/** Whether `codes` holds a code of the same kind and id as `code`. */
function holdsCode(codes: readonly InlineCode[], code: InlineCode): boolean {
  for (const held of codes) if (held.id === code.id && held.kind === code.kind) return true;
  return false;
}

/**
 * Merges the codes of source and target: the target's first, then any the source alone has. Usually both sides
 * carry the same codes, and the target's own list is returned as it is rather than copied.
 */
export function mergeCodes(target: readonly InlineCode[], source: readonly InlineCode[]): readonly InlineCode[] {
  let merged: InlineCode[] | undefined;
  for (const code of source) {
    if (holdsCode(merged ?? target, code)) continue;
    merged ??= [...target];
    merged.push(code);
  }
  return merged ?? target;
}

/** A code placeholder in text: ⟨id⟩ opens, ⟨/id⟩ closes, ⟨id/⟩ stands alone (groups: close slash, id, self slash). */
export const PLACEHOLDER = /⟨(\/?)([^⟨⟩/\s]+)(\/?)⟩/g;

/** A piece of placeholder text: plain text, or a code found by its placeholder. */
export type InlinePiece =
  | { readonly text: string; readonly start: number }
  | { readonly code: InlineCode; readonly start: number };

/**
 * Splits placeholder text into text and codes. Placeholders with no code stay as text; a container whose start
 * or end placeholder the user deleted (or crossed with another) is dropped whole, so the markup stays well formed.
 */
export function splitPlaceholders(text: string, codes: readonly InlineCode[]): InlinePiece[] {
  const byKey = new Map<string, InlineCode>();
  for (const code of codes) byKey.set(`${code.kind}:${code.id}`, code);
  const pieces: InlinePiece[] = [];
  const openTags: number[] = [];
  const dropped = new Set<number>();
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const kind = match[1] ? 'close' : match[3] ? 'standalone' : 'open';
    if (match[1] && match[3]) continue;
    const code = byKey.get(`${kind}:${match[2]}`);
    if (!code) continue;
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), start: at });
    at = match.index + match[0].length;
    const index = pieces.length;
    pieces.push({ code, start: match.index });
    if (kind === 'open' && isBareStartTag(code.markup)) openTags.push(index);
    if (kind === 'close' && code.markup.startsWith('</')) {
      const top = openTags[openTags.length - 1];
      const topCode = top === undefined ? undefined : (pieces[top] as { code: InlineCode }).code;
      if (top !== undefined && topCode?.id === code.id) openTags.pop();
      else dropped.add(index);
    }
  }
  if (at < text.length) pieces.push({ text: text.slice(at), start: at });
  for (const index of openTags) dropped.add(index);
  return dropped.size === 0 ? pieces : pieces.filter((_, index) => !dropped.has(index));
}

/** Whether markup is a lone start tag (`<pc id="1">`) that needs its end tag. */
export function isBareStartTag(markup: string): boolean {
  return /^<[^!?/][^>]*>$/.test(markup) && !markup.endsWith('/>');
}
