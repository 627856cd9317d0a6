import { checkedName, internValue } from './xml-names.ts';
import { errorAt } from './xml-place.ts';

/** Attributes of a start tag, by qualified name, values with entities resolved. */
export type XmlAttributes = Record<string, string>;

/** Receives what the scanner meets, with string offsets into the decoded text. */
export interface XmlHandler {
  /** A start tag `<name …>` spanning [start, end); `selfClosing` for `<name …/>`. */
  open(name: string, attributes: XmlAttributes, start: number, end: number, selfClosing: boolean): void;
  /** An end tag spanning [start, end); for a self-closing tag start = end = the tag's end. */
  close(name: string, start: number, end: number): void;
  /** Character data inside the root (entities and CDATA resolved, line ends normalised to LF). */
  text(value: string, start: number, end: number): void;
  /**
   * When true, runs of white space are not reported (saves building strings nobody reads). A property that the
   * handler changes as it enters and leaves elements whose white space matters, rather than a method: the scanner
   * reads it between every two tags.
   */
  ignoresWhitespace?: boolean;
  /**
   * Set to true in `open` to have the scanner check the element's content without reporting it (no tags, no text,
   * no attribute records); its end tag is still reported. The scanner resets it. Readers use it for the parts of a
   * file they keep only in the skeleton (XLIFF 2 `originalData`, modules, file-level notes).
   */
  skipsContent?: boolean;
}

const WF = 'XML 1.0 well-formedness';
// Real bilingual files nest a few dozen levels; far deeper nesting is an attack on recursive readers.
const MAX_DEPTH = 1000;
// A run of text that needs no second look: stops at "<" or at any character that asks for the full checks.
const PLAIN_RUN = /[^<&\]\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]*/y;
const ILLEGAL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * The predefined entity whose reference begins at `amp` ("&lt;" and its kin), read character by character: the
 * common references cost no substring and no comparison of strings. '' for any other reference.
 */
function predefinedAt(raw: string, amp: number): string {
  const a = raw.charCodeAt(amp + 1);
  const b = raw.charCodeAt(amp + 2);
  const c = raw.charCodeAt(amp + 3);
  if (b === 116 && c === 59) return a === 108 ? '<' : a === 103 ? '>' : ''; // lt; gt;
  const d = raw.charCodeAt(amp + 4);
  if (a === 97 && b === 109 && c === 112 && d === 59) return '&'; // amp;
  if (raw.charCodeAt(amp + 5) !== 59) return '';
  if (a === 113 && b === 117 && c === 111 && d === 116) return '"'; // quot;
  if (a === 97 && b === 112 && c === 111 && d === 115) return "'"; // apos;
  return '';
}

/**
 * Resolves the five predefined entities and character references; anything else is refused. With `build` false
 * only checks them (content nobody reads) and returns ''.
 */
function resolveReferences(raw: string, file: string, text: string, offset: number, build = true): string {
  let out = '';
  let at = 0;
  for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', at)) {
    if (build) out += raw.slice(at, amp);
    const predefined = predefinedAt(raw, amp);
    if (predefined) {
      if (build) out += predefined;
      at = raw.indexOf(';', amp) + 1;
      continue;
    }
    const semicolon = raw.indexOf(';', amp);
    const name = semicolon === -1 ? '' : raw.slice(amp + 1, semicolon);
    if (semicolon === -1 || name.length > 10 || /[\s&<]/.test(name)) {
      throw errorAt(file, text, offset + amp, 'a bare "&" (write &amp;)', WF);
    }
    at = semicolon + 1;
    const match = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(name);
    const code = match ? Number.parseInt(match[1] ?? match[2]!, match[1] ? 16 : 10) : -1;
    const legal =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (match && legal) {
      if (build) out += String.fromCodePoint(code);
      continue;
    }
    if (match)
      throw errorAt(file, text, offset + amp, `character reference &${name}; names a character XML forbids`, WF);
    throw errorAt(
      file,
      text,
      offset + amp,
      `undeclared entity &${name}; (only &lt; &gt; &amp; &quot; &apos; and character references are read)`,
      WF,
    );
  }
  return build ? out + raw.slice(at) : '';
}

