import { enqueueArticles } from '../../queue/enqueue-articles.js';
import { readInputs } from '../../read/read-inputs.js';
import { writeLine } from '../cli-io.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { Progress } from '../progress.js';
import { UsageError } from '../usage-error.js';
import { queueOptions, queueTarget, withQueueServer } from './queue-options.js';
import { readOptions } from './shared-options.js';

/** `newsgraph enqueue`: reads articles and queues one analysis job per article for `newsgraph worker`. */
export const enqueueCommand: Command = {
  name: 'enqueue',
  summary: 'Queue articles on Redis (BullMQ) for "newsgraph worker" processes to analyse and store.',
  synopsis: '<inputs…> [--redis url] [--queue name]',
  description: `
Reads the inputs as "ingest" does and adds one job per article to a BullMQ queue on Redis (or,
with --redis postgres://…, in PostgreSQL through BullMQ's PostgreSQL backend). The
job id is the article id, so an article already queued, running, done or failed is not added
again: re-running the same enqueue adds nothing. Workers on any machine ("newsgraph worker")
take the jobs, analyse and store them; "newsgraph queue-status" shows the counts and failures.

Examples:
  newsgraph enqueue corpus/2025-06-01.jsonl --redis redis://queue.internal:6379
  newsgraph enqueue 'feeds/**/*.xml' --queue nightly`,
  positionals: true,
  options: { ...queueOptions, ...readOptions },
  async run(args, io) {
    if (!args.positionals.length) throw new UsageError('enqueue needs at least one input (a file, folder, glob, URL or -)');
    const target = queueTarget(args, io);
    return withQueueServer(target, io, async (server) => {
      const queue = server.queue(target.name);
      const progress = new Progress(io.stderr, io.interactive, 'enqueue');
      try {
        const outcomes = readInputs(args.positionals, { allowPrivate: args.values['allow-private'] === true, stdin: io.stdin });
        const summary = await enqueueArticles(
          queue,
          outcomes,
          (s) => progress.update({ read: s.read, stored: s.added, unchanged: s.existing, failed: s.failed.length }),
          (message) => {
            progress.done();
            writeLine(io.stderr, `newsgraph: ${message}`);
          },
        );
        progress.done();
        writeLine(io.stdout, `read ${summary.read} article(s) into queue ${target.name}: ${summary.added} added, ${summary.existing} already queued, ${summary.failed.length} failed`);
        if (!summary.read && summary.failed.length) return EXIT.noInput;
        return summary.failed.length ? EXIT.partial : EXIT.ok;
      } finally {
        await queue.close();
      }
    });
  },
};
