import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { query, startCli, storedIds, writeCorpus } from './fault-support.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-disk-'));
const disk = join(dir, 'disk');
mkdirSync(disk);

/** Mounts a small tmpfs as a disk of its own; a reason to skip when this process may not mount. */
function mountDisk(size: string): string | false {
  if (process.getuid?.() !== 0) return 'needs root to mount a small tmpfs as a full or read-only disk';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', disk], { stdio: 'pipe' });
    return false;
  } catch (error) {
    return `could not mount a tmpfs here (${(error as Error).message.split('\n')[0]})`;
  }
}

const remount = (options: string): void => void execFileSync('mount', ['-o', `remount,${options}`, disk], { stdio: 'pipe' });
const skip = mountDisk('400k');
after(() => {
  if (!skip) execFileSync('umount', [disk], { stdio: 'pipe' });
  rmSync(dir, { recursive: true, force: true });
});

const corpus = join(dir, 'corpus.jsonl');
const ids = writeCorpus(corpus, 60);
const db = join(disk, 'store.db');
const fileHash = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

test('a full disk: one clear error and exit 3, the store stays sound, and the same ingest completes once there is room', { skip }, async () => {
  const full = await startCli(['ingest', corpus, '--db', db, '--batch', '10']).done;
  assert.equal(full.code, 3, full.stderr);
  assert.match(full.stderr, /store\.db: .*disk is full/);
  assert.doesNotMatch(full.stderr, /\n\s+at /, 'no stack trace');
  assert.deepEqual(query(db, 'pragma integrity_check'), [{ integrity_check: 'ok' }]);

  remount('size=64m');
  const room = await startCli(['ingest', corpus, '--db', db, '--batch', '10']).done;
  assert.equal(room.code, 0, room.stderr);
  assert.deepEqual(storedIds(db), ids);
  assert.deepEqual(query(db, 'pragma integrity_check'), [{ integrity_check: 'ok' }]);
});

test('a read-only disk: ingest fails with one clear error and exit 3, and the store file is unchanged', { skip }, async () => {
  const before = storedIds(db).length;
  execFileSync('sync');
  const hash = fileHash(db);
  remount('ro');
  try {
    const more = join(dir, 'more.jsonl');
    writeCorpus(more, 5, 100);
    const refused = await startCli(['ingest', more, '--db', db]).done;
    assert.equal(refused.code, 3, refused.stderr);
    assert.match(refused.stderr, /^newsgraph: .*store\.db: .*\n$/);
    assert.equal(fileHash(db), hash);
    assert.equal(storedIds(db).length, before);
  } finally {
    remount('rw');
  }
});
