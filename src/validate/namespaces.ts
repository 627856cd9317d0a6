import type { XmlElement } from '../formats/xml/xml-tree.ts';

/** An element with its namespace resolved, its parent, and its local name. */
export interface ResolvedElement {
  readonly element: XmlElement;
  readonly namespace: string;
  readonly local: string;
  readonly parent: ResolvedElement | undefined;
  readonly children: ResolvedElement[];
  /** Attributes by `{namespace}local` for namespaced ones, by plain name otherwise. */
  readonly attributes: ReadonlyMap<string, string>;
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * Resolves prefixes through the document, building a parallel tree of resolved elements. Undeclared prefixes are
 * reported through `onUndeclared` with the offset of the element.
 */
export function resolveNamespaces(
  root: XmlElement,
  onUndeclared: (offset: number, prefix: string) => void,
): ResolvedElement {
  const visit = (
    element: XmlElement,
    scope: ReadonlyMap<string, string>,
    parent: ResolvedElement | undefined,
  ): ResolvedElement => {
    let own: Map<string, string> | undefined;
    for (const [name, value] of Object.entries(element.attributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        own ??= new Map(scope);
        own.set(name === 'xmlns' ? '' : name.slice(6), value);
      }
    }
    const inScope = own ?? scope;
    const colon = element.name.indexOf(':');
    const prefix = colon === -1 ? '' : element.name.slice(0, colon);
    const namespace = inScope.get(prefix);
    if (namespace === undefined && prefix !== '') onUndeclared(element.start, prefix);
    const attributes = new Map<string, string>();
    for (const [name, value] of Object.entries(element.attributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const at = name.indexOf(':');
      if (at === -1) {
        attributes.set(name, value);
        continue;
      }
      const attributePrefix = name.slice(0, at);
      const attributeNamespace = attributePrefix === 'xml' ? XML_NAMESPACE : inScope.get(attributePrefix);
      if (attributeNamespace === undefined) onUndeclared(element.start, attributePrefix);
      attributes.set(`{${attributeNamespace ?? attributePrefix}}${name.slice(at + 1)}`, value);
    }
    const resolved: ResolvedElement = {
      element,
      namespace: namespace ?? '',
      local: colon === -1 ? element.name : element.name.slice(colon + 1),
      parent,
      children: [],
      attributes,
    };
    for (const child of element.children) {
      if (typeof child !== 'string') resolved.children.push(visit(child, inScope, resolved));
    }
    return resolved;
  };
  return visit(root, new Map([['xml', XML_NAMESPACE]]), undefined);
}

/** Key of the `xml:lang` attribute in resolved attributes. */
export const XML_LANG = `{${XML_NAMESPACE}}lang`;