/** Throws when `raw` (found at `offset`) holds a character XML 1.0 forbids. */
function checkCharacters(raw: string, file: string, text: string, offset: number): void {
  const illegal = ILLEGAL_CHAR.exec(raw);
  if (illegal) {
    const hex = illegal[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw errorAt(file, text, offset + illegal.index, `character U+${hex} is not allowed in XML`, WF);
  }
}

/**
 * Decodes character data: references resolved, CRLF and CR turned into LF as XML requires. With `build` false only
 * checks it and returns ''.
 */
function decodeText(raw: string, file: string, text: string, offset: number, build: boolean): string {
  checkCharacters(raw, file, text, offset);
  if (raw.indexOf(']]>') !== -1) throw errorAt(file, text, offset + raw.indexOf(']]>'), '"]]>" in text', WF);
  if (!build) {
    if (raw.indexOf('&') !== -1) resolveReferences(raw, file, text, offset, false);
    return '';
  }
  let value = raw.indexOf('&') === -1 ? raw : resolveReferences(raw, file, text, offset);
  if (value.indexOf('\r') !== -1) value = value.replace(/\r\n?/g, '\n');
  return value;
}

/** Refuses a DOCTYPE that declares entities; skips one that does not. Returns the offset after it. */
function skipDoctype(text: string, start: number, file: string): number {
  let index = start + 9;
  let quote = '';
  for (; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return index + 1;
    else if (char === '[') {
      const close = text.indexOf(']', index);
      const subset = text.slice(index, close === -1 ? undefined : close);
      if (/<!ENTITY/i.test(subset)) {
        throw errorAt(
          file,
          text,
          start,
          'the DOCTYPE declares entities; such files are refused (no entity expansion: protects against XXE and "billion laughs")',
          'hostile input: entity declarations',
        );
      }
      if (close === -1) break;
      index = close;
    }
  }
  throw errorAt(file, text, text.length, 'the file ends inside the DOCTYPE (truncated?)', WF);
}

// Where the last start tag ended and whether it closed itself; module state spares an object per tag.
let tagEnd = 0;
let tagSelfClosing = false;

// The attribute names of the tag being read, to find a repeated one. Short names are interned, so comparing them
// is mostly comparing references; and unlike a lookup on the record, a list cannot take an inherited property
// ("toString") for an attribute.
const TAG_NAMES: string[] = [];
let tagNameCount = 0;

// The attributes of every tag that has none (most sources, targets and containers): one shared, frozen object
// instead of a fresh empty one per tag.
const NO_ATTRIBUTES: XmlAttributes = Object.freeze({});

/** Parses the attributes of a start tag from `from` (just after the name); sets `tagEnd` and `tagSelfClosing`. */
function readAttributes(text: string, from: number, file: string, quiet: boolean): XmlAttributes {
  let attributes = NO_ATTRIBUTES;
  tagNameCount = 0;
  let index = from;
  const length = text.length;
  for (;;) {
    const spaceStart = index;
    let code = text.charCodeAt(index);
    while (code === 32 || code === 10 || code === 9 || code === 13) code = text.charCodeAt(++index);
    if (code === 62) {
      tagEnd = index + 1;
      tagSelfClosing = false;
      return attributes;
    }
    if (code === 47) {
      if (text.charCodeAt(index + 1) === 62) {
        tagEnd = index + 2;
        tagSelfClosing = true;
        return attributes;
      }
      throw errorAt(file, text, index, '"/" not followed by ">" in a tag', WF);
    }
    if (index >= length) throw errorAt(file, text, length, 'the file ends inside a tag (truncated?)', WF);
    if (index === spaceStart) throw errorAt(file, text, index, 'attributes must be separated by white space', WF);
    const nameStart = index;
    let hash = 0;
    while (index < length) {
      code = text.charCodeAt(index);
      if (code === 61 || code === 32 || code === 10 || code === 9 || code === 13 || code === 62 || code === 47) break;
      hash = (hash * 31 + code) | 0;
      index++;
    }
    const name = checkedName(text, nameStart, index, hash, file);
    while (code === 32 || code === 10 || code === 9 || code === 13) code = text.charCodeAt(++index);
    if (index >= length) throw errorAt(file, text, length, 'the file ends inside a tag (truncated?)', WF);
    if (code !== 61) throw errorAt(file, text, index, `attribute ${name} has no "=" and value`, WF);
    code = text.charCodeAt(++index);
    while (code === 32 || code === 10 || code === 9 || code === 13) code = text.charCodeAt(++index);
    if (index >= length) throw errorAt(file, text, length, 'the file ends inside a tag (truncated?)', WF);
    if (code !== 34 && code !== 39) throw errorAt(file, text, index, `the value of ${name} is not quoted`, WF);
    const quote = code;
    const valueStart = index + 1;
    let hasReference = false;
    let hasSpace = false;
    hash = 0;
    for (index = valueStart; index < length; index++) {
      code = text.charCodeAt(index);
      if (code === quote) break;
      hash = (hash * 31 + code) | 0;
      if (code === 38) hasReference = true;
      else if (code === 60) throw errorAt(file, text, index, `"<" inside the value of ${name}`, WF);
      else if (code < 32) {
        if (code !== 9 && code !== 10 && code !== 13) checkCharacters(text[index]!, file, text, index);
        hasSpace = true;
      } else if (code >= 0xfffe) checkCharacters(text[index]!, file, text, index);
    }
    if (index >= length) throw errorAt(file, text, length, 'the file ends inside an attribute value (truncated?)', WF);
    let repeated = false;
    for (let seen = 0; seen < tagNameCount && !repeated; seen++) repeated = TAG_NAMES[seen] === name;
    if (name === '__proto__' || repeated) {
      throw errorAt(
        file,
        text,
        nameStart,
        name === '__proto__' ? 'attribute name __proto__ is refused' : `attribute ${name} appears twice in one tag`,
        WF,
      );
    }
    TAG_NAMES[tagNameCount++] = name;
    index++;
    if (quiet) {
      // Nobody reads the value: its references are still checked.
      if (hasReference) resolveReferences(text.slice(valueStart, index - 1), file, text, valueStart, false);
      continue;
    }
    if (attributes === NO_ATTRIBUTES) attributes = {};
    let value = internValue(text, valueStart, index - 1, hash);
    if (hasReference) value = resolveReferences(value, file, text, valueStart);
    if (hasSpace) value = value.replace(/\r\n|[\t\n\r]/g, ' ');
    attributes[name] = value;
  }
}

/**
 * Scans a whole XML document held as a string, strictly (well-formedness, one root, matched tags, no custom
 * entities), calling `handler` for each tag and text. Text in, events out; throws FileFormatError naming the line
 * and column of the first error, including where a truncated file ends.
 */
export function scanXml(text: string, file: string, handler: XmlHandler): void {
  const stack: string[] = [];
  const openedAt: number[] = [];
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let seenRoot = false;
  // While > 0, the depth of the element whose content the handler asked not to see.
  let quietFrom = 0;
  if (text.startsWith('<?xml', index) && /\s/.test(text[index + 5] ?? '')) {
    const end = text.indexOf('?>', index);
    if (end === -1) throw errorAt(file, text, text.length, 'the file ends inside the XML declaration', WF);
    index = end + 2;
  }
  const length = text.length;
  while (index < length) {
    // Most runs of text between tags are line breaks and indentation: stepping over the white space first tells
    // such a run apart without searching for "<" and then scanning the run a second time.
    let lt = index;
    let code = text.charCodeAt(lt);
    // A CR anywhere in the run, even in its leading white space, sends it through the full decoding (line ends).
    let crInSpace = false;
    for (;;) {
      while (code === 32 || code === 10 || code === 9) code = text.charCodeAt(++lt);
      if (code !== 13) break;
      crInSpace = true;
      code = text.charCodeAt(++lt);
    }
    const whitespaceOnly = code === 60 || lt >= length;
    // One walk to the next "<" also notes any character that asks for the full checks on text: "]" (which might
    // begin "]]>"), "&", CR, or one XML forbids. Most text holds none, and then needs no second pass.
    let plain = !crInSpace;
    if (!whitespaceOnly) {
      PLAIN_RUN.lastIndex = lt;
      PLAIN_RUN.test(text);
      lt = PLAIN_RUN.lastIndex;
      if (lt < length && text.charCodeAt(lt) !== 60) {
        plain = false;
        lt = text.indexOf('<', lt);
        if (lt === -1) lt = length;
      }
    }
    const textEnd = lt;
    if (textEnd > index) {
      if (stack.length > 0) {
        const skip = quietFrom > 0 ? plain : whitespaceOnly && handler.ignoresWhitespace === true;
        if (!skip) {
          const raw = text.slice(index, textEnd);
          const value = plain ? raw : decodeText(raw, file, text, index, quietFrom === 0);
          if (quietFrom === 0) handler.text(value, index, textEnd);
        }
      } else if (!whitespaceOnly) {
        const at = index + text.slice(index, textEnd).search(/\S/);
        throw errorAt(file, text, at, seenRoot ? 'text after the root element' : 'text before the root element', WF);
      }
    }
    if (lt >= length) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 47) {
      // Compared character by character with the name it must close, then white space and ">": an end tag costs
      // no search and no string.
      const expected = stack.pop();
      let end = lt + 2;
      let matches = expected !== undefined;
      if (expected !== undefined) {
        for (let at = 0; matches && at < expected.length; at++) {
          matches = text.charCodeAt(end + at) === expected.charCodeAt(at);
        }
        end += expected.length;
        let code = text.charCodeAt(end);
        while (code === 32 || code === 10 || code === 9 || code === 13) code = text.charCodeAt(++end);
        matches &&= code === 62;
      }
      if (!matches) {
        const close = text.indexOf('>', lt);
        if (close === -1) throw errorAt(file, text, length, 'the file ends inside an end tag (truncated?)', WF);
        const name = text.slice(lt + 2, close).trimEnd();
        if (expected === undefined) throw errorAt(file, text, lt, `end tag </${name}> with no element open`, WF);
        throw errorAt(file, text, lt, `end tag </${name}> where </${expected}> was expected`, WF);
      }
      openedAt.pop();
      if (quietFrom === 0 || stack.length < quietFrom) {
        quietFrom = 0;
        handler.close(expected!, lt, end + 1);
      }
      index = end + 1;
    } else if (next === 33) {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        if (end === -1) throw errorAt(file, text, length, 'the file ends inside a comment (truncated?)', WF);
        index = end + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        if (stack.length === 0) throw errorAt(file, text, lt, 'CDATA outside the root element', WF);
        const end = text.indexOf(']]>', lt + 9);
        if (end === -1) throw errorAt(file, text, length, 'the file ends inside a CDATA section (truncated?)', WF);
        const raw = text.slice(lt + 9, end);
        checkCharacters(raw, file, text, lt + 9);
        if (quietFrom === 0) handler.text(raw.replace(/\r\n?/g, '\n'), lt, end + 3);
        index = end + 3;
      } else if (text.startsWith('<!DOCTYPE', lt)) {
        if (seenRoot || stack.length > 0) throw errorAt(file, text, lt, 'a DOCTYPE after the root element began', WF);
        index = skipDoctype(text, lt, file);
      } else {
        throw errorAt(file, text, lt, 'unknown markup declaration "<!"', WF);
      }
    } else if (next === 63) {
      const end = text.indexOf('?>', lt + 2);
      if (end === -1) throw errorAt(file, text, length, 'the file ends inside a processing instruction', WF);
      if (/^xml\s/i.test(text.slice(lt + 2, lt + 6))) {
        throw errorAt(file, text, lt, 'the XML declaration must come first in the file', WF);
      }
      index = end + 2;
    } else {
      if (stack.length === 0 && seenRoot) throw errorAt(file, text, lt, 'a second root element', WF);
      let nameEnd = lt + 1;
      let hash = 0;
      for (;;) {
        const code = text.charCodeAt(nameEnd);
        if (Number.isNaN(code) || code === 32 || code === 10 || code === 9 || code === 13 || code === 62 || code === 47)
          break;
        hash = (hash * 31 + code) | 0;
        nameEnd++;
      }
      if (nameEnd >= length) throw errorAt(file, text, length, 'the file ends inside a tag (truncated?)', WF);
      const name = checkedName(text, lt + 1, nameEnd, hash, file);
      const quiet = quietFrom > 0;
      const attributes = readAttributes(text, nameEnd, file, quiet);
      const end = tagEnd;
      const selfClosing = tagSelfClosing;
      seenRoot = true;
      if (!quiet) {
        handler.open(name, attributes, lt, end, selfClosing);
        if (handler.skipsContent === true) {
          handler.skipsContent = false;
          if (!selfClosing) quietFrom = stack.length + 1;
        }
        if (selfClosing) handler.close(name, end, end);
      }
      if (!selfClosing) {
        if (stack.length >= MAX_DEPTH) {
          throw errorAt(file, text, lt, `elements nested more than ${MAX_DEPTH} deep`, 'hostile input: nesting limit');
        }
        stack.push(name);
        openedAt.push(lt);
      }
      index = end;
    }
  }
  if (stack.length > 0) {
    const name = stack[stack.length - 1]!;
    const opened = errorAt(file, text, openedAt[openedAt.length - 1]!, '');
    throw errorAt(
      file,
      text,
      length,
      `the file ends here, inside <${name}> opened at line ${opened.line}, column ${opened.column} (truncated?)`,
      WF,
    );
  }
  if (!seenRoot) throw errorAt(file, text, length, 'no XML element in the file', WF);
}
