import { type ResolvedElement, XML_LANG } from './namespaces.ts';
import type { ProblemList } from './validation-problem.ts';

/** Namespaces of the XLIFF 2 core: 2.0 and 2.1 share one, 2.2 has its own. */
export const CORE_NAMESPACES = new Set([
  'urn:oasis:names:tc:xliff:document:2.0',
  'urn:oasis:names:tc:xliff:document:2.2',
]);
const ITS = 'http://www.w3.org/2005/11/its';
const INLINE = new Set(['cp', 'ph', 'pc', 'sc', 'ec', 'mrk', 'sm', 'em']);
const STATES = new Set(['initial', 'translated', 'reviewed', 'final']);
const YES_NO = ['canResegment', 'translate', 'canCopy', 'canDelete', 'canOverlap', 'isolated'];

/** Rule text for a section of the XLIFF 2.1 core. */
export function rule(section: string, text: string): string {
  return `XLIFF 2.1 §${section}: ${text}`;
}

const SECTION: Record<string, string> = {
  xliff: '4.2.2.1 xliff',
  file: '4.2.2.2 file',
  skeleton: '4.2.2.3 skeleton',
  group: '4.2.2.4 group',
  unit: '4.2.2.5 unit',
  segment: '4.2.2.6 segment',
  ignorable: '4.2.2.7 ignorable',
  notes: '4.2.2.8 notes',
  note: '4.2.2.9 note',
  originalData: '4.2.2.10 originalData',
  data: '4.2.2.11 data',
  source: '4.2.2.12 source',
  target: '4.2.2.13 target',
  cp: '4.2.3.1 cp',
  ph: '4.2.3.2 ph',
  pc: '4.2.3.3 pc',
  sc: '4.2.3.4 sc',
  ec: '4.2.3.5 ec',
  mrk: '4.2.3.6 mrk',
  sm: '4.2.3.7 sm',
  em: '4.2.3.8 em',
};

/** Section reference of a core element, e.g. `4.2.2.5 unit`. */
export function sectionOf(local: string): string {
  return SECTION[local] ?? '4.2 elements';
}

// Content models of the structural elements, as ordered slots: [name, min, max]; 'other' = any non-core element.
type Slot = readonly [name: string, min: number, max: number];
const MODELS: Record<string, readonly Slot[]> = {
  xliff: [['file', 1, Infinity]],
  file: [
    ['skeleton', 0, 1],
    ['other', 0, Infinity],
    ['notes', 0, 1],
    ['unit|group', 1, Infinity],
  ],
  group: [
    ['other', 0, Infinity],
    ['notes', 0, 1],
    ['unit|group', 0, Infinity],
  ],
  unit: [
    ['other', 0, Infinity],
    ['notes', 0, 1],
    ['originalData', 0, 1],
    ['segment|ignorable', 1, Infinity],
  ],
  segment: [
    ['source', 1, 1],
    ['target', 0, 1],
  ],
  ignorable: [
    ['source', 1, 1],
    ['target', 0, 1],
  ],
  notes: [['note', 1, Infinity]],
  originalData: [['data', 1, Infinity]],
};

const REQUIRED: Record<string, readonly string[]> = {
  xliff: ['version', 'srcLang'],
  file: ['id'],
  group: ['id'],
  unit: ['id'],
  data: ['id'],
  pc: ['id'],
  ph: ['id'],
  sc: ['id'],
  mrk: ['id'],
  sm: ['id'],
  em: ['startRef'],
  cp: ['hex'],
};

/** Checks children of a structural element against its ordered content model. */
function checkContent(node: ResolvedElement, problems: ProblemList): void {
  const model = MODELS[node.local];
  if (!model) return;
  const section = sectionOf(node.local);
  let slot = 0;
  const counts = model.map(() => 0);
  for (const child of node.children) {
    const key = CORE_NAMESPACES.has(child.namespace) ? child.local : 'other';
    let found = -1;
    for (let index = slot; index < model.length; index++) {
      if (model[index]![0].split('|').includes(key)) {
        found = index;
        break;
      }
    }
    if (found === -1) {
      const earlier = model.findIndex((entry) => entry[0].split('|').includes(key));
      const name = key === 'other' ? `<${child.element.name}> (not in the XLIFF core namespace)` : `<${child.local}>`;
      const message =
        earlier === -1
          ? `${name} is not allowed inside <${node.local}>`
          : `${name} is out of order inside <${node.local}>`;
      problems.add(child.element.start, message, rule(section, 'element order and content'));
      continue;
    }
    slot = found;
    counts[found]!++;
    if (counts[found]! > model[found]![2]) {
      problems.add(
        child.element.start,
        `<${child.local}> appears more than ${model[found]![2]} time(s) in <${node.local}>`,
        rule(section, 'cardinality'),
      );
    }
  }
  model.forEach(([name, min], index) => {
    if (counts[index]! < min) {
      const what = name
        .split('|')
        .map((part) => `<${part}>`)
        .join(' or ');
      problems.add(node.element.start, `<${node.local}> needs at least ${min} ${what}`, rule(section, 'cardinality'));
    }
  });
}

