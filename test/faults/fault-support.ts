import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const ROOT = new URL('../../', import.meta.url);
const BIN = new URL('bin/newsgraph.js', ROOT).pathname;
const EXAMPLES = new URL('examples/', ROOT).pathname;

/** The example text articles: title, date and body. */
function exampleArticles(): { title: string; published: string; text: string }[] {
  return readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const [header = '', ...body] = readFileSync(join(EXAMPLES, name), 'utf8').split('\n');
      const [, published = '', title = ''] = /^date (\S+) (.*)$/.exec(header) ?? [];
      return { title, published, text: body.join('\n').trim() };
    });
}

/**
 * Writes a JSON Lines corpus of `count` articles made from the example texts (each with its own id
 * and a numbered opening line, so no two are copies of each other's content) and returns their ids.
 */
export function writeCorpus(path: string, count: number, first = 0): string[] {
  const examples = exampleArticles();
  const ids: string[] = [];
  const lines: string[] = [];
  for (let n = first; n < first + count; n++) {
    const example = examples[n % examples.length]!;
    const id = `fault-${String(n).padStart(5, '0')}`;
    ids.push(id);
    lines.push(JSON.stringify({ id, title: `${example.title} (${n})`, published: example.published, text: `Dispatch ${n} of the wire.\n\n${example.text}` }));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return ids;
}

/** A running `newsgraph` process. */
export interface CliProcess {
  readonly pid: number;
  /** Resolves when it exits: its code (null when killed), signal and output. */
  readonly done: Promise<{ readonly code: number | null; readonly signal: string | null; readonly stdout: string; readonly stderr: string }>;
  kill(signal: NodeJS.Signals): void;
}

/** Starts `node bin/newsgraph.js <args>` as its own process (the built CLI, as a user runs it). */
export function startCli(args: readonly string[]): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { pid: child.pid!, done, kill: (signal) => child.kill(signal) };
}

/** Runs one SQL query on a store file from outside the store (a separate connection). */
export function query<T = Record<string, unknown>>(db: string, statement: string): T[] {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    conn.pragma('busy_timeout = 5000');
    return conn.prepare(statement).all() as T[];
  } finally {
    conn.close();
  }
}

/** The ids of the stored articles, sorted; empty while the store file or its tables do not exist yet. */
export function storedIds(db: string): string[] {
  try {
    return query<{ id: string }>(db, 'select id from articles order by id').map((r) => r.id);
  } catch {
    return [];
  }
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
