import { analyzeInOrder } from '../../analyze/pool/analyze-in-order.js';
import { createRecordWriter } from '../../ingest/record-writer.js';
import { readInputs } from '../../read/read-inputs.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import { writeLine, type CliIo } from '../cli-io.js';
import { intOption, type Command, type ParsedArgs } from '../command.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { Progress } from '../progress.js';
import { UsageError } from '../usage-error.js';
import { analysisOptions, startCliAnalysis } from './analysis-options.js';
import { dbLocation, dbOption, kbOption, readOptions } from './shared-options.js';

/**
 * SQLite page cache of an ingest, in MiB (queries keep the store's default of 64): batched inserts touch
 * each page briefly, and the cache of a growing store would otherwise fill up to 64 MiB of the ingest's memory.
 */
export const INGEST_PAGE_CACHE_MIB = 16;

/** What one ingest run did. */
export interface IngestSummary {
  readonly read: number;
  readonly stored: number;
  readonly replaced: number;
  readonly unchanged: number;
  readonly failed: readonly string[];
}

/**
 * Reads, analyses (on worker threads as `--workers` and `--time-limit` say) and stores articles in
 * input order, in batches of one transaction each; one bad input or article is reported and
 * skipped, the rest stored.
 */
export async function ingest(
  inputs: readonly string[],
  store: Store,
  io: CliIo,
  args: ParsedArgs,
  label = 'ingest',
): Promise<IngestSummary> {
  const batchSize = intOption(args, 'batch', 200);
  const analysis = await startCliAnalysis(args);
  const progress = new Progress(io.stderr, io.interactive, label);
  const writer = createRecordWriter(store, batchSize);
  const failed: string[] = [];
  let read = 0;
  const show = (force = false): void => {
    const c = writer.counts();
    progress.update({ read, stored: c.stored + c.replaced, unchanged: c.unchanged, failed: failed.length }, null, force);
  };
  try {
    const outcomes = readInputs(inputs, { allowPrivate: args.values['allow-private'] === true, stdin: io.stdin });
    for await (const result of analyzeInOrder(outcomes, analysis.analyze, analysis.window)) {
      if (result.article) read++;
      if (result.ok) {
        await writer.add(result.record);
      } else {
        failed.push(result.message);
        progress.done();
        writeLine(io.stderr, `newsgraph: ${result.message}`);
      }
      show();
    }
    await writer.flush();
  } finally {
    await analysis.close();
  }
  show(true);
  progress.done();
  return { read, ...writer.counts(), failed };
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
  synopsis: '<inputs…> [--db path] [--workers n|auto] [--time-limit seconds]',
  description: `
Reads the inputs as "analyze" does, analyses each article and stores its record. An article
already stored with the same analysis is left unchanged; a changed one replaces its old
analysis in one transaction. One bad input is reported and skipped; the rest is stored.
Analysis runs on worker threads (--workers); records are still written in input order by
one writer. An article whose analysis takes longer than --time-limit seconds is reported with
its input (and line) and skipped; its worker is replaced and the rest goes on.
A progress line is drawn on a terminal and a summary printed at the end.

Examples:
  newsgraph ingest examples/
  newsgraph ingest 'corpus/**/*.jsonl' --db corpus.db --workers auto
  newsgraph ingest big.jsonl --workers 2 --time-limit 10`,
  positionals: true,
  options: {
    ...dbOption,
    batch: { type: 'string', value: 'n', help: 'Articles per transaction (default 200).' },
    ...analysisOptions,
    ...readOptions,
    ...kbOption,
  },
  async run(args, io) {
    if (!args.positionals.length) throw new UsageError('ingest needs at least one input (a file, folder, glob, URL or -)');
    const db = dbLocation(args, io.env);
    const store = await openStore(db, { pageCacheMib: INGEST_PAGE_CACHE_MIB });
    try {
      const summary = await ingest(args.positionals, store, io, args);
      for (const line of summaryLines(summary, db)) writeLine(io.stdout, line);
      return ingestExit(summary);
    } finally {
      await store.close();
    }
  },
};
