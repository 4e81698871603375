import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One of the project's example articles (`examples/*.txt`): header line `date YYYY-MM-DD Title`, then the body. */
export interface ExampleArticle {
  readonly file: string;
  readonly published: string;
  readonly title: string;
  readonly body: string;
}

const HEADER = /^date (\d{4}-\d{2}-\d{2}) (.+)$/;

/** Reads every `*.txt` example of a folder, in file-name order; a file without the header line is an error naming it. */
export function readExampleArticles(dir: string): ExampleArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file), 'utf8');
      const newline = raw.indexOf('\n');
      const m = HEADER.exec(newline < 0 ? raw : raw.slice(0, newline));
      if (!m || newline < 0) throw new Error(`${join(dir, file)}: expected a first line "date YYYY-MM-DD Title" and a body`);
      return { file, published: m[1]!, title: m[2]!, body: raw.slice(newline + 1).trimEnd() };
    });
}
