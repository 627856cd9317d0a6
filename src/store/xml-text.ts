// Characters XML 1.0 cannot carry at all, even as references: controls other than tab, LF and CR, lone surrogates,
// U+FFFE and U+FFFF. They never belong in a translation, so they become U+FFFD rather than break the file.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML element's content (`&`, `<`, `>`; CR as a reference so it survives parsing). */
export function escapeXmlText(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
}

/** Escapes text for a double-quoted XML attribute; tabs and line breaks as references so parsers keep them. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replaceAll('"', '&quot;').replaceAll('\t', '&#9;').replaceAll('\n', '&#10;');
}
