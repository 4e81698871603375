import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import { runCli } from '../cli/run-cli.js';
import { runCliProcess } from './cli-process.js';

const redisUrl = process.env.NEWSGRAPH_TEST_REDIS_URL;
const pgUrl = process.env.NEWSGRAPH_TEST_PG_URL;
const skip = redisUrl ? false : 'NEWSGRAPH_TEST_REDIS_URL not set (e.g. redis://127.0.0.1:6379): the queue tests need a real Redis';
const run = randomBytes(4).toString('hex');
const dir = mkdtempSync(path.join(tmpdir(), 'ng-queue-'));
const schemas: string[] = [];
const queues: string[] = [];

/** A store for a test: a schema of its own on the test PostgreSQL server when there is one, else a SQLite file shared by the processes. */
function storeLocation(name: string): string {
  if (!pgUrl) return path.join(dir, `${name}.db`);
  const schema = `ng_queue_${run}_${name}`;
  schemas.push(schema);
  const url = new URL(pgUrl);
  url.searchParams.set('schema', schema);
  return url.toString();
}

function queueName(name: string): string {
  const q = `ng-test-${run}-${name}`;
  queues.push(q);
  return q;
}

/** The example articles, each six times under distinct ids: 162 articles, enough to keep two workers busy. */
const corpus = path.join(dir, 'corpus.jsonl');
if (redisUrl) {
  const base = (await runCli(['analyze', new URL('../../examples/', import.meta.url).pathname, '--format', 'jsonl', '--time-limit', '0'])).stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { document: { title: string | null; published: string | null; text: string } }).document);
  const lines: string[] = [];
  for (let copy = 1; copy <= 6; copy++) {
    base.forEach((d, i) => lines.push(JSON.stringify({ id: `q${copy}-${i}`, title: d.title, published: d.published, url: null, source: null, text: d.text })));
  }
  writeFileSync(corpus, `${lines.join('\n')}\n`);
}

after(async () => {
  if (redisUrl) {
    const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    for (const name of queues) {
      const q = new Queue(name, { connection });
      await q.obliterate({ force: true }).catch(() => undefined);
      await q.close();
    }
    connection.disconnect();
  }
  if (pgUrl && schemas.length) {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    for (const s of schemas) await client.query(`drop schema if exists ${s} cascade`);
    await client.end();
  }
});

const summed = (outs: readonly string[]) => {
  const total = { jobs: 0, stored: 0, replaced: 0, unchanged: 0, failed: 0 };
  for (const out of outs) {
    const m = /worked (\d+) job\(s\) from queue \S+ into .*: (\d+) stored, (\d+) replaced, (\d+) unchanged, (\d+) failed/.exec(out);
    assert.ok(m, out);
    total.jobs += Number(m[1]);
    total.stored += Number(m[2]);
    total.replaced += Number(m[3]);
    total.unchanged += Number(m[4]);
    total.failed += Number(m[5]);
  }
  return total;
};

test('queue: enqueue twice adds each article once; two worker processes store every article exactly once', { skip }, async () => {
  const queue = queueName('two');
  const db = storeLocation('two');
  await (await openStore(db)).close();
  const first = await runCli(['enqueue', corpus, '--redis', redisUrl!, '--queue', queue]);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout, `read 162 article(s) into queue ${queue}: 162 added, 0 already queued, 0 failed\n`);
  const again = await runCli(['enqueue', corpus, '--redis', redisUrl!, '--queue', queue]);
  assert.equal(again.stdout, `read 162 article(s) into queue ${queue}: 0 added, 162 already queued, 0 failed\n`);

  const worker = ['worker', '--redis', redisUrl!, '--queue', queue, '--db', db, '--until-empty'];
  const [a, b] = await Promise.all([runCliProcess(worker), runCliProcess(worker)]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  const total = summed([a.stdout, b.stdout]);
  assert.deepEqual(total, { jobs: 162, stored: 162, replaced: 0, unchanged: 0, failed: 0 }, `${a.stdout}${b.stdout}`);
  assert.ok(summed([a.stdout]).jobs > 0 && summed([b.stdout]).jobs > 0, `both workers should have worked: ${a.stdout}${b.stdout}`);

  const store = await openStore(db);
  try {
    assert.equal((await store.stats()).articles, 162);
    assert.equal((await store.getRecord('q6-26'))?.document.id, 'q6-26');
    const articles = await store.corpusArticles();
    assert.deepEqual(articles.filter((a) => a.story === null).map((a) => a.id), [], 'every article linked by the worker holding the link lease');
    assert.equal(articles.filter((a) => a.copyOf !== null).length, 135, 'five copies of each of the 27 articles');
  } finally {
    await store.close();
  }
  const stories = JSON.parse((await runCli(['stories', '--db', db, '--format', 'json'])).stdout) as { story: number; articles: string[] }[];
  assert.equal(new Set(stories.flatMap((s) => s.articles)).size, 162);
  assert.ok(stories.length <= 27, `the six copies of an article share its story; ${stories.length} stories`);
  const status = await runCli(['queue-status', '--redis', redisUrl!, '--queue', queue]);
  assert.equal(status.code, 0, status.stderr);
  assert.equal(status.stdout, `queue ${queue}: 0 waiting, 0 running, 0 retrying later, 162 done, 0 failed\n`);
  const third = await runCli(['enqueue', corpus, '--redis', redisUrl!, '--queue', queue]);
  assert.match(third.stdout, /: 0 added, 162 already queued, 0 failed/);
});

