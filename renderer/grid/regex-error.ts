// Why a regular expression typed in the filter is invalid, in words the UI can translate. The engine's own message
// is English and starts with its own "Invalid regular expression: /…/iu:", which the UI already says in its language.

/** The engine's reasons (V8's wording) and the `filter.regexReason` key that explains each to a user. */
const REASONS: readonly (readonly [RegExp, string])[] = [
  [/^Unterminated character class/, 'unterminatedClass'],
  [/^Unterminated group/, 'unterminatedGroup'],
  [/^Unmatched '\)'/, 'unmatchedParen'],
  [/^Nothing to repeat/, 'nothingToRepeat'],
  [/^Lone quantifier brackets/, 'loneQuantifier'],
  [/^Incomplete quantifier/, 'incompleteQuantifier'],
  [/^numbers out of order/i, 'quantifierOrder'],
  [/^Range out of order/, 'rangeOrder'],
  [/^\\ at end of pattern/, 'trailingBackslash'],
  [/^Invalid (class |Unicode |unicode )?escape|^Invalid property name/, 'invalidEscape'],
  [/^Invalid group/, 'invalidGroup'],
  [/^(Invalid|Duplicate) capture group name/, 'invalidGroupName'],
  [/^Invalid named (capture )?reference/, 'invalidReference'],
];

/**
 * The reason part of a RegExp constructor's error message for `pattern` compiled with `flags`: without the engine's
 * "Invalid regular expression: /pattern/flags: " prefix (the pattern may itself contain ": ").
 */
export function regexReason(message: string, pattern: string, flags: string): string {
  const prefix = `Invalid regular expression: /${pattern}/${flags}: `;
  if (message.startsWith(prefix)) return message.slice(prefix.length);
  return message.replace(/^Invalid regular expression:\s*/i, '');
}

/** The `filter.regexReason.*` key explaining `reason`, or null for a reason this table does not know. */
export function regexReasonKey(reason: string): string | null {
  for (const [pattern, key] of REASONS) if (pattern.test(reason)) return `filter.regexReason.${key}`;
  return null;
}
