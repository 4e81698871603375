import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalysisRecord } from '../../src/analyze/record.js';
import type { CliIo } from '../../src/cli/cli-io.js';
import { main } from '../../src/cli/main.js';
import { startAnalysisRunner } from '../../src/server/analysis-runner.js';

const TEXT = 'Harbour Watch said on Tuesday that Jane Doe had met the Chilean foreign minister in Wellington.';

/** A folder with an extra knowledge-base file naming a person and an organisation the bundled one lacks. */
function extraKb(): { readonly dir: string; readonly file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-kb-'));
  const file = path.join(dir, 'extra.json');
  writeFileSync(
    file,
    JSON.stringify({
      version: 'test-1',
      entries: [
        { id: 'person/jane-doe-minister', name: 'Jane Doe', type: 'PERSON', country: 'NZL' },
        { id: 'org/harbour-watch', name: 'Harbour Watch', type: 'ORG', sector: 'NGO' },
      ],
    }),
  );
  return { dir, file };
}

const kbIds = (record: AnalysisRecord): (string | null)[] => record.entities.map((e) => e.kb.id);

const cases: readonly { name: string; kbFiles: (file: string) => string[]; linked: boolean }[] = [
  { name: 'the bundled knowledge base alone', kbFiles: () => [], linked: false },
  { name: 'an extra knowledge-base file', kbFiles: (file) => [file], linked: true },
];

for (const c of cases) {
  test(`the analysis worker links entities with ${c.name}`, async () => {
    const runner = startAnalysisRunner({ timeoutMs: 120_000, maxQueue: 2, kbFiles: c.kbFiles(extraKb().file) });
    try {
      await runner.ready;
      const ids = kbIds(await runner.analyze({ text: TEXT, published: '2024-06-04' }));
      assert.equal(ids.includes('person/jane-doe-minister'), c.linked, JSON.stringify(ids));
      assert.equal(ids.includes('org/harbour-watch'), c.linked, JSON.stringify(ids));
    } finally {
      await runner.close();
    }
  });
}

test('serve --kb: the served analysis uses the extra file, given relative to the working folder', async () => {
  const { dir } = extraKb();
  const stdout = new PassThrough();
  let printed = '';
  const listening = new Promise<string>((resolve) => {
    stdout.on('data', (b: Buffer) => {
      printed += b.toString('utf8');
      const url = /at (http:\/\/127\.0\.0\.1:\d+) /.exec(printed)?.[1];
      if (url) resolve(url);
    });
  });
  const io: CliIo = { stdout, stderr: new PassThrough(), stdin: Readable.from([]), env: {}, interactive: false, cwd: dir };
  const exit = main(['serve', '--port', '0', '--db', path.join(dir, 'kb.db'), '--kb', 'extra.json'], io);
  const url = await listening;
  const res = await fetch(`${url}/api/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: TEXT });
  assert.equal(res.status, 200);
  assert.ok(kbIds((await res.json()) as AnalysisRecord).includes('person/jane-doe-minister'));
  process.emit('SIGTERM', 'SIGTERM');
  assert.equal(await exit, 0);
});
