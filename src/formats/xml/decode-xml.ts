import iconv from 'iconv-lite';
import { FileFormatError } from '../../model/errors.ts';
import { placeOfOffset } from './xml-place.ts';

/** Default ceiling on the size of a file we agree to parse: 200 MiB. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

/** An XML file's text and the encoding it was stored in. */
export interface DecodedXml {
  /** The decoded text; a leading BOM is kept as U+FEFF so that writing it back gives the same bytes in UTF-8. */
  readonly text: string;
  /** Encoding name as iconv-lite knows it, lower case: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`… */
  readonly encoding: string;
}

/** Throws when the file is empty or over the size limit; the first check every reader makes. */
export function checkSize(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES): void {
  if (bytes.length > maxBytes) {
    const mib = (size: number) =>
      size < 1024 * 1024 ? `${(size / 1024).toFixed(1)} KiB` : `${(size / 1024 / 1024).toFixed(1)} MiB`;
    throw new FileFormatError(
      { file },
      `file is ${mib(bytes.length)}, over the ${mib(maxBytes)} limit; it was not read`,
      'size limit',
    );
  }
  if (bytes.length === 0) throw new FileFormatError({ file }, 'the file is empty', 'empty file');
}

/** Which Unicode encoding the first bytes announce (BOM or `<?` in UTF-16), or null. */
export function sniffUnicode(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a === 0x3c && b === 0x00) return 'utf-16le';
  if (a === 0x00 && b === 0x3c) return 'utf-16be';
  return null;
}

/** Reads the `encoding` pseudo-attribute of an XML declaration written in an ASCII-compatible encoding. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 256)));
  const match = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

/** Decodes UTF-8 strictly, naming the line of the first bad byte. */
function decodeUtf8(bytes: Uint8Array, file: string): string {
  // The lenient decoder is several times faster; only a U+FFFD in its output sends us to the strict check.
  const loose = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (loose.indexOf('\uFFFD') === -1) return loose;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const { line, column } = placeOfOffset(loose, loose.indexOf('\uFFFD'));
    throw new FileFormatError({ file, line, column }, 'bytes that are not valid UTF-8', 'XML 1.0 §4.3.3 encoding');
  }
}

/** Decodes UTF-16 (either byte order), refusing an odd byte count and unpaired surrogates. */
function decodeUtf16(bytes: Uint8Array, file: string, encoding: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0) {
    throw new FileFormatError({ file }, 'UTF-16 file with an odd number of bytes (cut short?)', 'XML 1.0 §4.3.3');
  }
  const text =
    encoding === 'utf-16le'
      ? new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes)
      : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'utf-16be', { stripBOM: false });
  const bad = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  if (bad) {
    const { line, column } = placeOfOffset(text, bad.index);
    throw new FileFormatError({ file, line, column }, 'an unpaired UTF-16 surrogate', 'XML 1.0 §4.3.3');
  }
  return text;
}

/**
 * Decodes the bytes of an XML file: BOM first, then UTF-16 without BOM, then the XML declaration's encoding,
 * UTF-8 by default. Bytes in, text and encoding out; throws FileFormatError on bytes the encoding cannot hold.
 */
export function decodeXml(bytes: Uint8Array, file: string): DecodedXml {
  const unicode = sniffUnicode(bytes);
  if (unicode === 'utf-16le' || unicode === 'utf-16be') {
    return { text: decodeUtf16(bytes, file, unicode), encoding: unicode };
  }
  const declared = unicode === 'utf-8' ? 'utf-8' : declaredEncoding(bytes);
  if (declared === null || declared === 'utf-8' || declared === 'utf8' || declared === 'us-ascii') {
    return { text: decodeUtf8(bytes, file), encoding: 'utf-8' };
  }
  if (declared.startsWith('utf-16') || declared === 'ucs-2') {
    throw new FileFormatError(
      { file, line: 1, column: 1 },
      `the XML declaration says ${declared} but the bytes are not UTF-16 (no BOM, single-byte characters)`,
      'XML 1.0 §4.3.3 encoding',
    );
  }
  if (!iconv.encodingExists(declared)) {
    throw new FileFormatError(
      { file, line: 1, column: 1 },
      `unknown encoding "${declared}" in the XML declaration`,
      'XML 1.0 §4.3.3',
    );
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), declared, { stripBOM: false });
  return { text, encoding: declared };
}
