/**
 * Checks test/data/attribution-dev.jsonl: every line's fields, and every offset against its document
 * (the span text for the project's examples, a sha1 prefix of the span for the evaluation-only shared data).
 * Usage: npx tsx scripts/check-attribution-gold.ts [file]
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isSharedDoc, loadDocText, repoRoot, sharedDocAvailable } from './attribution-docs.js';

const stances = new Set(['asserts', 'alleges', 'denies', 'confirms', 'rumor', 'expects', 'opinion']);
const quoteKinds = new Set(['direct', 'partial']);

const isNameOrNull = (v: unknown): boolean => v === null || (typeof v === 'string' && v.trim() !== '');

function fieldErrors(o: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof o.doc !== 'string') errors.push('doc must be a string');
  if (!Number.isInteger(o.start) || !Number.isInteger(o.end) || (o.start as number) < 0 || (o.end as number) <= (o.start as number)) errors.push('start/end must be integers with 0 <= start < end');
  if (typeof o.doc === 'string' && isSharedDoc(o.doc)) {
    if (typeof o.sha1 !== 'string' || !/^[0-9a-f]{8}$/.test(o.sha1)) errors.push('shared doc: sha1 must be 8 hex digits');
    if ('text' in o) errors.push('shared doc: must not carry text (evaluation-only data)');
  } else if (typeof o.text !== 'string') errors.push('text must be a string');
  if (typeof o.cue !== 'string' && o.cue !== null) errors.push('cue must be a string or null');
  if (o.kind === 'quote') {
    if (!quoteKinds.has(o.quoteKind as string)) errors.push('quoteKind must be direct|partial');
    if (!isNameOrNull(o.speaker)) errors.push('speaker must be a name or null');
  } else if (o.kind === 'claim') {
    if (!stances.has(o.stance as string)) errors.push(`stance must be one of ${[...stances].join('|')}`);
    if (!isNameOrNull(o.source)) errors.push('source must be a name or null');
    if (!isNameOrNull(o.via)) errors.push('via must be a name or null');
    if (o.denies !== null && !Number.isInteger(o.denies)) errors.push('denies must be an integer or null');
    if (o.denies !== null && o.stance !== 'denies') errors.push('denies is set but stance is not denies');
  } else errors.push('kind must be quote|claim');
  return errors;
}

function main(): void {
  const file = path.resolve(process.argv[2] ?? path.join(repoRoot, 'test', 'data', 'attribution-dev.jsonl'));
  const lines = readFileSync(file, 'utf8').split('\n');
  const errors: string[] = [];
  const claimsPerDoc = new Map<string, number>();
  const denials: { line: number; doc: string; index: number }[] = [];
  let checked = 0;
  let skipped = 0;
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    const where = `${path.basename(file)}:${i + 1}`;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(raw) as Record<string, unknown>;
    } catch (e) {
      errors.push(`${where}: not JSON (${(e as Error).message})`);
      return;
    }
    const bad = fieldErrors(o);
    if (bad.length) {
      errors.push(...bad.map((b) => `${where}: ${b}`));
      return;
    }
    const doc = o.doc as string;
    if (o.kind === 'claim') {
      const n = claimsPerDoc.get(doc) ?? 0;
      claimsPerDoc.set(doc, n + 1);
      if (o.denies !== null) denials.push({ line: i + 1, doc, index: o.denies as number });
    }
    if (isSharedDoc(doc) && !sharedDocAvailable(doc)) {
      skipped++;
      return;
    }
    let text: string;
    try {
      text = loadDocText(doc);
    } catch (e) {
      errors.push(`${where}: ${(e as Error).message}`);
      return;
    }
    const span = text.slice(o.start as number, o.end as number);
    if ((o.end as number) > text.length) errors.push(`${where}: end ${o.end as number} beyond the text (${text.length})`);
    else if (isSharedDoc(doc)) {
      const sha = createHash('sha1').update(span, 'utf8').digest('hex').slice(0, 8);
      if (sha !== o.sha1) errors.push(`${where}: sha1 of [${o.start as number},${o.end as number}) is ${sha}, expected ${o.sha1 as string}`);
    } else if (span !== o.text) errors.push(`${where}: slice is ${JSON.stringify(span)}, expected ${JSON.stringify(o.text)}`);
    checked++;
  });
  for (const d of denials) {
    const count = claimsPerDoc.get(d.doc) ?? 0;
    if (d.index < 0 || d.index >= count) errors.push(`line ${d.line}: denies ${d.index}, but ${d.doc} has ${count} claims`);
  }
  const total = checked + skipped;
  console.log(`${total} lines: ${checked} offsets checked, ${skipped} skipped (shared data absent), ${errors.length} errors`);
  for (const e of errors) console.error(e);
  if (errors.length) process.exitCode = 1;
}

main();
