import type { ClaimParty } from '../record.js';
import type { AttributionContext } from '../quotes/attribution-context.js';
import { resolveSpeaker, type SpeakerMemory } from '../quotes/resolve-speaker.js';
import type { SpeakerPhrase } from '../quotes/speaker-phrase.js';

/** A speaker phrase as a claim party; an unresolvable pronoun keeps the pronoun as its name. */
export function claimParty(ctx: AttributionContext, phrase: SpeakerPhrase, memory: SpeakerMemory): ClaimParty {
  const r = resolveSpeaker(ctx, phrase, memory);
  return r ? { entity: r.entity, name: r.name } : { entity: null, name: phrase.text };
}

/** Whether a phrase names analysts, experts or observers, whose statements are opinions. */
export function isOpinionHolder(ctx: AttributionContext, phrase: SpeakerPhrase): boolean {
  for (let k = phrase.first; k < phrase.end; k++) if (ctx.lex.opinionHolders.has(ctx.lower[k]!)) return true;
  if (phrase.apposition) {
    for (let k = phrase.apposition.first; k < phrase.apposition.end; k++) if (ctx.lex.opinionHolders.has(ctx.lower[k]!)) return true;
  }
  return false;
}
