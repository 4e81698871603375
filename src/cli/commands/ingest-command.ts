import { analyzeInOrder } from '../../analyze/pool/analyze-in-order.js';
import { createRecordWriter } from '../../ingest/record-writer.js';
import { readInputs } from '../../read/read-inputs.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import { writeLine, type CliIo } from '../cli-io.js';
import { choiceOption, intOption, type Command, type ParsedArgs } from '../command.js';
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

/** How an ingest treats the store's secondary indexes (see {@link Store.deferIndexes}). */
export type IndexMode = 'auto' | 'rebuild' | 'keep';

/**
 * Whether an ingest drops the secondary indexes and builds them at its end: always for `rebuild`,
 * never for `keep`, and for `auto` when the store holds no article yet (a first load, where building
 * the indexes at the end costs least).
 */
export async function defersIndexes(mode: IndexMode, store: Store): Promise<boolean> {
  if (mode !== 'auto') return mode === 'rebuild';
  return (await store.listArticles({ limit: 1 })).length === 0;
}

/** Builds the secondary indexes a store lacks, saying so on `stderr` when there are any; how many were built. */
export async function buildMissingIndexes(store: Store, io: CliIo): Promise<number> {
  const started = Date.now();
  const built = await store.buildIndexes((_name, done, missing) => {
    if (done === 0) writeLine(io.stderr, `newsgraph: building ${missing} index(es) of events, entities and claims…`);
  });
  if (built > 0) writeLine(io.stderr, `newsgraph: built ${built} index(es) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return built;
}

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

Into an empty store (or with --indexes rebuild) the indexes of events, actors, dyads, entities
and claims are dropped first and built once at the end, which saves most of the writing on a
large load (the larger, the more); queries from other processes meanwhile are right but slow. An ingest that was
killed leaves them missing: the next ingest builds them at its end.

Examples:
  newsgraph ingest examples/
  newsgraph ingest 'corpus/**/*.jsonl' --db corpus.db --workers auto
  newsgraph ingest big.jsonl --workers 2 --time-limit 10`,
  positionals: true,
  options: {
    ...dbOption,
    batch: { type: 'string', value: 'n', help: 'Articles per transaction (default 200).' },
    indexes: {
      type: 'string',
      value: 'auto|rebuild|keep',
      help: 'Secondary indexes: rebuild = drop them and build them at the end (fast bulk load); keep = update them as articles arrive; auto (default) = rebuild into an empty store, else keep.',
    },
    ...analysisOptions,
    ...readOptions,
    ...kbOption,
  },
  async run(args, io) {
    if (!args.positionals.length) throw new UsageError('ingest needs at least one input (a file, folder, glob, URL or -)');
    const mode = choiceOption(args, 'indexes', ['auto', 'rebuild', 'keep'] as const, 'auto');
    const db = dbLocation(args, io.env);
    const store = await openStore(db, { pageCacheMib: INGEST_PAGE_CACHE_MIB });
    try {
      if (await defersIndexes(mode, store)) await store.deferIndexes();
      let summary: IngestSummary;
      try {
        summary = await ingest(args.positionals, store, io, args);
      } finally {
        await buildMissingIndexes(store, io);
      }
      for (const line of summaryLines(summary, db)) writeLine(io.stdout, line);
      return ingestExit(summary);
    } finally {
      await store.close();
    }
  },
};
