import { QueueError } from './queue-error.js';

/**
 * A queue name as BullMQ takes it: letters, digits, `-`, `_` and `.`.
 * @throws QueueError `bad-name` naming what came.
 */
export function checkQueueName(name: string): string {
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(name)) throw new QueueError('bad-name', `queue name ${JSON.stringify(name)} is not usable; expected letters, digits, '.', '_' or '-'`);
  return name;
}
