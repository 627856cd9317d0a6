import { SaxesParser } from 'saxes';
import { FileFormatError } from '../../model/errors.ts';
import { buildGlossary, type Glossary, type GlossaryTerm } from './glossary.ts';

/**
 * Reads a glossary from its text: TBX (ISO 30042; a term whose administrativeStatus is deprecated or superseded
 * is forbidden) or CSV/TSV with a header naming `en`, `fr` and optionally `forbidden` (yes/true/1/x).
 * Throws FileFormatError naming `file` when neither fits.
 */
export function readGlossary(text: string, file: string): Glossary {
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*</.test(body)) return buildGlossary(readTbx(body, file));
  return buildGlossary(readCsv(body, file));
}

function readCsv(text: string, file: string): GlossaryTerm[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines[0];
  if (header === undefined)
    throw new FileFormatError({ file }, 'empty glossary', 'CSV glossary: header en,fr,forbidden');
  const delimiter = header.includes('\t') ? '\t' : header.includes(';') && !header.includes(',') ? ';' : ',';
  const names = splitRow(header, delimiter).map((name) => name.trim().toLowerCase());
  const en = names.indexOf('en');
  const fr = names.indexOf('fr');
  const forbidden = names.indexOf('forbidden');
  if (en === -1 || fr === -1) {
    throw new FileFormatError(
      { file, line: 1 },
      'the header must name the columns en and fr',
      'CSV glossary: en,fr,forbidden',
    );
  }
  return lines.slice(1).map((line, position) => {
    const cells = splitRow(line, delimiter);
    const term = { en: (cells[en] ?? '').trim(), fr: (cells[fr] ?? '').trim() };
    if (term.fr === '') throw new FileFormatError({ file, line: position + 2 }, 'empty fr cell', 'CSV glossary');
    const flag = forbidden === -1 ? '' : (cells[forbidden] ?? '').trim().toLowerCase();
    return { ...term, forbidden: ['yes', 'true', '1', 'x', 'oui', 'forbidden'].includes(flag) };
  });
}

// One CSV row, with "quoted" cells and "" as an escaped quote.
function splitRow(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

interface TbxTerm {
  lang: string;
  text: string;
  forbidden: boolean;
}

function readTbx(text: string, file: string): GlossaryTerm[] {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const terms: GlossaryTerm[] = [];
  let entry: TbxTerm[] | null = null;
  let lang = '';
  let current: TbxTerm | null = null;
  let inTerm = false;
  let inStatus = false;
  parser.on('opentag', (tag) => {
    const name = tag.name.replace(/^.*:/, '');
    if (name === 'termEntry' || name === 'conceptEntry') entry = [];
    else if (name === 'langSet' || name === 'langSec') lang = String(tag.attributes['xml:lang'] ?? '').toLowerCase();
    else if (name === 'tig' || name === 'ntig' || name === 'termSec') current = { lang, text: '', forbidden: false };
    else if (name === 'term') {
      current ??= { lang, text: '', forbidden: false };
      inTerm = true;
    } else if (name === 'termNote' && tag.attributes['type'] === 'administrativeStatus') inStatus = true;
  });
  parser.on('text', (value) => {
    if (inTerm && current) current.text += value;
    if (inStatus && current && /deprecated|superseded|forbidden/i.test(value)) current.forbidden = true;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name.replace(/^.*:/, '');
    if (name === 'term') inTerm = false;
    else if (name === 'termNote') inStatus = false;
    else if ((name === 'tig' || name === 'ntig' || name === 'termSec') && current) {
      entry?.push(current);
      current = null;
    } else if (name === 'langSet' || name === 'langSec') {
      if (current) entry?.push(current);
      current = null;
    } else if ((name === 'termEntry' || name === 'conceptEntry') && entry) {
      const english = entry.filter((term) => term.lang.startsWith('en') && !term.forbidden);
      const french = entry.filter((term) => term.lang.startsWith('fr'));
      for (const fr of french) {
        for (const en of english.length > 0 ? english : [{ text: '' }]) {
          terms.push({ en: en.text.trim(), fr: fr.text.trim(), forbidden: fr.forbidden });
        }
      }
      entry = null;
    }
  });
  try {
    parser.write(text).close();
  } catch (error) {
    throw new FileFormatError(
      { file, line: parser.line, column: parser.column },
      error instanceof Error ? error.message.replace(/^[^:]*:\d+:\d+: /, '') : String(error),
      'TBX: well-formed XML',
    );
  }
  return terms;
}
