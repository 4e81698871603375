import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CliIo } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';
import { runCli } from './run-cli.js';

test('serve: a real server on port 0 answers /api/stats and stops on SIGTERM', async () => {
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'newsgraph-serve-')), 'serve.db');
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let printed = '';
  const listening = new Promise<string>((resolve) => {
    stdout.on('data', (b: Buffer) => {
      printed += b.toString('utf8');
      const url = /at (http:\/\/127\.0\.0\.1:\d+) /.exec(printed)?.[1];
      if (url) resolve(url);
    });
  });
  const io: CliIo = { stdout, stderr, stdin: Readable.from([]), env: {}, interactive: false, cwd: process.cwd() };
  const exit = main(['serve', '--port', '0', '--db', db], io);
  const url = await listening;
  const res = await fetch(`${url}/api/stats`);
  assert.equal(res.status, 200);
  const stats = (await res.json()) as { articles: number };
  assert.equal(stats.articles, 0);
  assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  process.emit('SIGTERM', 'SIGTERM');
  assert.equal(await exit, 0);
  assert.match(printed, /SIGTERM, stopping/);
  await assert.rejects(fetch(`${url}/api/stats`));
});

const refusals: readonly { name: string; argv: readonly string[]; env?: Record<string, string>; message: RegExp }[] = [
  { name: 'a public host without a token', argv: ['--host', '0.0.0.0', '--port', '0'], message: /refusing to listen on 0\.0\.0\.0 without a token/ },
  { name: 'a LAN address without a token', argv: ['--host', '192.168.0.5', '--port', '0'], message: /without a token/ },
  { name: 'a token too short to guess hard', argv: ['--host', '0.0.0.0', '--token', 'abc'], message: /at least 16 characters/ },
  { name: 'a short token from the environment', argv: ['--port', '0'], env: { NEWSGRAPH_TOKEN: 'short' }, message: /at least 16 characters/ },
  { name: 'a port out of range', argv: ['--port', '70000'], message: /--port expects a port number/ },
  { name: 'a port that is not a number', argv: ['--port', 'http'], message: /--port expects a port number/ },
  { name: 'a zero timeout', argv: ['--timeout', '0'], message: /--timeout expects a positive whole number/ },
];

for (const c of refusals) {
  test(`serve refuses ${c.name} (exit 2, nothing started)`, async () => {
    const result = await runCli(['serve', ...c.argv], { env: c.env });
    assert.equal(result.code, 2);
    assert.match(result.stderr, c.message);
    assert.equal(result.stdout, '');
  });
}
