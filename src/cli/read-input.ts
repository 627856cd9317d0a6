import { readFile } from 'node:fs/promises';

/** The name a file given on the command line goes by in messages: `<stdin>` for `-`. */
export function inputName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

/** The bytes of a file given on the command line, or of standard input when it is `-`. */
export async function readInputBytes(file: string): Promise<Uint8Array> {
  if (file !== '-') return new Uint8Array(await readFile(file));
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
