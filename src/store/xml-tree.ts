import { type SaxesAttributeNS, SaxesParser } from 'saxes';
import { FileFormatError } from '../model/errors.ts';

/** An element of a parsed XML document: namespace URI, local name, attributes and children in order. */
export interface XmlElement {
  readonly uri: string;
  readonly local: string;
  /** Attributes as the parser gave them, by qualified name; read them with attributeOf. */
  readonly attributes: Readonly<Record<string, SaxesAttributeNS>>;
  readonly children: readonly (XmlElement | string)[];
  readonly line: number;
}

const WHITESPACE = /^\s*$/;

interface Building {
  uri: string;
  local: string;
  attributes: Record<string, SaxesAttributeNS>;
  children: (XmlElement | string)[];
  line: number;
}

/**
 * Parses an XML document into a namespace-aware tree (text kept exactly, CDATA as text). Refuses a DOCTYPE, which
 * could expand entities, and names the file and line of any error. Whitespace-only text directly inside an element
 * whose local name is in `structural` is dropped.
 */
export function parseXmlTree(
  xml: string,
  file: string,
  options: { readonly structural?: ReadonlySet<string> } = {},
): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Building[] = [];
  let root: XmlElement | undefined;
  let failure: FileFormatError | undefined;
  const fail = (problem: string, rule?: string) => {
    failure ??= new FileFormatError({ file, line: parser.line, column: parser.column + 1 }, problem, rule);
  };
  parser.on('error', (error) => fail(error.message.replace(/^[^:]*:\d+:\d+: /, ''), 'XML 1.0 well-formedness'));
  parser.on('doctype', () => fail('DOCTYPE refused', 'project files carry no document type declaration'));
  parser.on('opentag', (tag) => {
    // The parser's own attribute objects are kept as they are: building a map per element doubled the reading time.
    const attributes = tag.attributes as Record<string, SaxesAttributeNS>;
    stack.push({ uri: tag.uri ?? '', local: tag.local ?? tag.name, attributes, children: [], line: parser.line });
  });
  const addText = (text: string) => {
    const top = stack.at(-1);
    if (top === undefined) return;
    // Indentation between elements of a container carries nothing; dropping it spares a string per line.
    if (options.structural?.has(top.local) && WHITESPACE.test(text)) return;
    const last = top.children.at(-1);
    if (typeof last === 'string') top.children[top.children.length - 1] = last + text;
    else top.children.push(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const done = stack.pop();
    if (done === undefined) return;
    const parent = stack.at(-1);
    if (parent === undefined) root = done;
    else parent.children.push(done);
  });
  try {
    parser.write(xml).close();
  } catch {
    // The error handler has recorded where and why.
  }
  if (failure !== undefined) throw failure;
  if (root === undefined) throw new FileFormatError({ file }, 'no root element', 'XML 1.0 well-formedness');
  return root;
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
  return element.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('');
}

/** The value of an attribute: `key` is its local name when it has no namespace, else `{uri}local`. */
export function attributeOf(element: XmlElement, key: string): string | undefined {
  const direct = element.attributes[key];
  if (direct !== undefined && direct.uri === '') return direct.value;
  if (!key.startsWith('{')) return undefined;
  const close = key.indexOf('}');
  const uri = key.slice(1, close);
  const local = key.slice(close + 1);
  for (const name in element.attributes) {
    const attribute = element.attributes[name]!;
    if (attribute.local === local && attribute.uri === uri) return attribute.value;
  }
  return undefined;
}
