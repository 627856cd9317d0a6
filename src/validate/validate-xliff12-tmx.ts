import { checkInlineContent, TMX_INLINE, XLIFF12_INLINE } from './inline-vocabulary.ts';
import { type ResolvedElement, XML_LANG } from './namespaces.ts';
import type { ProblemList } from './validation-problem.ts';

const TMX_HEADER_REQUIRED = [
  'creationtool',
  'creationtoolversion',
  'segtype',
  'o-tmf',
  'adminlang',
  'srclang',
  'datatype',
];

// XLIFF 1.2 target states and state qualifiers; any other value must be a user-defined one starting with "x-".
const XLIFF12_STATES = new Set([
  'final',
  'needs-adaptation',
  'needs-l10n',
  'needs-review-adaptation',
  'needs-review-l10n',
  'needs-review-translation',
  'needs-translation',
  'new',
  'signed-off',
  'translated',
]);
const XLIFF12_QUALIFIERS = new Set([
  'exact-match',
  'fuzzy-match',
  'id-match',
  'leveraged-glossary',
  'leveraged-inherited',
  'leveraged-mt',
  'leveraged-repository',
  'leveraged-tm',
  'mt-suggestion',
  'rejected-grammar',
  'rejected-inaccurate',
  'rejected-length',
  'rejected-spelling',
  'tm-suggestion',
]);

/** Reports a `state` or `state-qualifier` of an XLIFF 1.2 target or bin-target that is neither listed nor x-…. */
function checkState12(element: ResolvedElement, problems: ProblemList): void {
  for (const [name, values] of [
    ['state', XLIFF12_STATES],
    ['state-qualifier', XLIFF12_QUALIFIERS],
  ] as const) {
    const value = element.attributes.get(name);
    if (value === undefined || values.has(value) || /^x-\S+$/.test(value)) continue;
    problems.add(
      element.element.start,
      `${name} "${value}" is not an XLIFF 1.2 ${name}`,
      `XLIFF 1.2 ${name}: ${[...values].join(', ')}, or a value starting with x-`,
    );
  }
}

/** All descendants named `local`, in document order. */
function descendants(node: ResolvedElement, local: string, found: ResolvedElement[] = []): ResolvedElement[] {
  for (const child of node.children) {
    if (child.local === local) found.push(child);
    descendants(child, local, found);
  }
  return found;
}

/**
 * Checks XLIFF 1.2 key constraints: file attributes, trans-unit ids (present, unique per file) and sources, target
 * states, and the inline content of sources and targets (only 1.2 inline elements, each with its own attributes).
 */
export function checkXliff12(root: ResolvedElement, problems: ProblemList): void {
  checkInlineContent(root, root.namespace, XLIFF12_INLINE, problems);
  for (const target of [...descendants(root, 'target'), ...descendants(root, 'bin-target')]) {
    if (target.namespace === root.namespace) checkState12(target, problems);
  }
  const files = root.children.filter((node) => node.local === 'file');
  if (files.length === 0)
    problems.add(root.element.start, '<xliff> has no <file>', 'XLIFF 1.2 §2.2 xliff: one or more file');
  for (const file of files) {
    for (const attribute of ['original', 'source-language', 'datatype']) {
      if (!file.attributes.has(attribute)) {
        problems.add(file.element.start, `<file> has no ${attribute}`, `XLIFF 1.2 §2.2 file: ${attribute} is required`);
      }
    }
    const seen = new Set<string>();
    for (const unit of descendants(file, 'trans-unit')) {
      const id = unit.attributes.get('id');
      if (id === undefined) {
        problems.add(unit.element.start, '<trans-unit> has no id', 'XLIFF 1.2 §2.3 trans-unit: id is required');
        continue;
      }
      if (seen.has(id)) {
        problems.add(
          unit.element.start,
          `trans-unit id "${id}" is used twice in this file`,
          'XLIFF 1.2 §2.3 trans-unit: id must be unique within file',
        );
      }
      seen.add(id);
      if (unit.children.filter((child) => child.local === 'source').length !== 1) {
        problems.add(
          unit.element.start,
          `<trans-unit id="${id}"> must hold exactly one <source>`,
          'XLIFF 1.2 §2.3 trans-unit: one source',
        );
      }
    }
  }
}

const PAIR_RULE = 'TMX 1.4b bpt/ept: each bpt has an ept with the same i in the same seg (else use it)';

/** Reports a TMX bpt without its ept in the same seg, or an ept without its bpt (they pair by `i`). */
function checkPairsTmx(seg: ResolvedElement, problems: ProblemList): void {
  const begun = new Map<string, ResolvedElement>();
  for (const code of [...descendants(seg, 'bpt'), ...descendants(seg, 'ept')].sort(
    (a, b) => a.element.start - b.element.start,
  )) {
    const i = code.attributes.get('i');
    if (i === undefined) continue;
    if (code.local === 'bpt') begun.set(i, code);
    else if (begun.has(i)) begun.delete(i);
    else problems.add(code.element.start, `<ept i="${i}"> has no <bpt i="${i}"> before it in its <seg>`, PAIR_RULE);
  }
  for (const [i, code] of begun) {
    problems.add(code.element.start, `<bpt i="${i}"> has no <ept i="${i}"> after it in its <seg>`, PAIR_RULE);
  }
}

/**
 * Checks TMX 1.4b key constraints: header attributes, a body, `xml:lang` on each tuv, exactly one seg per tuv, and
 * the content of segs (only TMX inline elements with their own attributes, bpt and ept in pairs).
 */
export function checkTmx(root: ResolvedElement, problems: ProblemList): void {
  checkInlineContent(root, '', TMX_INLINE, problems);
  for (const seg of descendants(root, 'seg')) checkPairsTmx(seg, problems);
  const header = root.children.find((node) => node.local === 'header');
  if (!header) problems.add(root.element.start, '<tmx> has no <header>', 'TMX 1.4b §3.1 tmx: header is required');
  for (const attribute of TMX_HEADER_REQUIRED) {
    if (header && !header.attributes.has(attribute)) {
      problems.add(
        header.element.start,
        `<header> has no ${attribute}`,
        `TMX 1.4b §3.2 header: ${attribute} is required`,
      );
    }
  }
  if (!root.children.some((node) => node.local === 'body')) {
    problems.add(root.element.start, '<tmx> has no <body>', 'TMX 1.4b §3.1 tmx: body is required');
  }
  for (const tuv of descendants(root, 'tuv')) {
    if (!tuv.attributes.has(XML_LANG) && !tuv.attributes.has('lang')) {
      problems.add(tuv.element.start, '<tuv> has no xml:lang', 'TMX 1.4b §3.5 tuv: xml:lang is required');
    }
    const segs = tuv.children.filter((node) => node.local === 'seg').length;
    if (segs !== 1) {
      problems.add(
        tuv.element.start,
        `<tuv> holds ${segs} <seg> elements instead of one`,
        'TMX 1.4b §3.5 tuv: exactly one seg',
      );
    }
  }
}
