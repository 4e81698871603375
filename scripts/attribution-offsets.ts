/**
 * Prints the gold-set offsets of a span, for annotators:
 *   npx tsx scripts/attribution-offsets.ts <doc> <span text> [occurrence, 0-based]
 * <doc> as in test/data/attribution-dev.jsonl. For shared (evaluation-only) documents it prints the sha1
 * prefix instead of the text: only that goes into the repository.
 */
import { createHash } from 'node:crypto';
import { isSharedDoc, loadDocText } from './attribution-docs.js';

function main(): void {
  const [doc, span, nth = '0'] = process.argv.slice(2);
  if (!doc || !span) {
    console.error('usage: attribution-offsets.ts <doc> <span text> [occurrence]');
    process.exitCode = 2;
    return;
  }
  const text = loadDocText(doc);
  const hits: number[] = [];
  for (let at = text.indexOf(span); at >= 0; at = text.indexOf(span, at + 1)) hits.push(at);
  const start = hits[Number(nth)];
  if (start === undefined) {
    console.error(`found ${hits.length} occurrence(s) of the span in ${doc}; occurrence ${nth} does not exist`);
    process.exitCode = 1;
    return;
  }
  const where = { doc, start, end: start + span.length };
  const check = isSharedDoc(doc) ? { sha1: createHash('sha1').update(span, 'utf8').digest('hex').slice(0, 8) } : { text: span };
  console.log(JSON.stringify({ ...where, ...check }));
  if (hits.length > 1) console.error(`note: ${hits.length} occurrences; pass an occurrence index to choose`);
}

main();
