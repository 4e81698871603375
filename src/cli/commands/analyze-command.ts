import { analyzeInOrder } from '../../analyze/pool/analyze-in-order.js';
import type { AnalysisRecord } from '../../analyze/record.js';
import { readInputs } from '../../read/read-inputs.js';
import { writeLine, type CliIo } from '../cli-io.js';
import { choiceOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { prettyRecord } from '../format/pretty-record.js';
import { UsageError } from '../usage-error.js';
import { analysisOptions, startCliAnalysis } from './analysis-options.js';
import { kbOption, readOptions } from './shared-options.js';

/** `newsgraph analyze`: prints the analysis record of each input article; stores nothing. */
export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Analyse articles and print their analysis records (nothing is stored).',
  synopsis: '<inputs…> [--format json|jsonl|pretty] [--workers n|auto] [--time-limit seconds]',
  description: `
Inputs are files (plain text with an optional "date YYYY-MM-DD Title" first line, HTML, RSS/Atom,
JSON Lines), folders (read recursively), globs, http(s) URLs, or - for standard input.
With the default format one article prints as one JSON object and several as JSON Lines.
Analysis runs on worker threads (--workers); records print in input order. An article whose
analysis takes longer than --time-limit seconds is reported with its input and skipped.

Examples:
  newsgraph analyze examples/tehran-ashgabat-meeting.txt
  newsgraph analyze examples/ --format jsonl > records.jsonl
  cat article.txt | newsgraph analyze - --format pretty`,
  positionals: true,
  options: {
    format: { type: 'string', short: 'f', value: 'json|jsonl|pretty', help: 'Output format (default json: one object, or JSON Lines for several).' },
    ...analysisOptions,
    ...readOptions,
    ...kbOption,
  },
  async run(args, io: CliIo) {
    if (!args.positionals.length) throw new UsageError('analyze needs at least one input (a file, folder, glob, URL or -)');
    const format = choiceOption(args, 'format', ['json', 'jsonl', 'pretty'] as const, 'json');
    const analysis = await startCliAnalysis(args);
    let failed = 0;
    let read = 0;
    let pending: AnalysisRecord | null = null;
    let count = 0;
    const emit = (record: AnalysisRecord): void => {
      count++;
      if (format === 'pretty') {
        if (count > 1) writeLine(io.stdout, '─'.repeat(72));
        io.stdout.write(`${prettyRecord(record)}\n`);
      } else if (format === 'jsonl') {
        writeLine(io.stdout, JSON.stringify(record));
      } else if (pending === null && count === 1) {
        pending = record;
      } else {
        if (pending) writeLine(io.stdout, JSON.stringify(pending));
        pending = null;
        writeLine(io.stdout, JSON.stringify(record));
      }
    };
    try {
      const outcomes = readInputs(args.positionals, { allowPrivate: args.values['allow-private'] === true, stdin: io.stdin });
      for await (const result of analyzeInOrder(outcomes, analysis.analyze, analysis.window)) {
        if (result.article) read++;
        if (result.ok) {
          emit(result.record);
        } else {
          failed++;
          writeLine(io.stderr, `newsgraph: ${result.message}`);
        }
      }
    } finally {
      await analysis.close();
    }
    if (pending) io.stdout.write(`${JSON.stringify(pending, null, 2)}\n`);
    if (!read && failed) return EXIT.noInput;
    return failed ? EXIT.partial : EXIT.ok;
  },
};
