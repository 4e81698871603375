import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../src/read/decode-bytes.js';
import { declaredCharset } from '../src/read/html-charset.js';
import { readHtml } from '../src/read/read-html.js';
import { f3, sharedDir } from './shared-data.js';

interface Page {
  readonly file: string;
  readonly with: readonly string[];
  readonly without: readonly string[];
}

interface Score {
  readonly file: string;
  readonly found: number;
  readonly withCount: number;
  readonly absent: number;
  readonly withoutCount: number;
  readonly error: string | null;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function score(dir: string, page: Page): Score {
  let text = '';
  let error: string | null = null;
  try {
    const bytes = gunzipSync(readFileSync(path.join(dir, 'html', `${page.file}.gz`)));
    text = squash(readHtml(decodeBytes(bytes, page.file, declaredCharset(bytes)), page.file).text);
  } catch (e) {
    error = (e as Error).message;
  }
  return {
    file: page.file,
    found: page.with.filter((s) => text.includes(squash(s))).length,
    withCount: page.with.length,
    absent: page.without.filter((s) => !text.includes(squash(s))).length,
    withoutCount: page.without.length,
    error,
  };
}

const share = (a: number, b: number): string => (b ? f3(a / b) : '-');

/**
 * Scores the HTML reader on ../shared/data/html-extraction-dev: the share of `with` snippets found in
 * the extracted text and of `without` snippets absent from it, overall and for the worst 10 pages.
 * `--all` lists every page; `--show <file>` prints one page's extracted text.
 */
export async function run(args: readonly string[]): Promise<void> {
  const dir = path.join(sharedDir(), 'data', 'html-extraction-dev');
  const pages = Object.values(JSON.parse(readFileSync(path.join(dir, 'evaldata.json'), 'utf8')) as Record<string, Page>);
  const show = args.indexOf('--show');
  if (show >= 0) {
    const file = args[show + 1] ?? '';
    const bytes = gunzipSync(readFileSync(path.join(dir, 'html', `${file}.gz`)));
    const article = readHtml(decodeBytes(bytes, file, declaredCharset(bytes)), file);
    console.log(JSON.stringify({ ...article, text: undefined }, null, 1));
    console.log(article.text);
    return;
  }
  const scores = pages.map((p) => score(dir, p));
  const sum = (f: (s: Score) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const tp = sum((s) => s.found);
  const fn = sum((s) => s.withCount - s.found);
  const tn = sum((s) => s.absent);
  const fp = sum((s) => s.withoutCount - s.absent);
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  console.log(`pages ${scores.length}, errors ${scores.filter((s) => s.error).length}`);
  console.log(`with found   ${share(tp, tp + fn)} (${tp}/${tp + fn})`);
  console.log(`without absent ${share(tn, tn + fp)} (${tn}/${tn + fp})`);
  console.log(`precision ${f3(p)} recall ${f3(r)} F1 ${f3(p + r ? (2 * p * r) / (p + r) : 0)}`);
  const badness = (s: Score): number => (s.withCount - s.found) / Math.max(1, s.withCount) + (s.withoutCount - s.absent) / Math.max(1, s.withoutCount);
  const listed = args.includes('--all') ? scores : [...scores].sort((a, b) => badness(b) - badness(a)).slice(0, 10);
  console.log(args.includes('--all') ? 'all pages:' : 'worst 10:');
  for (const s of listed) {
    console.log(`  ${s.file}: with ${s.found}/${s.withCount} (${share(s.found, s.withCount)}), without absent ${s.absent}/${s.withoutCount} (${share(s.absent, s.withoutCount)})${s.error ? ` ERROR ${s.error}` : ''}`);
  }
}
