import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import type { Claim } from '../record.js';
import { createAttributionContext, tokenAt, type AttributionContext } from '../quotes/attribution-context.js';
import { bundledAttributionLexicon, type AttributionLexicon } from '../quotes/attribution-lexicon.js';
import { collectSpeakers } from '../quotes/collect-speakers.js';
import type { SpeakerMemory } from '../quotes/resolve-speaker.js';
import { counterClaims } from './counter-claims.js';
import type { DraftClaim } from './draft-claim.js';
import { hedgeClaim } from './hedge-claims.js';
import { linkClaims } from './link-claims.js';
import { quoteClaims } from './quote-claims.js';
import { relayClaims } from './relay-claims.js';
import { reportedSpeechClaims } from './reported-speech-claims.js';

/**
 * Builds the claims stage over a cue lexicon. Per sentence, outside direct quotes: reported speech
 * ("X said that …", "…, X said."), relays ("according to X"), and, where neither applies, hedges
 * ("allegedly" → source "unnamed"). Then every direct quote that states something becomes its
 * speaker's claim (see {@link quoteClaims}) unless a reported-speech claim already covers it.
 * An accused party's answer stated as fact is a denial (see {@link counterClaims}). Denials and
 * confirmations are linked to the claim they answer (see {@link linkClaims}).
 * Claims are in text order; `text`/`start`/`end` cover the reported content, never the cue.
 */
export function createClaimsStage(lex: AttributionLexicon): Stage {
  return { name: 'claims', run: (doc: Doc): Doc => ({ ...doc, claims: findClaims(createAttributionContext(doc, lex)) }) };
}

/** The claims stage over the bundled cue lexicon (data/attribution/cues.json). */
export const claimsStage: Stage = createClaimsStage(bundledAttributionLexicon());

function findClaims(ctx: AttributionContext): Claim[] {
  if (ctx.doc.tokens.length === 0) return [];
  const quoted = directQuoteMask(ctx);
  const memory: SpeakerMemory = collectSpeakers(ctx);
  const drafts: DraftClaim[] = [];
  ctx.doc.sentences.forEach((_s, i) => {
    const kept = relayed(reportedSpeechClaims(ctx, i, quoted, memory), relayClaims(ctx, i, quoted, memory));
    if (kept.length === 0) {
      const hedge = hedgeClaim(ctx, i, quoted);
      if (hedge) kept.push(hedge);
    }
    drafts.push(...kept);
  });
  for (const q of quoteClaims(ctx)) {
    if (!drafts.some((c) => c.start <= q.start && c.end >= q.end)) drafts.push(q);
  }
  return linkClaims(counterClaims(ctx, drafts));
}

/**
 * Reported speech inside a relay's content ("X said …, according to Tasnim") is one claim: the
 * reported one, with the relay's party as its `via`. Other relay claims stand as they are.
 */
function relayed(reported: readonly DraftClaim[], relays: readonly DraftClaim[]): DraftClaim[] {
  const out = [...reported];
  for (const r of relays) {
    const inner = out.filter((c) => c.start >= r.start && c.end <= r.end);
    if (inner.length === 0) {
      out.push(r);
      continue;
    }
    for (const c of inner) out[out.indexOf(c)] = { ...c, via: c.via ?? r.via ?? r.source };
  }
  return out;
}

function directQuoteMask(ctx: AttributionContext): (token: number) => boolean {
  const mask = new Uint8Array(ctx.doc.tokens.length);
  for (const q of ctx.doc.quotes) {
    if (q.kind !== 'direct') continue;
    for (let k = Math.max(0, tokenAt(ctx, q.start) - 1); k < mask.length && ctx.doc.tokens[k]!.start <= q.end; k++) mask[k] = 1;
  }
  return (token) => mask[token] === 1;
}
