import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DataFileError } from '../../src/data/data-file.js';
import { ApiError } from '../../src/server/api-error.js';
import { startAnalysisRunner } from '../../src/server/analysis-runner.js';
import { runCli } from '../cli/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-badkb-'));

function file(name: string, content: string): string {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
}

const bad: readonly { name: string; path: () => string; detail: RegExp }[] = [
  { name: 'a file that is not JSON', path: () => file('not-json.json', '{"version": "1", "entries": ['), detail: /not-json\.json/ },
  { name: 'a file without entries', path: () => file('no-entries.json', '{"version": "1"}'), detail: /no-entries\.json: knowledge base file: expected an entry file/ },
  { name: 'an entry of an unknown type', path: () => file('bad-type.json', '{"version": "1", "entries": [{"id": "x/y", "name": "Y", "type": "CITY"}]}'), detail: /bad-type\.json/ },
  { name: 'a file that does not exist', path: () => path.join(dir, 'missing.json'), detail: /missing\.json/ },
];

for (const c of bad) {
  test(`the analysis worker refuses ${c.name}: ready rejects with a DataFileError naming it, analyses are refused`, async () => {
    const runner = startAnalysisRunner({ timeoutMs: 60_000, maxQueue: 2, kbFiles: [c.path()] });
    try {
      await assert.rejects(runner.ready, (e: Error) => e instanceof DataFileError && c.detail.test(e.message));
      await assert.rejects(runner.analyze({ text: 'Chile and Peru met.' }), (e: Error) => e instanceof ApiError && e.status === 503 && /could not start/.test(e.detail));
    } finally {
      await runner.close();
    }
  });

  test(`serve --kb with ${c.name} exits 2 naming the file, serving nothing`, async () => {
    const result = await runCli(['serve', '--port', '0', '--db', path.join(dir, 'serve.db'), '--kb', c.path()]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, c.detail);
    assert.equal(result.stdout, '');
  });
}
