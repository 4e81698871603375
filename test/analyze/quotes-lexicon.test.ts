import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { AttributionDataError } from '../../src/analyze/quotes/attribution-data-error.js';
import { ATTRIBUTION_CUES_URL, loadAttributionLexicon, parseAttributionLexicon } from '../../src/analyze/quotes/attribution-lexicon.js';

const bundled = JSON.parse(readFileSync(ATTRIBUTION_CUES_URL, 'utf8')) as Record<string, unknown>;

test('attribution lexicon: the bundled cue file loads and is versioned', () => {
  const lex = loadAttributionLexicon();
  assert.match(lex.version, /^\d+/);
  assert.equal(lex.verbs.get('said')?.stance, 'asserts');
  assert.equal(lex.verbs.get('denied')?.stance, 'denies');
  assert.equal(lex.relays.match(['according', 'to', 'x'], 0)?.value, 'according to');
});

const BROKEN: readonly { readonly name: string; readonly patch: Record<string, unknown>; readonly where: RegExp }[] = [
  { name: 'missing version', patch: { version: undefined }, where: /version: expected a non-empty string/ },
  { name: 'verbs not an array', patch: { verbs: {} }, where: /verbs: expected an array/ },
  { name: 'unknown stance', patch: { verbs: [{ lemma: 'say', forms: ['said'], stance: 'shouts' }] }, where: /verbs\[0\]\.stance: expected asserts/ },
  { name: 'upper-case form', patch: { verbs: [{ lemma: 'say', forms: ['Said'], stance: 'asserts' }] }, where: /verbs\[0\]\.forms\[0\]: expected a lower-case string/ },
  { name: 'bare not a boolean', patch: { verbs: [{ lemma: 'say', forms: ['said'], stance: 'asserts', bare: 'yes' }] }, where: /verbs\[0\]\.bare: expected a boolean/ },
  { name: 'hedge without a stance', patch: { hedges: [{ phrase: 'allegedly' }] }, where: /hedges\[0\]\.stance/ },
  { name: 'outlets not strings', patch: { outlets: [1] }, where: /outlets\[0\]: expected a non-empty string/ },
];

for (const c of BROKEN) {
  test(`attribution lexicon: rejects ${c.name} with a typed error naming the file and field`, () => {
    assert.throws(
      () => parseAttributionLexicon({ ...bundled, ...c.patch }, 'cues-test.json'),
      (e: unknown) => e instanceof AttributionDataError && e.file === 'cues-test.json' && c.where.test(e.message),
    );
  });
}

test('attribution lexicon: a missing file is a typed error', () => {
  assert.throws(() => loadAttributionLexicon(new URL('file:///nonexistent/cues.json')), AttributionDataError);
});
