import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFeedList } from '../../src/watch/feed-list.js';
import { runCli } from '../cli/run-cli.js';
import { startFeedServer } from './feed-server.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ng-watch-neg-'));
const server = await startFeedServer([{ guid: 'x-1', title: 'One', path: '/pages/caspian.html', text: 'Iran and Russia discussed a drone deal.' }]);
after(() => server.close());
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const good = file('good.txt', `${server.base}/feed.xml\n`);

test('watch (negative): a feed list line that is not an http(s) URL names the file and line', () => {
  assert.throws(() => parseFeedList('https://a.example/rss\nftp://b.example/feed\n', 'feeds.txt'), /^WatchError: feeds\.txt:2: "ftp:\/\/b\.example\/feed" is not a feed URL; expected one http\(s\) URL a line/);
  assert.throws(() => parseFeedList('# nothing here\n\n', 'feeds.txt'), /feeds\.txt: lists no feed/);
});

const usage: readonly (readonly [string, () => string[], RegExp])[] = [
  ['a bad feed list', () => ['watch', file('bad.txt', 'not a url\n'), '--once'], /bad\.txt:1: "not a url" is not a feed URL/],
  ['a bad --every', () => ['watch', good, '--every', 'often'], /--every expects a duration such as 30s, 10m or 1h; got 'often'/],
  ['too short an --every', () => ['watch', good, '--every', '10ms'], /--every must be at least 1s/],
  ['no feed list', () => ['watch'], /watch needs one feed list/],
  ['a broken state file', () => ['watch', good, '--once', '--state', file('state.json', '{"format":"other"}')], /state\.json: not a watch state; expected \{"format":"newsgraph\.watch\/1"/],
];
for (const [what, argv, message] of usage) {
  test(`watch (negative): ${what} is a usage error`, async () => {
    const r = await runCli(argv());
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, message);
  });
}

test('watch (negative): a missing feed list exits with the no-input code', async () => {
  const r = await runCli(['watch', path.join(dir, 'absent.txt'), '--once']);
  assert.equal(r.code, 5);
  assert.match(r.stderr, /absent\.txt: cannot read the feed list \(ENOENT\)/);
});

test('watch (negative): loopback feeds are refused without --allow-private; a failing feed is reported and the poll goes on', async () => {
  const refused = await runCli(['watch', good, '--once', '--db', path.join(dir, 'a.db'), '--time-limit', '0']);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /feed\.xml: 127\.0\.0\.1 is a loopback, private or link-local address/);
  assert.match(refused.stdout, /1 feed\(s\), 0 not modified, 0 new item\(s\): 0 stored, 0 replaced, 0 unchanged, 1 failed/);
  server.failWith(500);
  const failing = await runCli(['watch', good, '--once', '--db', path.join(dir, 'b.db'), '--allow-private', '--time-limit', '0']);
  server.failWith(null);
  assert.equal(failing.code, 1);
  assert.match(failing.stderr, /feed\.xml: HTTP 500 Internal Server Error; expected 200 OK/);
});
