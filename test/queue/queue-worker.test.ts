import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { enqueueArticles } from '../../src/queue/enqueue-articles.js';
import { openQueueServer } from '../../src/queue/queue-server.js';
import { queueStatus } from '../../src/queue/queue-status.js';
import { runQueueWorker, type QueueWorkerEvent } from '../../src/queue/queue-worker.js';
import type { Article } from '../../src/read/article.js';
import type { ReadOutcome } from '../../src/read/read-outcome.js';
import { openStore } from '../../src/store/open-store.js';

const redisUrl = process.env.NEWSGRAPH_TEST_REDIS_URL;
const skip = redisUrl ? false : 'NEWSGRAPH_TEST_REDIS_URL not set (e.g. redis://127.0.0.1:6379): the queue tests need a real Redis';

async function* outcomes(articles: readonly Article[]): AsyncGenerator<ReadOutcome> {
  for (const article of articles) yield { ok: true, article };
}

test('queue worker: a job that fails is retried with backoff and stored when it succeeds; one that always fails is reported after three attempts', { skip, timeout: 60_000 }, async () => {
  const analyzer = createAnalyzer();
  const server = await openQueueServer(redisUrl!);
  const name = `ng-test-${randomBytes(4).toString('hex')}-retry`;
  const queue = server.queue(name);
  const store = await openStore(path.join(mkdtempSync(path.join(tmpdir(), 'ng-retry-')), 'store.db'));
  const tries = new Map<string, number>();
  const events: QueueWorkerEvent[] = [];
  try {
    const added = await enqueueArticles(
      queue,
      outcomes([
        { id: 'flaky', text: 'Iran supplied drones to Russia last year.', published: '2024-10-11', origin: 'flaky.txt' },
        { id: 'broken', text: 'The United States imposed sanctions on Iran.', published: '2024-09-10', origin: 'broken.txt' },
      ]),
    );
    assert.deepEqual({ added: added.added, existing: added.existing }, { added: 2, existing: 0 });
    const summary = await runQueueWorker({
      server,
      queue: name,
      concurrency: 2,
      store,
      linkKey: `newsgraph:link:test:${name}`,
      untilEmpty: true,
      analyze: async (article) => {
        const n = (tries.get(String(article.id)) ?? 0) + 1;
        tries.set(String(article.id), n);
        if (article.id === 'broken' || n < 3) throw new Error(`the store was unreachable (try ${n})`);
        return analyzer.analyze(article);
      },
      onEvent: (e) => events.push(e),
    });
    assert.deepEqual({ ...summary }, { stored: 1, replaced: 0, unchanged: 0, failed: ['broken.txt: the store was unreachable (try 3)'] });
    assert.deepEqual(Object.fromEntries(tries), { flaky: 3, broken: 3 });
    assert.deepEqual(
      events.filter((e) => e.jobId === 'flaky').map((e) => e.type),
      ['retry', 'retry', 'done'],
    );
    const failedEvent = events.find((e) => e.type === 'failed');
    assert.deepEqual(failedEvent, { type: 'failed', jobId: 'broken', label: 'broken.txt', message: 'the store was unreachable (try 3)', attempts: 3 });
    assert.equal((await store.getRecord('flaky'))?.events[0]?.source.actor, 'IRN');
    const status = await queueStatus(queue);
    assert.deepEqual(
      { completed: status.completed, failed: status.failed, failures: status.failures },
      { completed: 1, failed: 1, failures: [{ jobId: 'broken', label: 'broken.txt', reason: 'the store was unreachable (try 3)', attempts: 3 }] },
    );
  } finally {
    await store.close();
    await queue.obliterate({ force: true });
    await queue.close();
    await server.close();
  }
});
