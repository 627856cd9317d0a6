/** Where in a file a problem was found; line and column are 1-based. */
export interface FilePlace {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * Bad input: the file cannot be read as the format it claims. The message names the file, the place and the rule,
 * e.g. `notes.xlf:12:5: <target> before <source> (XLIFF 2 core: segment content order)`.
 */
export class FileFormatError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly rule: string | undefined;
  readonly problem: string;

  constructor(place: FilePlace, problem: string, rule?: string) {
    const where = [place.file, place.line, place.column].filter((part) => part !== undefined).join(':');
    super(`${where}: ${problem}${rule ? ` (${rule})` : ''}`);
    this.name = 'FileFormatError';
    this.file = place.file;
    this.line = place.line;
    this.column = place.column;
    this.rule = rule;
    this.problem = problem;
  }
}
