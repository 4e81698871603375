import { readdir } from 'node:fs/promises';
import path from 'node:path';

const SPECIAL = /[*?[]/;

/** True when the argument holds glob characters (`*`, `?`, `[`). */
export function isGlob(pattern: string): boolean {
  return SPECIAL.test(pattern);
}

/**
 * A glob as a regular expression over '/'-separated paths: `*` any characters but '/', `?` one such
 * character, `**` any number of whole path segments, `[abc]` a class.
 */
function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      re += slashAfter ? '(?:[^/]*/)*' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        const body = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Every file under `dir`, recursively, in sorted order (plain code-unit order, the same everywhere); an unreadable folder yields nothing. */
export async function* walkFiles(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walkFiles(full);
    else if (e.isFile()) yield full;
  }
}

/** The files a glob matches, sorted; the walk starts at the pattern's longest directory prefix without glob characters. */
export async function expandGlob(pattern: string): Promise<readonly string[]> {
  const normalized = path.posix.normalize(pattern.split(path.sep).join('/'));
  const segments = normalized.split('/');
  const base = segments.slice(0, segments.findIndex(isGlob)).join('/') || (normalized.startsWith('/') ? '/' : '.');
  const matcher = globToRegExp(normalized);
  const out: string[] = [];
  for await (const file of walkFiles(base)) if (matcher.test(file.split(path.sep).join('/'))) out.push(file);
  return out;
}
