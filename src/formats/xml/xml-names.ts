import { errorAt } from './xml-place.ts';

// XML names and short attribute values as the scanner reads them: names checked once, then shared; values shared
// while they repeat.

const WF = 'XML 1.0 well-formedness';

/** Whether a UTF-16 code unit may appear in an XML name (ASCII letters, digits, `_:.-`, and all of non-ASCII). */
function isNameCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 58) ||
    code === 95 ||
    code === 45 ||
    code === 46 ||
    code >= 0xb7
  );
}

/** Checks a tag or attribute name found at [start, end). */
function checkName(text: string, start: number, end: number, file: string): void {
  const first = text.charCodeAt(start);
  let good = end > start && isNameCode(first) && !(first >= 48 && first <= 57) && first !== 45 && first !== 46;
  for (let index = start + 1; good && index < end; index++) good = isNameCode(text.charCodeAt(index));
  if (!good) {
    const name = text.slice(start, end);
    throw errorAt(file, text, start, name === '' ? 'a tag without a name' : `"${name}" is not a valid XML name`, WF);
  }
}

// Recently met names and short values, by a hash of their characters: a file repeats the same few tag and attribute
// names (and values such as states) many thousands of times, and slicing each one anew copies it.
const INTERNED_VALUES: string[] = new Array<string>(1024).fill('');
const INTERNED_NAMES: string[] = new Array<string>(1024).fill('');
// The hash of each interned string, compared first: ids and other values that differ in their last characters would
// otherwise each cost a character comparison with the string in their slot.
const VALUE_HASHES = new Int32Array(1024);
const NAME_HASHES = new Int32Array(1024);
const INTERN_MAX = 16;

/**
 * The string [start, end) of `text`, shared with earlier equal strings when short; `hash` mixes its characters.
 * Names are kept in V8's own string table (the form string literals and property keys take), so that comparing
 * them with literals and using them as attribute keys needs no lookup by content.
 */
function intern(text: string, start: number, end: number, hash: number, names: string[], hashes: Int32Array): string {
  const length = end - start;
  if (length > INTERN_MAX || length === 0) return text.slice(start, end);
  const slot = (hash + length) & 1023;
  const known = names[slot]!;
  if (hashes[slot] === hash && known.length === length && sameAt(text, start, known)) return known;
  let fresh = text.slice(start, end);
  if (names === INTERNED_NAMES) fresh = Object.keys({ [fresh]: true })[0]!;
  names[slot] = fresh;
  hashes[slot] = hash;
  return fresh;
}

/** Whether `text` holds `known` at `start` (a short name or value: cheaper than calling startsWith). */
function sameAt(text: string, start: number, known: string): boolean {
  for (let index = 0; index < known.length; index++) {
    if (text.charCodeAt(start + index) !== known.charCodeAt(index)) return false;
  }
  return true;
}

/** The name at [start, end), checked; a name found among those met before was checked then. */
export function checkedName(text: string, start: number, end: number, hash: number, file: string): string {
  const length = end - start;
  const slot = (hash + length) & 1023;
  const known = INTERNED_NAMES[slot]!;
  if (NAME_HASHES[slot] === hash && length > 0 && known.length === length && sameAt(text, start, known)) return known;
  checkName(text, start, end, file);
  return intern(text, start, end, hash, INTERNED_NAMES, NAME_HASHES);
}

/** The attribute value [start, end) of `text`, shared with an earlier equal one when short; `hash` mixes its characters. */
export function internValue(text: string, start: number, end: number, hash: number): string {
  return intern(text, start, end, hash, INTERNED_VALUES, VALUE_HASHES);
}
