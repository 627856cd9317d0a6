import chardet from 'chardet';
import iconv from 'iconv-lite';
import { FileFormatError } from '../model/errors.ts';

/** Encodings a plain-text file may come in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Text decoded from a file, with the encoding it was found in (so it can be written back the same way). */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/** Default size limit: beyond it a text file is refused instead of filling memory. */
export const DEFAULT_MAX_TEXT_BYTES = 200 * 1024 * 1024;

// Multi-byte legacy encodings that chardet can name with confidence; Windows-1252 would turn them into mojibake.
const UNSUPPORTED_MULTIBYTE = /^(Shift_JIS|EUC-JP|EUC-KR|Big5|GB18030|ISO-2022-[A-Z]+|UTF-32[LB]E)$/;

// Only the head of the file is inspected for binary content: enough to catch images, archives and executables.
const BINARY_PROBE_BYTES = 8192;

/**
 * Decodes the bytes of a text file (UTF-8 with or without BOM, UTF-16 LE/BE with BOM, Windows-1252) into a string,
 * unnormalised (CRLF, NBSP and U+202F kept). Throws FileFormatError naming `file` for empty, binary or too big input.
 */
export function decodeText(bytes: Uint8Array, file: string, options?: { maxBytes?: number }): DecodedText {
  const maxBytes = options?.maxBytes ?? DEFAULT_MAX_TEXT_BYTES;
  if (bytes.length > maxBytes) {
    throw new FileFormatError(
      { file },
      `file is ${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} limit for text files`,
    );
  }
  const bom = detectBom(bytes);
  if (bytes.length === 0 || bytes.length === bom.length) throw new FileFormatError({ file }, 'file is empty');

  if (bom.encoding === 'utf-16le' || bom.encoding === 'utf-16be') {
    const text = new TextDecoder(bom.encoding).decode(bytes);
    return { text: checkNotBinaryText(text, file), encoding: bom.encoding };
  }
  if (looksBinary(bytes, bom.length)) throw binaryError(file);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to legacy detection.
  }
  // A UTF-8 BOM before bytes that are not UTF-8: the BOM lied, but it is still not text to show.
  const body = bytes.subarray(bom.length);
  const guess = chardet.analyse(body)[0];
  if (guess && guess.confidence >= 50 && UNSUPPORTED_MULTIBYTE.test(guess.name)) {
    throw new FileFormatError(
      { file },
      `file is neither UTF-8 nor Windows-1252 (it looks like ${guess.name}); save it as UTF-8`,
    );
  }
  // Every other non-UTF-8 text this product meets is Western European: Windows-1252 is a superset of Latin-1.
  return { text: iconv.decode(toBuffer(body), 'windows-1252'), encoding: 'windows-1252' };
}

/** Encodes `text` back into the bytes of `encoding`, with a BOM when `bom` is true (as the file had one). */
export function encodeText(text: string, encoding: TextEncoding, bom = false): Uint8Array {
  const body = iconv.encode(text, encoding === 'windows-1252' ? 'windows-1252' : encoding, { addBOM: bom });
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}

/** The byte-order mark at the start of `bytes`, if any: its length and the encoding it announces. */
export function detectBom(bytes: Uint8Array): { length: number; encoding: TextEncoding | null } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { length: 3, encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { length: 2, encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { length: 2, encoding: 'utf-16be' };
  return { length: 0, encoding: null };
}

function looksBinary(bytes: Uint8Array, from: number): boolean {
  const end = Math.min(bytes.length, from + BINARY_PROBE_BYTES);
  let controls = 0;
  for (let i = from; i < end; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return true;
    // Tab, LF, VT, FF, CR and ESC turn up in real text files; other C0 controls do not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d) {
      if (byte !== 0x1b) controls++;
    }
  }
  return controls > Math.max(2, (end - from) / 100);
}

function checkNotBinaryText(text: string, file: string): string {
  const head = text.slice(0, BINARY_PROBE_BYTES);
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0) throw binaryError(file);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d) controls++;
  }
  if (controls > Math.max(2, head.length / 100)) throw binaryError(file);
  return text;
}

function binaryError(file: string): FileFormatError {
  return new FileFormatError({ file }, 'looks like a binary file, not text (or UTF-16 without a byte-order mark)');
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function formatSize(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (size >= 1024) return `${(size / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${size} bytes`;
}
