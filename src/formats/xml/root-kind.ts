import type { XmlAttributes } from './scan-xml.ts';

/** The bilingual XML formats, told apart by their root element. */
export type XmlFormat = 'xliff2' | 'xliff12' | 'tmx';

const NAMES: Record<XmlFormat, string> = { xliff2: 'XLIFF 2', xliff12: 'XLIFF 1.2', tmx: 'TMX' };

/** Which format a root element announces (`<xliff version="2.x">`, `<xliff version="1.2">`, `<tmx>`), or null. */
export function formatOfRoot(name: string, attributes: XmlAttributes): XmlFormat | null {
  const local = name.slice(name.indexOf(':') + 1);
  if (local === 'tmx') return 'tmx';
  if (local !== 'xliff') return null;
  const version = attributes.version ?? '';
  if (version.startsWith('2')) return 'xliff2';
  if (version.startsWith('1')) return 'xliff12';
  const namespace = attributes.xmlns ?? '';
  return namespace.includes('xliff:document:2') ? 'xliff2' : namespace.includes('xliff:document:1') ? 'xliff12' : null;
}

/** A clear message when the root is not the expected format ("this is a TMX file, not XLIFF 2"), else null. */
export function wrongRootMessage(name: string, attributes: XmlAttributes, expected: XmlFormat): string | null {
  const found = formatOfRoot(name, attributes);
  if (found === expected) return null;
  if (found === null && name.slice(name.indexOf(':') + 1) === 'xliff') {
    return `<xliff> with version "${attributes.version ?? ''}", which is neither 1.2 nor 2.x`;
  }
  const what = found ? `${found === 'tmx' ? 'a' : 'an'} ${NAMES[found]} file` : `an XML file with root <${name}>`;
  return `this is ${what}, not ${NAMES[expected]}`;
}
