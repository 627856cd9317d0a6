import { scanXml, type XmlAttributes, type XmlHandler } from './scan-xml.ts';

/** An element with its children and the offsets of its tags in the decoded text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: XmlAttributes;
  /** [start, end) of the start tag. */
  readonly start: number;
  readonly end: number;
  /** [closeStart, closeEnd) of the end tag; both equal `end` for a self-closing tag. */
  closeStart: number;
  closeEnd: number;
  readonly children: XmlNode[];
}

/** A child: an element or a run of text. */
export type XmlNode = XmlElement | string;

/** What a subtree reader hears outside the subtrees it builds, and each built subtree. */
export interface SubtreeListener {
  /** A start tag outside the subtrees; `depth` counts its ancestors. */
  outerOpen?(name: string, attributes: XmlAttributes, start: number, end: number, depth: number): void;
  /** An end tag outside the subtrees. */
  outerClose?(name: string, start: number, end: number, depth: number): void;
  /** A subtree whose root name is in the set, complete with its descendants. */
  subtree(element: XmlElement, depth: number): void;
}

/**
 * Scans `text` and builds element trees only for the elements named in `subtreeNames` (e.g. `unit`), reporting
 * the rest as tags: memory stays proportional to one unit, not to the file. Throws FileFormatError.
 */
export function scanSubtrees(
  text: string,
  file: string,
  subtreeNames: ReadonlySet<string>,
  listener: SubtreeListener,
): void {
  const stack: XmlElement[] = [];
  let outerDepth = 0;
  const handler: XmlHandler = {
    open(name, attributes, start, end) {
      if (stack.length === 0 && !subtreeNames.has(name)) {
        listener.outerOpen?.(name, attributes, start, end, outerDepth);
        outerDepth++;
        return;
      }
      const element: XmlElement = { name, attributes, start, end, closeStart: end, closeEnd: end, children: [] };
      stack[stack.length - 1]?.children.push(element);
      stack.push(element);
    },
    close(name, start, end) {
      const element = stack.pop();
      if (element === undefined) {
        outerDepth--;
        listener.outerClose?.(name, start, end, outerDepth);
        return;
      }
      element.closeStart = start;
      element.closeEnd = end;
      if (stack.length === 0) listener.subtree(element, outerDepth);
    },
    text(value) {
      stack[stack.length - 1]?.children.push(value);
    },
  };
  scanXml(text, file, handler);
}

/** Builds the whole document tree and returns its root element. Throws FileFormatError. */
export function buildXmlTree(text: string, file: string): XmlElement {
  let root: XmlElement | undefined;
  scanSubtrees(text, file, { has: () => true } as unknown as ReadonlySet<string>, {
    subtree(element) {
      root = element;
    },
  });
  return root!;
}

/** Child elements of `element`, optionally only those named `name`. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child !== 'string' && (name === undefined || child.name === name)) found.push(child);
  }
  return found;
}

/** The concatenated text of an element and its descendants. */
export function textContent(element: XmlElement): string {
  let text = '';
  for (const child of element.children) text += typeof child === 'string' ? child : textContent(child);
  return text;
}

/** Local part of a qualified name: `its:locQualityIssueType` → `locQualityIssueType`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