test('queue: on BullMQ\'s PostgreSQL backend (no Redis), enqueue is idempotent and a worker stores every article once', { skip: pgUrl ? false : 'NEWSGRAPH_TEST_PG_URL not set: the PostgreSQL queue test needs a real PostgreSQL' }, async () => {
  const queueSchema = `ng_queue_${run}_bullmq`;
  schemas.push(queueSchema);
  const broker = new URL(pgUrl!);
  broker.searchParams.set('schema', queueSchema);
  const db = storeLocation('pgqueue');
  const examplesDir = new URL('../../examples/', import.meta.url).pathname;
  const first = await runCli(['enqueue', examplesDir, '--redis', broker.toString(), '--queue', 'pg']);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout, 'read 27 article(s) into queue pg: 27 added, 0 already queued, 0 failed\n');
  assert.match((await runCli(['enqueue', examplesDir, '--redis', broker.toString(), '--queue', 'pg'])).stdout, /: 0 added, 27 already queued, 0 failed/);
  const w = await runCli(['worker', '--redis', broker.toString(), '--queue', 'pg', '--db', db, '--until-empty', '--concurrency', '2']);
  assert.equal(w.code, 0, w.stderr);
  assert.match(w.stdout, /worked 27 job\(s\) from queue pg into .*: 27 stored, 0 replaced, 0 unchanged, 0 failed/);
  const status = await runCli(['queue-status', '--redis', broker.toString(), '--queue', 'pg']);
  assert.equal(status.stdout, 'queue pg: 0 waiting, 0 running, 0 retrying later, 27 done, 0 failed\n');
});

test('queue: an article past the time limit fails at once, is reported by the worker and by queue-status; the rest is stored', { skip }, async () => {
  const queue = queueName('limit');
  const db = storeLocation('limit');
  const jsonl = path.join(dir, 'limit.jsonl');
  const sentence = 'Officials in Tehran said on Monday that Iran had supplied drones to Russia, and Ukraine denied it. ';
  writeFileSync(
    jsonl,
    [
      { id: 'fine', title: 'Fine', published: '2024-10-11', text: 'The United States imposed new sanctions on Iran on Tuesday.' },
      { id: 'endless', title: 'Endless', published: '2024-10-11', text: sentence.repeat(40_000) },
    ]
      .map((a) => JSON.stringify(a))
      .join('\n') + '\n',
  );
  assert.equal((await runCli(['enqueue', jsonl, '--redis', redisUrl!, '--queue', queue])).code, 0);
  const w = await runCli(['worker', '--redis', redisUrl!, '--queue', queue, '--db', db, '--until-empty', '--time-limit', '1']);
  assert.equal(w.code, 1, w.stderr);
  assert.match(w.stderr, new RegExp(`^newsgraph: failed: ${jsonl.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2: analysis took longer than the time limit of 1 s; the article was skipped \\(job endless, 1 attempt\\(s\\)\\)$`, 'm'));
  assert.match(w.stdout, /worked 2 job\(s\) from queue \S+ into .*: 1 stored, 0 replaced, 0 unchanged, 1 failed/);
  const status = await runCli(['queue-status', '--redis', redisUrl!, '--queue', queue, '--format', 'json']);
  const s = JSON.parse(status.stdout) as { completed: number; failed: number; failures: { jobId: string; reason: string }[] };
  assert.equal(s.completed, 1);
  assert.equal(s.failed, 1);
  assert.equal(s.failures[0]?.jobId, 'endless');
  assert.match(s.failures[0]!.reason, /time limit of 1 s/);
});
