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

/** All descendants named `local`, in document order. */
function descendants(node: ResolvedElement, local: string, found: ResolvedElement[] = []): ResolvedElement[] {
  for (const child of node.children) {
    if (child.local === local) found.push(child);
    descendants(child, local, found);
  }
  return found;
}

/** Checks XLIFF 1.2 key constraints: file attributes, trans-unit ids (present, unique per file) and sources. */
export function checkXliff12(root: ResolvedElement, problems: ProblemList): void {
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

/** Checks TMX 1.4b key constraints: header attributes, a body, `xml:lang` on each tuv, exactly one seg per tuv. */
export function checkTmx(root: ResolvedElement, problems: ProblemList): void {
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
