const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/** Escapes text for XML character data: `&`, `<`, `>`, and CR (which XML would otherwise turn into LF). */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>\r]/g, (char) => TEXT_ESCAPES[char]!);
}

/** Escapes text for a double-quoted XML attribute value, keeping tabs and line ends as references. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`);
}

const attributePatterns = new Map<string, RegExp>();

/** The pattern that finds attribute `name` (with its leading space) in a start tag, compiled once per name. */
function attributePattern(name: string): RegExp {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(\\s+)${name.replace(/[.:-]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
    attributePatterns.set(name, pattern);
  }
  return pattern;
}

/**
 * Edits the attributes of one start tag written as markup, leaving everything else (order, quotes, spacing,
 * unknown attributes) as it was: a string value sets or adds the attribute, undefined removes it.
 */
export function setTagAttributes(tag: string, changes: Readonly<Record<string, string | undefined>>): string {
  let result = tag;
  for (const [name, value] of Object.entries(changes)) {
    const pattern = attributePattern(name);
    const found = pattern.exec(result);
    if (found) {
      const replacement = value === undefined ? '' : `${found[1]}${name}="${escapeXmlAttribute(value)}"`;
      result = result.slice(0, found.index) + replacement + result.slice(found.index + found[0].length);
    } else if (value !== undefined) {
      const close = result.endsWith('/>') ? result.length - 2 : result.length - 1;
      const before = result.slice(0, close).replace(/\s+$/, '');
      result = `${before} ${name}="${escapeXmlAttribute(value)}"${result.slice(close)}`;
    }
  }
  return result;
}

/** One replacement of [start, end) of a text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** Applies non-overlapping edits to `text`; the parts between edits are copied unchanged. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    parts.push(text.slice(at, edit.start), edit.replacement);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
