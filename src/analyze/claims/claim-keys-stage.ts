import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import type { Claim } from '../record.js';
import { bundledAttributionLexicon, type AttributionLexicon } from '../quotes/attribution-lexicon.js';
import type { EventCoder } from '../events/code-sentence.js';
import { claimKeys } from './claim-key.js';

/**
 * Builds the claim-keys refiner, run after the events stage: every claim gets its normalised `key`
 * (see {@link claimKeys}); a denial or confirmation linked to an earlier claim takes that claim's key.
 * With the event `coder` (the analyzer's, loaded once), a claim without a coded event takes its
 * root from its own main verb; without it, such a claim's root is "-".
 */
export function createClaimKeysStage(lex: AttributionLexicon, coder: EventCoder | null = null): Stage {
  return { name: 'claim-keys', run: (doc: Doc): Doc => ({ ...doc, claims: keyed(doc, lex, coder) }) };
}

/** The claim-keys refiner over the bundled cue lexicon (data/attribution/cues.json), without verb roots. */
export const claimKeysStage: Stage = createClaimKeysStage(bundledAttributionLexicon());

function keyed(doc: Doc, lex: AttributionLexicon, coder: EventCoder | null): Claim[] {
  const own = claimKeys(doc, lex, coder);
  return doc.claims.map((c, i) => {
    const answered = c.denies ?? c.confirms ?? null;
    return withKey(c, answered !== null && answered < i ? own[answered]! : own[i]!);
  });
}

/** The claim with its key, its fields in record order (denies/confirms only when set). */
function withKey(c: Claim, key: string): Claim {
  const { start, end, text, source, via, cue, stance } = c;
  if (c.denies !== undefined) return { start, end, text, source, via, cue, stance, denies: c.denies, key };
  if (c.confirms !== undefined) return { start, end, text, source, via, cue, stance, confirms: c.confirms, key };
  return { start, end, text, source, via, cue, stance, key };
}
