import type { ResolvedElement } from './namespaces.ts';
import type { ProblemList } from './validation-problem.ts';
import { CORE_NAMESPACES, rule } from './xliff2-structure.ts';

const ID_CARRIERS = new Set(['pc', 'ph', 'sc', 'mrk', 'sm']);

/** Core descendants of `node` (not entering extension elements), in document order. */
function coreDescendants(node: ResolvedElement, found: ResolvedElement[] = []): ResolvedElement[] {
  for (const child of node.children) {
    if (!CORE_NAMESPACES.has(child.namespace)) continue;
    found.push(child);
    coreDescendants(child, found);
  }
  return found;
}

/** Reports every element whose `attribute` value repeats one seen before, with `message`. */
function checkUnique(
  elements: readonly ResolvedElement[],
  attribute: string,
  problems: ProblemList,
  message: (value: string) => string,
  ruleText: string,
): void {
  const seen = new Set<string>();
  for (const element of elements) {
    const value = element.attributes.get(attribute);
    if (value === undefined) continue;
    if (seen.has(value)) problems.add(element.element.start, message(value), ruleText);
    seen.add(value);
  }
}

/** Checks the inline codes of one side (all sources, or all targets) of a unit. */
function checkSide(
  inline: readonly ResolvedElement[],
  side: 'source' | 'target',
  dataIds: ReadonlySet<string>,
  sourceIds: ReadonlySet<string>,
  problems: ProblemList,
): void {
  const carriers = inline.filter(
    (node) => ID_CARRIERS.has(node.local) || (node.local === 'ec' && node.attributes.has('id')),
  );
  checkUnique(
    carriers,
    'id',
    problems,
    (id) => `inline id "${id}" is used twice in the ${side} of this unit`,
    rule('4.2.3 inline elements', 'id must be unique within the unit (per source or target content)'),
  );
  const openStarts = new Map<string, ResolvedElement>();
  const markers = new Set<string>();
  for (const node of inline) {
    const id = node.attributes.get('id');
    if (node.local === 'sc' && id !== undefined) openStarts.set(id, node);
    if (node.local === 'sm' && id !== undefined) markers.add(id);
    if (node.local === 'ec' && node.attributes.has('startRef')) {
      const ref = node.attributes.get('startRef')!;
      if (openStarts.has(ref)) openStarts.delete(ref);
      else
        problems.add(
          node.element.start,
          `<ec startRef="${ref}"> has no matching <sc id="${ref}"> before it in this unit`,
          rule('4.2.3.5 ec', 'startRef must point to an sc in the same unit'),
        );
    }
    if (node.local === 'em') {
      const ref = node.attributes.get('startRef');
      if (ref !== undefined && !markers.has(ref)) {
        problems.add(
          node.element.start,
          `<em startRef="${ref}"> has no matching <sm id="${ref}"> in this unit`,
          rule('4.2.3.8 em', 'startRef must point to an sm in the same unit'),
        );
      }
    }
    for (const attribute of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
      const ref = node.attributes.get(attribute);
      if (ref !== undefined && !dataIds.has(ref)) {
        problems.add(
          node.element.start,
          `${attribute}="${ref}" names no <data> in this unit's originalData`,
          rule(`4.3.1 ${attribute}`, 'must reference a data id of the unit'),
        );
      }
    }
    const copyOf = node.attributes.get('copyOf');
    if (copyOf !== undefined && !sourceIds.has(copyOf)) {
      problems.add(
        node.element.start,
        `copyOf="${copyOf}" names no inline code of this unit`,
        rule('4.3.1 copyOf', 'must reference the id of a code in the same unit'),
      );
    }
  }
  for (const [id, node] of openStarts) {
    if (node.attributes.get('isolated') !== 'yes') {
      problems.add(
        node.element.start,
        `<sc id="${id}"> is never closed by an <ec startRef="${id}"> in this unit`,
        rule('4.2.3.4 sc', 'an sc that is not isolated needs its ec in the same unit'),
      );
    }
  }
}

/** Checks one unit: data ids, segment ids, and each side's inline codes and references. */
function checkUnit(unit: ResolvedElement, problems: ProblemList, hasTrgLang: boolean): void {
  const descendants = coreDescendants(unit);
  const data = descendants.filter((node) => node.local === 'data');
  checkUnique(
    data,
    'id',
    problems,
    (id) => `data id "${id}" is used twice in this unit`,
    rule('4.2.2.11 data', 'id must be unique within originalData'),
  );
  const dataIds = new Set(data.map((node) => node.attributes.get('id') ?? ''));
  const parts = unit.children.filter(
    (node) => CORE_NAMESPACES.has(node.namespace) && (node.local === 'segment' || node.local === 'ignorable'),
  );
  const sources: ResolvedElement[] = [];
  const targets: ResolvedElement[] = [];
  for (const part of parts) {
    for (const child of part.children) {
      if (!CORE_NAMESPACES.has(child.namespace)) continue;
      if (child.local === 'source') sources.push(...coreDescendants(child));
      if (child.local === 'target') {
        targets.push(...coreDescendants(child));
        if (!hasTrgLang)
          problems.add(
            child.element.start,
            'a <target> is present but <xliff> has no trgLang',
            rule('4.2.2.1 xliff', 'trgLang is required when the file has targets'),
          );
      }
    }
  }
  const sourceIds = new Set(
    sources.map((node) => node.attributes.get('id')).filter((id): id is string => id !== undefined),
  );
  const partIds = parts.filter((part) => part.attributes.has('id'));
  checkUnique(
    partIds,
    'id',
    problems,
    (id) => `segment id "${id}" is used twice in this unit`,
    rule('4.2.2.6 segment', 'id must be unique within the unit'),
  );
  for (const part of partIds) {
    const id = part.attributes.get('id')!;
    if (sourceIds.has(id))
      problems.add(
        part.element.start,
        `segment id "${id}" is also the id of an inline code`,
        rule('4.2.2.6 segment', 'id must be unique within the unit'),
      );
  }
  checkSide(sources, 'source', dataIds, sourceIds, problems);
  checkSide(targets, 'target', dataIds, sourceIds, problems);
}

/** Checks the constraints a schema cannot express: unique ids, references that resolve, paired codes, trgLang. */
export function checkXliff2References(root: ResolvedElement, problems: ProblemList): void {
  const hasTrgLang = root.attributes.has('trgLang');
  const files = root.children.filter((node) => CORE_NAMESPACES.has(node.namespace) && node.local === 'file');
  checkUnique(
    files,
    'id',
    problems,
    (id) => `file id "${id}" is used twice`,
    rule('4.2.2.2 file', 'id must be unique among all files'),
  );
  for (const file of files) {
    const inFile = coreDescendants(file);
    const groupsAndUnits = inFile.filter((node) => node.local === 'unit' || node.local === 'group');
    checkUnique(
      groupsAndUnits.filter((node) => node.local === 'unit'),
      'id',
      problems,
      (id) => `unit id "${id}" is used twice in this file`,
      rule('4.2.2.5 unit', 'id must be unique within file'),
    );
    checkUnique(
      groupsAndUnits.filter((node) => node.local === 'group'),
      'id',
      problems,
      (id) => `group id "${id}" is used twice in this file`,
      rule('4.2.2.4 group', 'id must be unique within file'),
    );
    for (const unit of groupsAndUnits) if (unit.local === 'unit') checkUnit(unit, problems, hasTrgLang);
  }
}
