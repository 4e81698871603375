import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The shared folder beside the project (`../shared`), or NEWSGRAPH_SHARED. */
export function sharedDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = process.env.NEWSGRAPH_SHARED ?? path.resolve(here, '..', '..', 'shared');
  if (!existsSync(dir)) throw new Error(`shared data not found at ${dir}; set NEWSGRAPH_SHARED`);
  return dir;
}

/** Reads a JSON Lines file of the shared data sets. */
export function readJsonl<T>(relative: string): T[] {
  const file = path.join(sharedDir(), relative);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Precision, recall and F1 from counts. */
export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** A number as a fixed three-decimal string. */
export const f3 = (x: number): string => x.toFixed(3);
