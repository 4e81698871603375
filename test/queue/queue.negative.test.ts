import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jobIdOf } from '../../src/queue/article-job.js';
import { runCli } from '../cli/run-cli.js';

const meeting = new URL('../../examples/tehran-ashgabat-meeting.txt', import.meta.url).pathname;

const cases: readonly (readonly [string, string[], number, RegExp])[] = [
  ['a URL that is not redis://', ['enqueue', meeting, '--redis', 'http://127.0.0.1:6379'], 2, /http: URL; expected redis:\/\/\[user:password@\]host\[:port\]\[\/db\]/],
  ['no URL at all', ['queue-status', '--redis', 'not a url'], 2, /"not a url" is not a URL; expected redis:\/\//],
  ['a queue name BullMQ cannot take', ['worker', '--queue', 'a:b', '--redis', 'redis://127.0.0.1:1'], 2, /queue name "a:b" is not usable/],
  ['no server on the port', ['enqueue', meeting, '--redis', 'redis://127.0.0.1:1'], 3, /^newsgraph: cannot reach Redis at redis:\/\/127\.0\.0\.1:1 \(.+\); expected a running Redis server/m],
  ['no PostgreSQL queue server on the port', ['queue-status', '--redis', 'postgres://postgres:secret@127.0.0.1:1/x'], 3, /^newsgraph: cannot reach the PostgreSQL queue at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/x \(.+\); expected a running PostgreSQL server/m],
  ['a password is never printed', ['queue-status', '--redis', 'redis://user:secret@127.0.0.1:1'], 3, /redis:\/\/user:\*\*\*@127\.0\.0\.1:1/],
  ['enqueue without inputs', ['enqueue'], 2, /enqueue needs at least one input/],
  ['a concurrency of zero', ['worker', '--concurrency', '0'], 2, /--concurrency expects a positive whole number; got '0'/],
];

for (const [what, argv, code, message] of cases) {
  test(`queue (negative): ${what}`, async () => {
    const r = await runCli(argv);
    assert.equal(r.code, code, r.stderr);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /secret/);
  });
}

test('queue (negative): ids BullMQ cannot take become a stable hash; plain ids stay as they are', () => {
  const rows: readonly (readonly [string, RegExp])[] = [
    ['ng-0004', /^ng-0004$/],
    ['https://example.org/a?b=1', /^sha256-[0-9a-f]{64}$/],
    ['12345', /^sha256-[0-9a-f]{64}$/],
  ];
  for (const [id, expected] of rows) assert.match(jobIdOf({ id, text: 'x' }), expected);
  assert.equal(jobIdOf({ id: 'https://example.org/a', text: 'x' }), jobIdOf({ id: 'https://example.org/a', text: 'y' }));
  assert.match(jobIdOf({ text: 'Iran supplied drones to Russia.' }), /^[0-9a-f]{64}$/);
});
