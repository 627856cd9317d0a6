import { detectFormat } from '../formats/detect-format.ts';
import { readBilingualFile } from '../formats/read-bilingual-file.ts';
import { checkSize, decodeXml } from '../formats/xml/decode-xml.ts';
import { formatOfRoot } from '../formats/xml/root-kind.ts';
import { buildXmlTree } from '../formats/xml/xml-tree.ts';
import { FileFormatError } from '../model/errors.ts';
import { checkWithSaxes } from './check-namespaces-saxes.ts';
import { resolveNamespaces } from './namespaces.ts';
import { checkTmx, checkXliff12 } from './validate-xliff12-tmx.ts';
import { ProblemList, type ValidationProblem } from './validation-problem.ts';
import { checkXliff2References } from './xliff2-references.ts';
import { CORE_NAMESPACES, checkXliff2Structure, rule } from './xliff2-structure.ts';

/** A FileFormatError as one validation problem. */
function problemOf(error: FileFormatError): ValidationProblem {
  return {
    file: error.file,
    line: error.line ?? 1,
    column: error.column ?? 1,
    message: error.problem,
    rule: error.rule ?? 'readable file',
  };
}

/** Validates an XML bilingual file: well-formedness, then the format's structure and constraints. */
function validateXml(bytes: Uint8Array, file: string): ValidationProblem[] {
  const { text } = decodeXml(bytes, file);
  const root = buildXmlTree(text, file);
  const problems = new ProblemList(file, text);
  checkWithSaxes(text, problems);
  const resolved = resolveNamespaces(root, (offset, prefix) =>
    problems.add(offset, `namespace prefix "${prefix}" is not declared`, 'Namespaces in XML 1.0 §5: prefix declared'),
  );
  const format = formatOfRoot(root.name, root.attributes);
  if (format === 'xliff2') {
    if (!CORE_NAMESPACES.has(resolved.namespace)) {
      problems.add(
        root.start,
        `<xliff> is not in the XLIFF 2 namespace (found "${resolved.namespace}")`,
        rule('4.2.2.1 xliff', 'namespace urn:oasis:names:tc:xliff:document:2.0'),
      );
    }
    checkXliff2Structure(resolved, problems, resolved.attributes.get('trgLang'), resolved.attributes.get('srcLang'));
    checkXliff2References(resolved, problems);
  } else if (format === 'xliff12') {
    checkXliff12(resolved, problems);
  } else if (format === 'tmx') {
    checkTmx(resolved, problems);
  }
  return problems.problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Validates a bilingual file. XLIFF 2.x against the OASIS XLIFF 2.1 core (structure, order and cardinality,
 * required attributes, values, namespaces, and the constraints a schema cannot express); XLIFF 1.2 and TMX for
 * well-formedness and their key constraints; CSV, TSV and text by reading them. Bytes and file name in; the list
 * of problems out, empty when the file is valid. Never throws on bad input.
 */
export function validateBilingualFile(bytes: Uint8Array, file: string): readonly ValidationProblem[] {
  try {
    checkSize(bytes, file);
    const format = detectFormat(bytes, file);
    if (format === 'xliff2' || format === 'xliff12' || format === 'tmx') return validateXml(bytes, file);
    readBilingualFile(bytes, file);
    return [];
  } catch (error) {
    if (error instanceof FileFormatError) return [problemOf(error)];
    const reason = error instanceof Error ? error.message : String(error);
    return [
      { file, line: 1, column: 1, message: `the file could not be checked: ${reason}`, rule: 'validator failure' },
    ];
  }
}
