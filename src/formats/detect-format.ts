import type { BilingualFormat } from '../model/bilingual.ts';
import { FileFormatError } from '../model/errors.ts';
import { sniffUnicode } from './xml/decode-xml.ts';
import { formatOfRoot } from './xml/root-kind.ts';

const RULE = 'format detection';

// Signatures of files people open by mistake, each with what to call it.
const MAGIC: readonly (readonly [string, string])[] = [
  ['%PDF', 'a PDF'],
  ['PK\u0003\u0004', 'a ZIP archive (DOCX, XLSX, ODT or similar)'],
  ['\u0089PNG', 'a PNG image'],
  ['GIF8', 'a GIF image'],
  ['\u00FF\u00D8\u00FF', 'a JPEG image'],
  ['\u007FELF', 'a program (ELF)'],
  ['{\\rtf', 'an RTF document'],
  ['\u00D0\u00CF\u0011\u00E0', 'an old Office document (DOC, XLS)'],
];

const PLAIN_TEXT_EXTENSIONS = /\.(txt|text)$/i;
const XML_EXTENSIONS = /\.(xlf|xliff|sdlxliff|mqxliff|tmx)$/i;

/** The first few kilobytes as text, decoded well enough to look at markup. */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096);
  const unicode = sniffUnicode(head);
  if (unicode === 'utf-16le' || unicode === 'utf-16be') {
    const even = head.subarray(0, head.length - (head.length % 2));
    return new TextDecoder(unicode).decode(even);
  }
  return new TextDecoder('utf-8').decode(head);
}

/** Name and attributes of the root element found in the head of an XML file, or null. */
function rootOf(head: string): { name: string; attributes: Record<string, string> } | null {
  let rest = head.replace(/^\uFEFF?\s*/, '');
  for (;;) {
    const skipped = rest.replace(/^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>)\s*/, '');
    if (skipped === rest) break;
    rest = skipped;
  }
  const tag = /^<([A-Za-z_][\w.:-]*)([^>]*)/.exec(rest);
  if (!tag) return null;
  const attributes: Record<string, string> = {};
  for (const match of tag[2]!.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[match[1]!] = match[2] ?? match[3] ?? '';
  }
  return { name: tag[1]!, attributes };
}

/**
 * Tells which bilingual format a file is in, from its content first (PDF and other binaries refused, XML root
 * `xliff` 1.2 or 2.x, `tmx`) and its extension second (`.csv`, `.tsv`, else plain text). Bytes and file name in,
 * format out; throws FileFormatError for an empty file or one in no bilingual format.
 */
export function detectFormat(bytes: Uint8Array, file: string): BilingualFormat {
  if (bytes.length === 0) throw new FileFormatError({ file }, 'the file is empty', 'empty file');
  const signature = String.fromCharCode(...bytes.subarray(0, 8));
  for (const [magic, what] of MAGIC) {
    if (signature.startsWith(magic)) throw new FileFormatError({ file }, `this is ${what}, not a bilingual file`, RULE);
  }
  const head = headText(bytes);
  if (head.replace(/^\uFEFF/, '').trim() === '') {
    throw new FileFormatError({ file }, 'the file holds only white space', 'empty file');
  }
  const looksXml = /^\uFEFF?\s*</.test(head);
  if (looksXml) {
    const root = rootOf(head);
    if (root) {
      const format = formatOfRoot(root.name, root.attributes);
      if (format) return format;
      // A plain-text file may well begin with "<": its name says what the user means it to be.
      if (PLAIN_TEXT_EXTENSIONS.test(file)) return 'txt';
      const local = root.name.slice(root.name.indexOf(':') + 1).toLowerCase();
      const what = local === 'html' ? 'an HTML page' : `an XML file with root <${root.name}>`;
      throw new FileFormatError(
        { file, line: 1, column: 1 },
        `this is ${what}, not a bilingual file (XLIFF or TMX)`,
        RULE,
      );
    }
    if (XML_EXTENSIONS.test(file)) return /\.tmx$/i.test(file) ? 'tmx' : 'xliff2';
  } else if (XML_EXTENSIONS.test(file)) {
    const kind = /\.tmx$/i.test(file) ? 'TMX' : 'XLIFF';
    throw new FileFormatError(
      { file, line: 1, column: 1 },
      `this is not XML, so not ${kind === 'TMX' ? 'a TMX' : 'an XLIFF'} file`,
      RULE,
    );
  }
  if (/\.csv$/i.test(file)) return 'csv';
  if (/\.(tsv|tab)$/i.test(file)) return 'tsv';
  const firstLine = (head.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '').toLowerCase();
  if (/(^|\t)"?source"?\t/.test(firstLine) || /\t"?target"?(\t|$)/.test(firstLine)) return 'tsv';
  if (/^"?source"?,("?[a-z]+"?,)*"?target"?/.test(firstLine)) return 'csv';
  return 'txt';
}
