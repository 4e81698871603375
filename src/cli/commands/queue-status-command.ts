import { queueStatus } from '../../queue/queue-status.js';
import { writeLine } from '../cli-io.js';
import { choiceOption, intOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { queueOptions, queueTarget, withQueueServer } from './queue-options.js';

/** `newsgraph queue-status`: the jobs of a queue by state, and its failures. */
export const queueStatusCommand: Command = {
  name: 'queue-status',
  summary: 'Show how many queued articles are waiting, running, done and failed, and why they failed.',
  synopsis: '[--redis url] [--queue name] [--failures n] [--format text|json]',
  description: `
Counts the jobs of a BullMQ queue filled by "newsgraph enqueue" by state and lists the latest
failed ones (each tried three times, except articles past the time limit or whose analysis
throws, which fail at once) with their article and reason.

Examples:
  newsgraph queue-status
  newsgraph queue-status --redis redis://queue.internal:6379 --format json`,
  positionals: false,
  options: {
    ...queueOptions,
    failures: { type: 'string', value: 'n', help: 'Failed jobs to list (default 20).' },
    format: { type: 'string', short: 'f', value: 'text|json', help: 'Output format (default text).' },
  },
  async run(args, io) {
    const format = choiceOption(args, 'format', ['text', 'json'] as const, 'text');
    const limit = intOption(args, 'failures', 20);
    const target = queueTarget(args, io);
    return withQueueServer(target, io, async (server) => {
      const queue = server.queue(target.name);
      try {
        const s = await queueStatus(queue, limit);
        if (format === 'json') {
          writeLine(io.stdout, JSON.stringify({ queue: target.name, ...s }, null, 2));
          return EXIT.ok;
        }
        writeLine(io.stdout, `queue ${target.name}: ${s.waiting} waiting, ${s.active} running, ${s.delayed} retrying later, ${s.completed} done, ${s.failed} failed`);
        if (s.failures.length) {
          writeLine(io.stdout, 'failed:');
          for (const f of s.failures) writeLine(io.stdout, `  ${f.label}: ${f.reason} (job ${f.jobId}, ${f.attempts} attempt(s))`);
          if (s.failed > s.failures.length) writeLine(io.stdout, `  … and ${s.failed - s.failures.length} more`);
        }
        return EXIT.ok;
      } finally {
        await queue.close();
      }
    });
  },
};