/** Checks required attributes and enumerated values of a core element. */
function checkAttributes(node: ResolvedElement, problems: ProblemList): void {
  const section = sectionOf(node.local);
  const at = node.element.start;
  for (const name of REQUIRED[node.local] ?? []) {
    if (node.local === 'ec' && name === 'startRef') continue;
    if (!node.attributes.has(name))
      problems.add(at, `<${node.local}> has no ${name}`, rule(section, `${name} is required`));
  }
  if (node.local === 'xliff') {
    const version = node.attributes.get('version');
    if (version !== undefined && !/^2\.[012]$/.test(version)) {
      problems.add(at, `version "${version}" is not 2.0, 2.1 or 2.2`, rule(section, 'version'));
    }
  }
  if (node.local === 'segment') {
    const state = node.attributes.get('state');
    if (state !== undefined && !STATES.has(state)) {
      problems.add(
        at,
        `state "${state}" is not initial, translated, reviewed or final`,
        rule('4.3.1 state', 'allowed values'),
      );
    }
    if (node.attributes.has('subState') && state === undefined) {
      problems.add(at, 'subState is set but state is not', rule('4.3.1 subState', 'subState requires state'));
    }
  }
  if (node.local === 'note') {
    const appliesTo = node.attributes.get('appliesTo');
    if (appliesTo !== undefined && appliesTo !== 'source' && appliesTo !== 'target') {
      problems.add(at, `appliesTo "${appliesTo}" is not source or target`, rule('4.3.1 appliesTo', 'allowed values'));
    }
    const priority = node.attributes.get('priority');
    if (priority !== undefined && !/^([1-9]|10)$/.test(priority)) {
      problems.add(
        at,
        `priority "${priority}" is not a whole number from 1 to 10`,
        rule('4.3.1 priority', 'allowed values'),
      );
    }
    if (node.children.length > 0)
      problems.add(
        node.children[0]!.element.start,
        '<note> holds elements; it takes text only',
        rule(section, 'content'),
      );
  }
  if (node.local === 'ec' && !node.attributes.has('startRef') && node.attributes.get('isolated') !== 'yes') {
    problems.add(at, '<ec> has neither startRef nor isolated="yes"', rule(section, 'startRef or isolated with id'));
  }
  if (node.local === 'ec' && node.attributes.get('isolated') === 'yes' && !node.attributes.has('id')) {
    problems.add(at, 'an isolated <ec> needs an id', rule(section, 'isolated requires id'));
  }
  if (node.local === 'cp') {
    const hex = node.attributes.get('hex') ?? '';
    if (hex && !/^[0-9A-Fa-f]{4,6}$/.test(hex))
      problems.add(at, `hex "${hex}" is not a hexadecimal code point`, rule(section, 'hex'));
  }
  for (const name of YES_NO) {
    const value = node.attributes.get(name);
    if (value !== undefined && value !== 'yes' && value !== 'no') {
      problems.add(at, `${name}="${value}" must be yes or no`, rule('4.3.1 attributes', `${name} is yes or no`));
    }
  }
  const severity = node.attributes.get(`{${ITS}}locQualityIssueSeverity`);
  if (severity !== undefined && !(/^\d+(\.\d+)?$/.test(severity) && Number(severity) <= 100)) {
    problems.add(
      at,
      `its:locQualityIssueSeverity "${severity}" is not a number from 0 to 100`,
      'ITS 2.0 §8.18 Localization Quality Issue: severity is 0–100',
    );
  }
  const enabled = node.attributes.get(`{${ITS}}locQualityIssueEnabled`);
  if (enabled !== undefined && enabled !== 'yes' && enabled !== 'no') {
    problems.add(
      at,
      `its:locQualityIssueEnabled "${enabled}" must be yes or no`,
      'ITS 2.0 §8.18 Localization Quality Issue: enabled is yes or no',
    );
  }
}

/** Checks what may appear inside source, target and inline elements: text and core inline elements only. */
function checkInlineContent(node: ResolvedElement, problems: ProblemList): void {
  for (const child of node.children) {
    const core = CORE_NAMESPACES.has(child.namespace);
    if (!core || !INLINE.has(child.local)) {
      problems.add(
        child.element.start,
        `<${child.element.name}> is not an inline element allowed in <${node.local}>`,
        rule(sectionOf(node.local), 'inline content'),
      );
      continue;
    }
    if (
      ['cp', 'ph', 'sc', 'ec', 'sm', 'em'].includes(child.local) &&
      child.children.length + child.element.children.length > 0
    ) {
      problems.add(
        child.element.start,
        `<${child.local}> must be empty`,
        rule(sectionOf(child.local), 'empty element'),
      );
    }
    if (node.local === 'data' && child.local !== 'cp') {
      problems.add(
        child.element.start,
        `<${child.local}> is not allowed in <data> (only <cp>)`,
        rule(sectionOf('data'), 'content'),
      );
    }
  }
}

/** Walks the document checking the core's structure, attributes and values. */
export function checkXliff2Structure(
  root: ResolvedElement,
  problems: ProblemList,
  trgLang: string | undefined,
  srcLang: string | undefined,
): void {
  const visit = (node: ResolvedElement, inInline: boolean): void => {
    const core = CORE_NAMESPACES.has(node.namespace);
    if (core) {
      if (!inInline) checkContent(node, problems);
      checkAttributes(node, problems);
      if (['source', 'target', 'pc', 'mrk', 'data'].includes(node.local)) checkInlineContent(node, problems);
      const lang = node.attributes.get(XML_LANG);
      if (node.local === 'target' && lang !== undefined && trgLang !== undefined && lang !== trgLang) {
        problems.add(
          node.element.start,
          `<target xml:lang="${lang}"> differs from trgLang "${trgLang}"`,
          rule('4.2.2.13 target', 'xml:lang must match trgLang'),
        );
      }
      if (node.local === 'source' && lang !== undefined && srcLang !== undefined && lang !== srcLang) {
        problems.add(
          node.element.start,
          `<source xml:lang="${lang}"> differs from srcLang "${srcLang}"`,
          rule('4.2.2.12 source', 'xml:lang must match srcLang'),
        );
      }
    }
    const inline = inInline || (core && ['source', 'target', 'data'].includes(node.local));
    // Extension elements are opaque: their content follows their own specification.
    if (!core) return;
    for (const child of node.children) visit(child, inline);
  };
  visit(root, false);
}
