import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/open-store.js';
import { loadWatchState } from '../../src/watch/watch-state.js';
import { runCli } from '../cli/run-cli.js';
import { startFeedServer, type ServedItem } from './feed-server.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ng-watch-'));
const caspian: ServedItem = { guid: 'tw-1', title: 'Iran and Russia discuss new drone deal', path: '/pages/caspian.html', text: 'Iran and Russia discussed a new drone deal, officials said.' };
const sahel: ServedItem = { guid: 'tw-2', title: 'Sahel leaders sign treaty', path: '/pages/sahel.html', text: 'Sahel military leaders signed a confederation treaty in Niamey.' };
const gone: ServedItem = { guid: 'tw-3', title: 'Turkey hosts talks', path: '/pages/gone.html', text: 'Turkish President Recep Tayyip Erdogan hosted Ukrainian and Russian negotiators in Istanbul on Friday.' };
const server = await startFeedServer([caspian, sahel]);
after(() => server.close());

const feeds = path.join(dir, 'feeds.txt');
writeFileSync(feeds, `# the test wire\n${server.base}/feed.xml\n\n${server.base}/feed.xml  # listed twice, polled once\n`);
const db = path.join(dir, 'watch.db');
const watch = (...extra: string[]) => runCli(['watch', feeds, '--once', '--db', db, '--allow-private', '--delay', '300ms', '--time-limit', '0', ...extra]);
const line = (out: string) => out.replace(/^\S+ /, '').trim();

test('watch: the first poll stores every item from its page, politely; the second is one conditional GET answered 304; a new item alone is stored next', async () => {
  const first = await watch();
  assert.equal(first.code, 0, first.stderr);
  assert.equal(line(first.stdout), 'poll 1: 1 feed(s), 0 not modified, 2 new item(s): 2 stored, 0 replaced, 0 unchanged, 0 failed');
  const pageHits = server.requests.filter((r) => r.path.startsWith('/pages/'));
  assert.deepEqual(pageHits.map((r) => r.path), ['/pages/sahel.html', '/pages/caspian.html'], 'oldest item first');
  const [feedHit] = server.requests;
  assert.ok(pageHits[0]!.at - feedHit!.at >= 280, `the first page came ${pageHits[0]!.at - feedHit!.at} ms after the feed; expected ≥ 300 ms after the feed's answer, on one host`);
  assert.ok(pageHits[1]!.at - pageHits[0]!.at >= 280, `pages ${pageHits[1]!.at - pageHits[0]!.at} ms apart; expected ≥ 300 ms`);

  const store = await openStore(db);
  try {
    const record = await store.getRecord('tw-1');
    assert.ok(record, 'item tw-1 stored under its guid');
    assert.equal(record.document.url, `${server.base}/pages/caspian.html`);
    assert.equal(record.document.source, 'Test Wire');
    assert.ok(record.document.text.length > caspian.text.length * 3, 'the full page text, not the feed summary');
    assert.ok(record.events.length > 0);
  } finally {
    await store.close();
  }

  const state = loadWatchState(`${db}.watch.json`);
  assert.deepEqual(state.feeds[`${server.base}/feed.xml`]?.seen, ['tw-2', 'tw-1']);
  assert.equal(state.feeds[`${server.base}/feed.xml`]?.etag, '"v1"');

  const before = server.requests.length;
  const second = await watch();
  assert.equal(second.code, 0, second.stderr);
  assert.equal(line(second.stdout), 'poll 1: 1 feed(s), 1 not modified, 0 new item(s): 0 stored, 0 replaced, 0 unchanged, 0 failed');
  assert.deepEqual(server.requests.slice(before).map((r) => [r.path, r.ifNoneMatch, r.status]), [['/feed.xml', '"v1"', 304]]);

  server.setItems([gone, caspian, sahel]);
  const third = await watch();
  assert.equal(third.code, 0, third.stderr);
  assert.equal(line(third.stdout), 'poll 1: 1 feed(s), 0 not modified, 1 new item(s): 1 stored, 0 replaced, 0 unchanged, 0 failed');
  assert.match(third.stderr, /#1: page not read \(.*HTTP 404 Not Found.*\); stored the feed's text instead/);
  const store2 = await openStore(db);
  try {
    assert.equal((await store2.stats()).articles, 3);
    assert.equal((await store2.getRecord('tw-3'))?.document.text, gone.text);
  } finally {
    await store2.close();
  }
});

test('watch: --feed-text stores the feed text without fetching pages; --state puts the state where asked', async () => {
  const other = path.join(dir, 'feed-text.db');
  const state = path.join(dir, 'elsewhere.json');
  server.setItems([gone, caspian, sahel]);
  const before = server.requests.length;
  const r = await runCli(['watch', feeds, '--once', '--db', other, '--allow-private', '--feed-text', '--state', state, '--delay', '0s']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /3 new item\(s\): 3 stored/);
  assert.deepEqual(server.requests.slice(before).map((x) => x.path), ['/feed.xml']);
  assert.equal(JSON.parse(readFileSync(state, 'utf8')).format, 'newsgraph.watch/1');
});
