import { scanXml, type XmlAttributes } from '../formats/xml/scan-xml.ts';
import { placeOfOffset } from '../formats/xml/xml-place.ts';
import { FileFormatError } from '../model/errors.ts';

// The format readers have their own tree on the same scanner (formats/xml/xml-tree.ts): it keeps qualified names and
// tag offsets for writing back. A project file is read by namespace URI and its indentation is dropped while it is
// scanned, which that tree cannot do in the same pass; hence this one.

/** Prefix → namespace URI in scope at an element ('' is the default namespace). */
export type Namespaces = ReadonlyMap<string, string>;

/** An element of a parsed XML document: namespace URI, local name, attributes and children in order. */
export interface XmlElement {
  readonly uri: string;
  readonly local: string;
  /** Attributes by qualified name, values as read; read them with attributeOf. */
  readonly attributes: XmlAttributes;
  /** The prefixes in scope, for attributeOf to resolve prefixed attribute names. */
  readonly namespaces: Namespaces;
  readonly children: readonly (XmlElement | string)[];
  /** Offset of the start tag in the text, for messages: `lineOf` turns it into a line. */
  readonly offset: number;
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const NO_NAMESPACES: Namespaces = new Map([['xml', XML_NAMESPACE]]);

interface Building {
  readonly uri: string;
  readonly local: string;
  readonly attributes: XmlAttributes;
  readonly namespaces: Namespaces;
  readonly children: (XmlElement | string)[];
  readonly offset: number;
}

/** The namespaces in scope inside an element: its parent's, plus what its own `xmlns` attributes declare. */
function scopeOf(parent: Namespaces, attributes: XmlAttributes): Namespaces {
  let scope: Map<string, string> | undefined;
  for (const name in attributes) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    scope ??= new Map(parent);
    scope.set(name === 'xmlns' ? '' : name.slice(6), attributes[name]!);
  }
  return scope ?? parent;
}

/**
 * Parses an XML document into a namespace-aware tree (text kept exactly, CDATA as text) with the product's strict
 * scanner. Refuses any DOCTYPE (a project file never has one) and names the file, line and column of any error.
 * Whitespace-only text directly inside an element whose local name is in `structural` is dropped.
 */
export function parseXmlTree(
  xml: string,
  file: string,
  options: { readonly structural?: ReadonlySet<string> } = {},
): XmlElement {
  const structural = options.structural ?? new Set<string>();
  const stack: Building[] = [];
  let root: XmlElement | undefined;
  const fail = (offset: number, problem: string, rule: string): FileFormatError =>
    new FileFormatError({ file, ...placeOfOffset(xml, offset) }, problem, rule);
  const handler = {
    ignoresWhitespace: false,
    open(name: string, attributes: XmlAttributes, start: number) {
      const parent = stack.at(-1);
      if (parent === undefined) {
        const doctype = xml.lastIndexOf('<!DOCTYPE', start);
        if (doctype !== -1) throw fail(doctype, 'DOCTYPE refused', 'project files carry no document type declaration');
      }
      const namespaces = scopeOf(parent?.namespaces ?? NO_NAMESPACES, attributes);
      const colon = name.indexOf(':');
      const prefix = colon === -1 ? '' : name.slice(0, colon);
      const uri = namespaces.get(prefix);
      if (uri === undefined && prefix !== '') {
        throw fail(start, `namespace prefix ${prefix} is not declared`, 'Namespaces in XML 1.0');
      }
      const local = colon === -1 ? name : name.slice(colon + 1);
      stack.push({ uri: uri ?? '', local, attributes, namespaces, children: [], offset: start });
      handler.ignoresWhitespace = structural.has(local);
    },
    close() {
      const done = stack.pop()!;
      const parent = stack.at(-1);
      if (parent === undefined) root = done;
      else {
        parent.children.push(done);
        handler.ignoresWhitespace = structural.has(parent.local);
      }
    },
    text(value: string) {
      const top = stack.at(-1)!;
      // Indentation between elements of a container carries nothing; dropping it spares a string per line.
      if (handler.ignoresWhitespace && value.trim() === '') return;
      const last = top.children.at(-1);
      if (typeof last === 'string') top.children[top.children.length - 1] = last + value;
      else top.children.push(value);
    },
  };
  scanXml(xml, file, handler);
  if (root === undefined) throw new FileFormatError({ file }, 'no root element', 'XML 1.0 well-formedness');
  return root;
}

/** The line (from 1) of an element's start tag in the text it was parsed from. */
export function lineOf(xml: string, element: XmlElement): number {
  return placeOfOffset(xml, element.offset).line;
}

/** The child elements of `element`, optionally only those in namespace `uri` named `local`. */
export function childElements(element: XmlElement, uri?: string, local?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement =>
      typeof child !== 'string' &&
      (uri === undefined || child.uri === uri) &&
      (local === undefined || child.local === local),
  );
}

/** The concatenated text of an element and all its descendants, markup left out. */
export function textContent(element: XmlElement): string {
  const { children } = element;
  // Most elements hold one run of text: no array, no join.
  if (children.length === 1 && typeof children[0] === 'string') return children[0];
  return children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('');
}

/** The value of an attribute: `key` is its name when it has no namespace, else `{uri}local`. */
export function attributeOf(element: XmlElement, key: string): string | undefined {
  if (!key.startsWith('{')) return key.includes(':') ? undefined : element.attributes[key];
  const close = key.indexOf('}');
  const uri = key.slice(1, close);
  const local = key.slice(close + 1);
  for (const name in element.attributes) {
    const colon = name.indexOf(':');
    if (colon === -1 || name.slice(colon + 1) !== local) continue;
    if (element.namespaces.get(name.slice(0, colon)) === uri) return element.attributes[name];
  }
  return undefined;
}
