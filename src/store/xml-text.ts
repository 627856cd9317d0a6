// Characters XML 1.0 cannot carry at all, even as references: controls other than tab, LF and CR, lone surrogates,
// U+FFFE and U+FFFF. They never belong in a translation, so they become U+FFFD rather than break the file.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Anything that asks for a change: most segments hold none, and one search spares five passes that copy nothing.
const NEEDS_ESCAPE = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

// What an attribute value needs escaped beyond what text does.
const ATTRIBUTE_ONLY = /["\t\n]/;

/** Escapes text for an XML element's content (`&`, `<`, `>`; CR as a reference so it survives parsing). */
export function escapeXmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(NOT_XML, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
}

/** Escapes text for a double-quoted XML attribute; tabs and line breaks as references so parsers keep them. */
export function escapeXmlAttribute(text: string): string {
  if (!NEEDS_ESCAPE.test(text) && !ATTRIBUTE_ONLY.test(text)) return text;
  return escapeXmlText(text).replaceAll('"', '&quot;').replaceAll('\t', '&#9;').replaceAll('\n', '&#10;');
}
