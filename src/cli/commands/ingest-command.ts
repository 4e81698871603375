import { createAnalyzer } from '../../analyze/analyzer.js';
import type { AnalysisRecord } from '../../analyze/record.js';
import { createCorpusLinker } from '../../corpus/corpus-linker.js';
import { readInputs } from '../../read/read-inputs.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import { writeLine, type CliIo } from '../cli-io.js';
import { intOption, type Command, type ParsedArgs } from '../command.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { Progress } from '../progress.js';
import { UsageError } from '../usage-error.js';
import { dbLocation, dbOption, kbOption, loadKbForCli, readOptions } from './shared-options.js';

/** What one ingest run did. */
export interface IngestSummary {
  readonly read: number;
  readonly stored: number;
  readonly replaced: number;
  readonly unchanged: number;
  readonly failed: readonly string[];
}

/**
 * Reads, analyses and stores articles, in batches of one transaction each; one bad input or
 * article is reported and skipped, the rest stored.
 */
export async function ingest(
  inputs: readonly string[],
  store: Store,
  io: CliIo,
  args: ParsedArgs,
  label = 'ingest',
): Promise<IngestSummary> {
  const analyzer = createAnalyzer({ kb: loadKbForCli(args) });
  const batchSize = intOption(args, 'batch', 200);
  const progress = new Progress(io.stderr, io.interactive, label);
  const linker = createCorpusLinker(store);
  const failed: string[] = [];
  let read = 0;
  let stored = 0;
  let replaced = 0;
  let unchanged = 0;
  let batch: AnalysisRecord[] = [];
  const fail = (message: string): void => {
    failed.push(message);
    progress.done();
    writeLine(io.stderr, `newsgraph: ${message}`);
  };
  const flush = async (): Promise<void> => {
    if (!batch.length) return;
    const outcomes = await store.putRecords(batch);
    await linker.link();
    for (const o of outcomes) {
      if (o === 'stored') stored++;
      else if (o === 'replaced') replaced++;
      else unchanged++;
    }
    batch = [];
  };
  for await (const outcome of readInputs(inputs, { allowPrivate: args.values['allow-private'] === true, stdin: io.stdin })) {
    if (!outcome.ok) {
      fail(outcome.error.message);
    } else {
      read++;
      try {
        batch.push(analyzer.analyze(outcome.article));
      } catch (e) {
        fail(`${outcome.article.origin ?? outcome.article.id ?? 'article'}: analysis failed: ${(e as Error).message}`);
      }
      if (batch.length >= batchSize) await flush();
    }
    progress.update({ read, stored: stored + replaced, unchanged, failed: failed.length });
  }
  await flush();
  progress.update({ read, stored: stored + replaced, unchanged, failed: failed.length }, null, true);
  progress.done();
  return { read, stored, replaced, unchanged, failed };
}

/** The summary lines printed at the end of an ingest. */
export function summaryLines(s: IngestSummary, db: string): string[] {
  const lines = [
    `read ${s.read} article(s) into ${db}: ${s.stored} stored, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.failed.length} failed`,
  ];
  if (s.failed.length) {
    lines.push('failed:');
    for (const f of s.failed.slice(0, 50)) lines.push(`  ${f}`);
    if (s.failed.length > 50) lines.push(`  … and ${s.failed.length - 50} more`);
  }
  return lines;
}

/** The exit code of an ingest summary. */
export function ingestExit(s: IngestSummary): ExitCode {
  if (!s.read && s.failed.length) return EXIT.noInput;
  return s.failed.length ? EXIT.partial : EXIT.ok;
}

/** `newsgraph ingest`: analyses articles into the store, idempotently. */
export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Analyse articles and store them (the same article twice changes nothing).',
  synopsis: '<inputs…> [--db path]',
  description: `
Reads the inputs as "analyze" does, analyses each article and stores its record. An article
already stored with the same analysis is left unchanged; a changed one replaces its old
analysis in one transaction. One bad input is reported and skipped; the rest is stored.
A progress line is drawn on a terminal and a summary printed at the end.

Examples:
  newsgraph ingest examples/
  newsgraph ingest 'corpus/**/*.jsonl' --db corpus.db`,
  positionals: true,
  options: {
    ...dbOption,
    batch: { type: 'string', value: 'n', help: 'Articles per transaction (default 200).' },
    ...readOptions,
    ...kbOption,
  },
  async run(args, io) {
    if (!args.positionals.length) throw new UsageError('ingest needs at least one input (a file, folder, glob, URL or -)');
    const db = dbLocation(args, io.env);
    const store = await openStore(db);
    try {
      const summary = await ingest(args.positionals, store, io, args);
      for (const line of summaryLines(summary, db)) writeLine(io.stdout, line);
      return ingestExit(summary);
    } finally {
      await store.close();
    }
  },
};
