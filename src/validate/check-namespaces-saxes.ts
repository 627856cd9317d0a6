import { SaxesParser } from 'saxes';
import type { ProblemList } from './validation-problem.ts';

// Our own scanner has already refused what is dangerous or malformed; saxes then judges the finer points of XML 1.0
// and Namespaces in XML (name characters, `--` in comments, prefix bindings, xml/xmlns rules) as a second opinion.
// Only its first complaint is kept: later ones usually follow from it.

/**
 * Runs `text` through saxes with namespace processing and records its first error, if any, at saxes' line and
 * column. Text in; adds at most one problem.
 */
export function checkWithSaxes(text: string, problems: ProblemList): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let first: { message: string; line: number; column: number } | undefined;
  parser.on('error', (error) => {
    if (first === undefined) {
      first = {
        message: error.message.replace(/^\d+:\d+: /, ''),
        line: parser.line,
        // saxes counts columns from 0.
        column: parser.column + 1,
      };
    }
  });
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch {
    // saxes may throw after an error it already reported; the first report is what we keep.
  }
  if (first) problems.addAt(first.line, first.column, first.message, 'XML 1.0 and Namespaces in XML (saxes)');
}
