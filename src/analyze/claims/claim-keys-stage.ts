import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import type { Claim } from '../record.js';
import { bundledAttributionLexicon, type AttributionLexicon } from '../quotes/attribution-lexicon.js';
import { claimKey } from './claim-key.js';

/**
 * Builds the claim-keys refiner, run after the events stage: every claim gets its normalised `key`
 * (see {@link claimKey}); a denial or confirmation linked to an earlier claim takes that claim's key.
 */
export function createClaimKeysStage(lex: AttributionLexicon): Stage {
  return { name: 'claim-keys', run: (doc: Doc): Doc => ({ ...doc, claims: keyed(doc, lex) }) };
}

/** The claim-keys refiner over the bundled cue lexicon (data/attribution/cues.json). */
export const claimKeysStage: Stage = createClaimKeysStage(bundledAttributionLexicon());

function keyed(doc: Doc, lex: AttributionLexicon): Claim[] {
  const own = doc.claims.map((_c, i) => claimKey(doc, i, lex));
  return doc.claims.map((c, i) => {
    const answered = c.denies ?? c.confirms ?? null;
    return { ...c, key: answered !== null && answered < i ? own[answered]! : own[i]! };
  });
}
