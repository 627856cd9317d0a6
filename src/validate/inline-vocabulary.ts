import type { ResolvedElement } from './namespaces.ts';
import type { ProblemList } from './validation-problem.ts';

/** One inline element of a format: the attributes it allows, which it requires, and the elements it may hold. */
interface InlineElement {
  readonly attributes: readonly string[];
  readonly required?: readonly string[];
  readonly content: readonly string[];
}

/** The inline vocabulary of a format: its containers of text, its inline elements, and how rules are cited. */
export interface InlineVocabulary {
  /** The specification, as rules cite it: `XLIFF 1.2`, `TMX 1.4b`. */
  readonly spec: string;
  /** Elements whose content is text with inline elements, and the inline elements each may hold. */
  readonly containers: Readonly<Record<string, readonly string[]>>;
  readonly elements: Readonly<Record<string, InlineElement>>;
}

const XLIFF12_TEXT = ['g', 'bpt', 'ept', 'ph', 'it', 'mrk', 'x', 'bx', 'ex'];
const XLIFF12_CODE = ['id', 'xid', 'equiv-text'];

/** XLIFF 1.2 inline elements (the strict schema's ElemGroup_TextContent and each element's attributes). */
export const XLIFF12_INLINE: InlineVocabulary = {
  spec: 'XLIFF 1.2',
  containers: { source: XLIFF12_TEXT, 'seg-source': XLIFF12_TEXT, target: XLIFF12_TEXT },
  elements: {
    g: { attributes: [...XLIFF12_CODE, 'ctype', 'clone'], required: ['id'], content: XLIFF12_TEXT },
    x: { attributes: [...XLIFF12_CODE, 'ctype', 'clone'], required: ['id'], content: [] },
    bx: { attributes: [...XLIFF12_CODE, 'rid', 'ctype', 'clone'], required: ['id'], content: [] },
    ex: { attributes: [...XLIFF12_CODE, 'rid'], required: ['id'], content: [] },
    ph: { attributes: [...XLIFF12_CODE, 'ctype', 'crc', 'assoc'], required: ['id'], content: ['sub'] },
    bpt: { attributes: [...XLIFF12_CODE, 'rid', 'ctype', 'crc'], required: ['id'], content: ['sub'] },
    ept: { attributes: [...XLIFF12_CODE, 'rid', 'crc'], required: ['id'], content: ['sub'] },
    it: { attributes: [...XLIFF12_CODE, 'pos', 'rid', 'ctype', 'crc'], required: ['id', 'pos'], content: ['sub'] },
    sub: { attributes: ['datatype', 'ctype', 'xid'], content: XLIFF12_TEXT },
    mrk: { attributes: ['mtype', 'mid', 'comment'], required: ['mtype'], content: XLIFF12_TEXT },
  },
};

const TMX_TEXT = ['bpt', 'ept', 'it', 'ph', 'hi', 'ut'];

/** TMX 1.4b inline elements (content markup of `seg`) and their attributes. */
export const TMX_INLINE: InlineVocabulary = {
  spec: 'TMX 1.4b',
  containers: { seg: TMX_TEXT },
  elements: {
    bpt: { attributes: ['i', 'x', 'type'], required: ['i'], content: ['sub'] },
    ept: { attributes: ['i'], required: ['i'], content: ['sub'] },
    it: { attributes: ['pos', 'x', 'type'], required: ['pos'], content: ['sub'] },
    ph: { attributes: ['x', 'type', 'assoc'], content: ['sub'] },
    hi: { attributes: ['x', 'type'], content: TMX_TEXT },
    ut: { attributes: ['x'], content: ['sub'] },
    sub: { attributes: ['datatype', 'type'], content: TMX_TEXT },
  },
};

/** `a, b and c`. */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? 'nothing') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Checks the inline content of every text container under `root` against a format's vocabulary: only the allowed
 * elements, each with only its own attributes (namespaced ones are extensions and pass) and those it requires.
 * `namespace` is the format's namespace ('' for TMX); elements of other namespaces inside text are reported too.
 */
export function checkInlineContent(
  root: ResolvedElement,
  namespace: string,
  vocabulary: InlineVocabulary,
  problems: ProblemList,
): void {
  const { spec, elements } = vocabulary;
  const checkElement = (element: ResolvedElement, allowed: readonly string[], parent: string): void => {
    const rule = elements[element.local];
    if (element.namespace !== namespace || rule === undefined || !allowed.includes(element.local)) {
      problems.add(
        element.element.start,
        `<${element.element.name}> is not allowed inside <${parent}>`,
        `${spec} ${parent}: content is text${allowed.length > 0 ? ` and ${listed(allowed)}` : ''}`,
      );
      return;
    }
    for (const name of element.attributes.keys()) {
      if (name.startsWith('{') || rule.attributes.includes(name)) continue;
      problems.add(
        element.element.start,
        `<${element.local}> does not allow the attribute ${name}`,
        `${spec} ${element.local}: attributes ${listed(rule.attributes)}, or namespaced extensions`,
      );
    }
    for (const name of rule.required ?? []) {
      if (!element.attributes.has(name)) {
        problems.add(
          element.element.start,
          `<${element.local}> has no ${name}`,
          `${spec} ${element.local}: ${name} is required`,
        );
      }
    }
    for (const child of element.children) checkElement(child, rule.content, element.local);
  };
  const visit = (node: ResolvedElement): void => {
    const allowed = node.namespace === namespace ? vocabulary.containers[node.local] : undefined;
    if (allowed === undefined) {
      for (const child of node.children) visit(child);
      return;
    }
    for (const child of node.children) checkElement(child, allowed, node.local);
  };
  visit(root);
}
