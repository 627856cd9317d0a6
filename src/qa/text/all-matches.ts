/**
 * Every match of a global `pattern` in `text`, as `text.matchAll(pattern)` lists them, found with `exec` on the
 * pattern itself: matchAll copies the pattern (a new RegExp) on each call, which per segment is the larger part of
 * the work when there is nothing to find. `pattern` must have the g flag and must not be in use by a caller up
 * the stack; its lastIndex is 0 again on return.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place: step over it, by a whole code point in unicode mode.
    if (match[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return found;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/**
 * Every match a global search with the sticky `pattern` would find, trying it only where `mayStart` says a match can
 * begin (a digit for a number, a capital for a name): every other offset would fail at once, and a lookbehind in
 * the pattern still sees the text before.
 */
export function matchesWhere(
  text: string,
  pattern: RegExp,
  mayStart: (text: string, at: number) => boolean,
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let at = 0;
  while (at < text.length) {
    if (mayStart(text, at)) {
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (match !== null && match[0] !== '') {
        found.push(match);
        at = pattern.lastIndex;
        continue;
      }
    }
    at++;
  }
  return found;
}
