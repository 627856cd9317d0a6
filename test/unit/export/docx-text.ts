import { inflateRawSync } from 'node:zlib';

/** The text of a Word document's paragraphs (`word/document.xml`, one string per `<w:p>`), read from the zip. */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = new TextDecoder().decode(zipEntry(bytes, 'word/document.xml'));
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((paragraph) =>
    [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1]).join(''),
  );
}

/** One file of a zip archive, found through the central directory (stored or deflated entries only). */
function zipEntry(bytes: Uint8Array, name: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  let entry = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  while (view.getUint32(entry, true) === 0x02014b50) {
    const nameLength = view.getUint16(entry + 28, true);
    const skip = nameLength + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
    if (decoder.decode(bytes.subarray(entry + 46, entry + 46 + nameLength)) === name) {
      const method = view.getUint16(entry + 10, true);
      const size = view.getUint32(entry + 20, true);
      const local = view.getUint32(entry + 42, true);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + size);
      return method === 8 ? new Uint8Array(inflateRawSync(data)) : data;
    }
    entry += 46 + skip;
  }
  throw new Error(`the archive has no ${name}`);
}
