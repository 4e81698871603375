/** A queue that cannot be used: a Redis URL that is not one, a queue name BullMQ cannot take, or a server that does not answer. */
export class QueueError extends Error {
  override name = 'QueueError';
  constructor(
    readonly code: 'bad-url' | 'bad-name' | 'unreachable',
    message: string,
  ) {
    super(message);
  }
}
