import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { runQueueWorker } from '../../queue/queue-worker.js';
import { openStore } from '../../store/open-store.js';
import { isPostgresLocation } from '../../store/postgres/is-postgres-location.js';
import { writeLine } from '../cli-io.js';
import { intOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { Progress } from '../progress.js';
import { analysisOptions, startCliAnalysis } from './analysis-options.js';
import { queueOptions, queueTarget, withQueueServer } from './queue-options.js';
import { dbLocation, dbOption, kbOption } from './shared-options.js';

/** The key of a store's link lease: a PostgreSQL store by its URL (no password), a SQLite file by machine and path. */
function linkKey(db: string): string {
  if (!isPostgresLocation(db)) return `newsgraph:link:${hostname()}:${resolve(db)}`;
  const url = new URL(db);
  url.password = '';
  return `newsgraph:link:${url.toString()}`;
}

/** `newsgraph worker`: analyses and stores the articles queued by `newsgraph enqueue`. */
export const workerCommand: Command = {
  name: 'worker',
  summary: 'Take queued articles from Redis (BullMQ), analyse them and store them; run as many as you like.',
  synopsis: '[--redis url] [--queue name] [--concurrency n] [--db path|postgres://…] [--until-empty]',
  description: `
Works the jobs "newsgraph enqueue" queued: each article is analysed on one of --concurrency
worker threads within --time-limit and stored. Run one worker per machine or core against a
shared PostgreSQL store (--db postgres://…) or one SQLite file per machine. A job that fails is
retried twice with backoff (an article past the time limit, or whose analysis throws, is not
retried) and then reported here and by "newsgraph queue-status". Runs until interrupted
(Ctrl-C / SIGTERM finish the running jobs first), or with --until-empty until the queue is empty.
Of the workers of one store, one at a time (holding a lease on the queue server) links the
corpus (copies, stories), every two seconds.

Examples:
  newsgraph worker --db postgres://newsgraph@db.internal/news --redis redis://queue.internal:6379
  newsgraph worker --concurrency 2 --db local.db --until-empty`,
  positionals: false,
  options: {
    ...queueOptions,
    concurrency: { type: 'string', value: 'n', help: 'Jobs worked at once, each on its own analysis thread (default 1).' },
    ...dbOption,
    'until-empty': { type: 'boolean', help: 'Stop once nothing is waiting, retrying or running.' },
    'time-limit': analysisOptions['time-limit']!,
    ...kbOption,
  },
  async run(args, io) {
    const concurrency = intOption(args, 'concurrency', 1);
    const target = queueTarget(args, io);
    const db = dbLocation(args, io.env);
    return withQueueServer(target, io, async (server) => {
      const store = await openStore(db);
      const analysis = await startCliAnalysis(args, concurrency).catch(async (e: unknown) => {
        await store.close();
        throw e;
      });
      const controller = new AbortController();
      const stop = (): void => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const progress = new Progress(io.stderr, io.interactive, 'worker');
      let done = 0;
      let failed = 0;
      try {
        if (!args.values['until-empty']) writeLine(io.stderr, `newsgraph: working queue ${target.name} into ${db} (${concurrency} at a time); Ctrl-C stops`);
        const summary = await runQueueWorker({
          server,
          queue: target.name,
          concurrency,
          store,
          linkKey: linkKey(db),
          analyze: analysis.analyze,
          untilEmpty: args.values['until-empty'] === true,
          signal: controller.signal,
          onEvent(event) {
            if (event.type === 'done') done++;
            else {
              progress.done();
              if (event.type === 'failed') {
                failed++;
                writeLine(io.stderr, `newsgraph: failed: ${event.label}: ${event.message} (job ${event.jobId}, ${event.attempts} attempt(s))`);
              } else {
                writeLine(io.stderr, `newsgraph: ${event.label}: ${event.message}; retrying (attempt ${event.attempt} failed)`);
              }
            }
            progress.update({ read: done + failed, stored: done, unchanged: 0, failed });
          },
        });
        progress.done();
        writeLine(
          io.stdout,
          `worked ${done + summary.failed.length} job(s) from queue ${target.name} into ${db}: ${summary.stored} stored, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ${summary.failed.length} failed`,
        );
        return summary.failed.length ? EXIT.partial : EXIT.ok;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await analysis.close();
        await store.close();
      }
    });
  },
};
