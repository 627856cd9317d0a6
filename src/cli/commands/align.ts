import { type Command, Option } from 'commander';
import { alignTexts } from '../../align/align-texts.ts';
import { oneLine, readTextArgument } from './segment.ts';

interface AlignCliOptions {
  readonly format: 'tsv' | 'json';
}

/**
 * `relecture align SOURCE TARGET [--format tsv|json]`: aligns an English text with its French sentence by sentence.
 * TSV has a header `source<TAB>target<TAB>confidence` and one pair per line in text order (an empty cell for a
 * sentence with no partner); JSON is an array of `{source, target, confidence}`.
 */
export function registerAlignCommand(program: Command): void {
  program
    .command('align')
    .description('Align an English text (source or retranslation) with its French, sentence by sentence.')
    .argument('<source>', 'English text file, or - for standard input')
    .argument('<target>', 'French text file')
    .addOption(new Option('--format <format>', 'output format').choices(['tsv', 'json']).default('tsv'))
    .action(async (source: string, target: string, options: AlignCliOptions) => {
      const english = await readTextArgument(source);
      if (english === null) return;
      const french = await readTextArgument(target);
      if (french === null) return;
      const pairs = alignTexts(english, french).pairs.map((pair) => ({
        source: pair.english.map((sentence) => sentence.text).join(' '),
        target: pair.french.map((sentence) => sentence.text).join(' '),
        confidence: pair.confidence,
      }));
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(pairs, null, 2)}\n`);
        return;
      }
      const lines = pairs.map((pair) => `${oneLine(pair.source)}\t${oneLine(pair.target)}\t${pair.confidence}`);
      process.stdout.write(`source\ttarget\tconfidence\n${lines.map((line) => `${line}\n`).join('')}`);
    });
}
