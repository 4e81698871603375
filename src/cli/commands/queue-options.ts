import { DEFAULT_QUEUE } from '../../queue/article-job.js';
import { checkQueueName } from '../../queue/queue-name.js';
import { QueueError } from '../../queue/queue-error.js';
import { openQueueServer, type QueueServer } from '../../queue/queue-server.js';
import { DEFAULT_REDIS_URL } from '../../queue/redis-connection.js';
import { writeLine, type CliIo } from '../cli-io.js';
import { stringOption, type OptionSpec, type ParsedArgs } from '../command.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';

/** The `--redis` and `--queue` options of the queue commands. */
export const queueOptions: Readonly<Record<string, OptionSpec>> = {
  redis: {
    type: 'string',
    value: 'url',
    help: `The queue server: Redis, or postgres://… for BullMQ's PostgreSQL backend (default NEWSGRAPH_REDIS, else ${DEFAULT_REDIS_URL}).`,
  },
  queue: { type: 'string', value: 'name', help: `The queue (default ${DEFAULT_QUEUE}).` },
};

/** The Redis URL and queue name a queue command uses. */
export interface QueueTarget {
  readonly url: string;
  readonly name: string;
}

/** The queue options' values. */
export function queueTarget(args: ParsedArgs, io: CliIo): QueueTarget {
  return {
    url: stringOption(args, 'redis') ?? (io.env.NEWSGRAPH_REDIS || DEFAULT_REDIS_URL),
    name: stringOption(args, 'queue', DEFAULT_QUEUE),
  };
}

/**
 * Runs a queue command with a checked connection to its queue server, closing it after. A bad URL or
 * queue name is a usage error; a server that does not answer prints one line and exits with the store code.
 */
export async function withQueueServer(target: QueueTarget, io: CliIo, run: (server: QueueServer) => Promise<ExitCode>): Promise<ExitCode> {
  let server: QueueServer;
  try {
    checkQueueName(target.name);
    server = await openQueueServer(target.url);
  } catch (e) {
    if (!(e instanceof QueueError)) throw e;
    if (e.code !== 'unreachable') throw new UsageError(e.message);
    writeLine(io.stderr, `newsgraph: ${e.message}`);
    return EXIT.store;
  }
  try {
    return await run(server);
  } finally {
    await server.close();
  }
}
