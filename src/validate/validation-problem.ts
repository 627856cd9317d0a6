/** One reason a file is not valid: where, what, and which rule of which specification. */
export interface ValidationProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** The rule broken, e.g. `XLIFF 2.1 §4.2.2.5 unit: id must be unique within file`. */
  readonly rule: string;
}

/** Turns string offsets into 1-based lines and columns quickly, for reporting many problems in one file. */
export class OffsetLocator {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
      this.lineStarts.push(index + 1);
    }
  }

  /** Line and column of `offset`. */
  locate(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }
}

/** Collects problems for one file, placing each at an offset of the file's text. */
export class ProblemList {
  readonly problems: ValidationProblem[] = [];
  private readonly locator: OffsetLocator;

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.locator = new OffsetLocator(text);
  }

  /** Records a problem at `offset`. */
  add(offset: number, message: string, rule: string): void {
    this.problems.push({ file: this.file, ...this.locator.locate(offset), message, rule });
  }

  /** Records a problem at a line and column already known. */
  addAt(line: number, column: number, message: string, rule: string): void {
    this.problems.push({ file: this.file, line, column, message, rule });
  }
}

/** The CLI line for a problem: `file:line:column: message (rule)`. */
export function formatProblem(problem: ValidationProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message} (${problem.rule})`;
}
