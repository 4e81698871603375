import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root (the folder above scripts/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The shared data folder beside the project (`../shared/data`), or `$NEWSGRAPH_SHARED/data`. */
export const sharedDataDir = path.join(process.env.NEWSGRAPH_SHARED ?? path.resolve(repoRoot, '..', 'shared'), 'data');

/** The JSON Lines file holding each shared data set that the gold set may point into. */
const sharedFiles: Readonly<Record<string, string>> = {
  'story-clusters-dev': 'articles.jsonl',
  'entities-times-dev': 'docs.jsonl',
};

/** Thrown when a gold line names a document that cannot be found or read. */
export class UnknownDocError extends Error {
  constructor(readonly doc: string, reason: string) {
    super(`document ${JSON.stringify(doc)}: ${reason}`);
    this.name = 'UnknownDocError';
  }
}

const cache = new Map<string, ReadonlyMap<string, string>>();

function jsonlTexts(file: string): ReadonlyMap<string, string> {
  const hit = cache.get(file);
  if (hit) return hit;
  const texts = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id?: unknown; text?: unknown };
    if (typeof row.text === 'string') texts.set(String(row.id), row.text);
  }
  cache.set(file, texts);
  return texts;
}

/** True when the document lives in the shared evaluation-only data (`shared:<dataset>/<id>`). */
export function isSharedDoc(doc: string): boolean {
  return doc.startsWith('shared:');
}

/** True when the shared data set a `shared:` document points into is present on this machine. */
export function sharedDocAvailable(doc: string): boolean {
  const dataset = doc.slice('shared:'.length).split('/')[0] ?? '';
  const file = sharedFiles[dataset];
  return file !== undefined && existsSync(path.join(sharedDataDir, dataset, file));
}

/**
 * The text every offset of a gold line points into:
 * `examples/<name>.txt` → the file less its header line; `examples/articles.jsonl#<id>` → that line's `text`;
 * `shared:<dataset>/<id>` → the `text` of that record in `../shared/data/<dataset>`.
 */
export function loadDocText(doc: string): string {
  if (isSharedDoc(doc)) {
    const rest = doc.slice('shared:'.length);
    const slash = rest.indexOf('/');
    const dataset = rest.slice(0, slash);
    const file = sharedFiles[dataset];
    if (slash < 0 || file === undefined) throw new UnknownDocError(doc, `expected shared:<${Object.keys(sharedFiles).join('|')}>/<id>`);
    const text = jsonlTexts(path.join(sharedDataDir, dataset, file)).get(rest.slice(slash + 1));
    if (text === undefined) throw new UnknownDocError(doc, `no record with that id in ${dataset}/${file}`);
    return text;
  }
  const hash = doc.indexOf('#');
  if (hash >= 0) {
    const text = jsonlTexts(path.join(repoRoot, doc.slice(0, hash))).get(doc.slice(hash + 1));
    if (text === undefined) throw new UnknownDocError(doc, 'no line with that id');
    return text;
  }
  if (!doc.startsWith('examples/') || !doc.endsWith('.txt')) throw new UnknownDocError(doc, 'expected examples/<name>.txt, examples/<file>.jsonl#<id> or shared:<dataset>/<id>');
  const raw = readFileSync(path.join(repoRoot, doc), 'utf8');
  const newline = raw.indexOf('\n');
  if (newline < 0) throw new UnknownDocError(doc, 'no header line');
  return raw.slice(newline + 1);
}
