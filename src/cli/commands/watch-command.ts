import { readFileSync } from 'node:fs';
import { isPostgresLocation } from '../../store/postgres/is-postgres-location.js';
import { createRecordWriter } from '../../ingest/record-writer.js';
import { openStore } from '../../store/open-store.js';
import { parseFeedList } from '../../watch/feed-list.js';
import { createPoliteFetcher } from '../../watch/polite-fetcher.js';
import { pollFeeds } from '../../watch/poll-feeds.js';
import { WatchError } from '../../watch/watch-error.js';
import { loadWatchState, saveWatchState } from '../../watch/watch-state.js';
import { writeLine } from '../cli-io.js';
import { stringOption, type Command, type ParsedArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { analysisOptions, startCliAnalysis } from './analysis-options.js';
import { dbLocation, dbOption, kbOption, readOptions } from './shared-options.js';

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A duration option (`500ms`, `30s`, `10m`, `1h`; a bare number is seconds) in ms. */
export function durationOption(args: ParsedArgs, name: string, fallback: string): number {
  const v = stringOption(args, name, fallback);
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(v);
  if (!m) throw new UsageError(`--${name} expects a duration such as 30s, 10m or 1h; got '${v}'`);
  return Math.round(Number(m[1]) * UNITS[m[2] ?? 's']!);
}

/** The state file of a watch: `--state`, else next to a SQLite store, else in the working folder. */
function statePath(args: ParsedArgs, db: string): string {
  return stringOption(args, 'state') ?? (isPostgresLocation(db) || db === ':memory:' ? 'newsgraph-watch.json' : `${db}.watch.json`);
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** `newsgraph watch`: polls RSS/Atom feeds and ingests their new items, politely, resuming after a restart. */
export const watchCommand: Command = {
  name: 'watch',
  summary: 'Poll RSS/Atom feeds and ingest new items as they appear (resumes after a restart).',
  synopsis: '<feeds.txt> [--every 10m] [--db path] [--once]',
  description: `
Reads a list of feed URLs (one a line, # comments) and polls each feed: a conditional GET
(ETag / Last-Modified), so an unchanged feed costs one short answer; each item not seen before
has its page fetched for the full text (the feed's own text when the page cannot be read, or
always with --feed-text), one request at a time per host, --delay apart; then it is analysed and
stored as "ingest" does. What was seen and the validators are kept in a state file (by default
next to the store: <db>.watch.json), so a restarted watch goes on where it stopped.
Runs until interrupted, polling every --every; --once polls once and exits.

Examples:
  newsgraph watch feeds.txt --every 10m
  newsgraph watch feeds.txt --once --db news.db --delay 5s`,
  positionals: true,
  options: {
    ...dbOption,
    every: { type: 'string', value: 'duration', help: 'Time between polls (default 10m; 30s, 10m, 1h).' },
    once: { type: 'boolean', help: 'Poll every feed once, then exit.' },
    delay: { type: 'string', value: 'duration', help: 'Least time from the end of one request to a host to the start of the next (default 2s).' },
    'feed-text': { type: 'boolean', help: "Store the feed's own item text; do not fetch the item pages." },
    state: { type: 'string', value: 'file', help: 'The state file (default <db>.watch.json, or newsgraph-watch.json for PostgreSQL).' },
    ...analysisOptions,
    ...readOptions,
    ...kbOption,
  },
  async run(args, io) {
    if (args.positionals.length !== 1) throw new UsageError(`watch needs one feed list (a file of feed URLs); got ${args.positionals.length}`);
    const every = durationOption(args, 'every', '10m');
    const delayMs = durationOption(args, 'delay', '2s');
    if (every < 1000) throw new UsageError(`--every must be at least 1s; got '${stringOption(args, 'every')}'`);
    const listFile = args.positionals[0]!;
    let feeds: readonly string[];
    let text: string;
    try {
      text = readFileSync(listFile, 'utf8');
    } catch (e) {
      writeLine(io.stderr, `newsgraph: ${listFile}: cannot read the feed list (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); expected a file of feed URLs`);
      return EXIT.noInput;
    }
    const db = dbLocation(args, io.env);
    const stateFile = statePath(args, db);
    let state;
    try {
      feeds = parseFeedList(text, listFile);
      state = loadWatchState(stateFile);
    } catch (e) {
      if (e instanceof WatchError) throw new UsageError(e.message);
      throw e;
    }
    const store = await openStore(db);
    const controller = new AbortController();
    const stop = (): void => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      const analysis = await startCliAnalysis(args);
      const allowPrivate = args.values['allow-private'] === true;
      const fetcher = createPoliteFetcher({ delayMs, timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, allowPrivate });
      let failedPolls = 0;
      try {
        for (let round = 1; !controller.signal.aborted; round++) {
          const writer = createRecordWriter(store, 50);
          const s = await pollFeeds({
            feeds,
            state,
            fetcher,
            pages: args.values['feed-text'] !== true,
            allowPrivate,
            timeoutMs: 15_000,
            maxBytes: 10 * 1024 * 1024,
            analyze: analysis.analyze,
            window: analysis.window,
            writer,
            save: (next) => saveWatchState(stateFile, next),
            report: (message) => writeLine(io.stderr, `newsgraph: ${message}`),
          });
          state = s.state;
          const c = writer.counts();
          if (s.failed.length) failedPolls++;
          writeLine(
            io.stdout,
            `${new Date().toISOString()} poll ${round}: ${s.feeds} feed(s), ${s.notModified} not modified, ${s.newItems} new item(s): ${c.stored} stored, ${c.replaced} replaced, ${c.unchanged} unchanged, ${s.failed.length} failed`,
          );
          if (args.values.once) break;
          await sleep(every, controller.signal);
        }
      } finally {
        await analysis.close();
      }
      return failedPolls ? EXIT.partial : EXIT.ok;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await store.close();
    }
  },
};
