import { mentionsIn, tokenAt, type AttributionContext } from '../quotes/attribution-context.js';
import { claimActor } from './claim-actor.js';
import type { DraftClaim } from './draft-claim.js';
import { lemmaLite } from './lemma-lite.js';

const NEAR_SENTENCES = 4;
const MIN_WORD = 4;

/**
 * Counter-claims as denials: a claim stated as fact (stance `asserts`) by a party that an earlier
 * accusation (stance `alleges`, another source, at most a few sentences before) names as a
 * participant (in its content, or as the accused: "X accused Y of …") is that party's answer, so it becomes a denial, when it is on the same topic (a
 * content word in common) or negated ("not", "never"). The party is matched as an actor (see
 * {@link claimActor}: "Beijing" answers an accusation against "Chinese ships"), or by its head noun
 * when it is no entity ("the rebels"). Other claims are returned unchanged.
 */
export function counterClaims(ctx: AttributionContext, drafts: readonly DraftClaim[]): DraftClaim[] {
  const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.map((c, i) => {
    if (c.stance !== 'asserts') return c;
    const party = partyOf(ctx, c);
    if (!party) return c;
    for (let j = i - 1; j >= 0; j--) {
      const e = sorted[j]!;
      if (c.sentence - e.sentence > NEAR_SENTENCES) break;
      if (e.stance !== 'alleges' || e.end > c.start || sameParty(e, c)) continue;
      if (names(ctx, e, party) && (negated(ctx, c) || sharesWord(ctx, e, c))) return { ...c, stance: 'denies' };
    }
    return c;
  });
}

interface Party {
  readonly actor: string | null;
  readonly head: string | null;
}

function partyOf(ctx: AttributionContext, c: DraftClaim): Party | null {
  const entity = c.source.entity === null ? null : ctx.doc.entities.find((e) => e.id === c.source.entity);
  if (entity) return { actor: claimActor(entity), head: null };
  const head = c.source.name.toLowerCase().split(/\s+/).pop() ?? '';
  return head.length >= MIN_WORD && ctx.lex.roleNouns.has(head) ? { actor: null, head } : null;
}

/** Whether an accusation names the party: in its content, or as the accused before it ("X accused Y of …"). */
function names(ctx: AttributionContext, claim: DraftClaim, party: Party): boolean {
  const from = Math.min(claim.start, ctx.doc.sentences[claim.sentence]!.start);
  if (party.actor !== null) {
    return mentionsIn(ctx, from, claim.end).some((m) => m.entity.id !== claim.source.entity && claimActor(m.entity) === party.actor);
  }
  return words(ctx, claim).has(party.head!);
}

function sameParty(a: DraftClaim, b: DraftClaim): boolean {
  if (a.source.entity && b.source.entity) return a.source.entity === b.source.entity;
  return a.source.name.toLowerCase() === b.source.name.toLowerCase();
}

function negated(ctx: AttributionContext, c: DraftClaim): boolean {
  for (const w of tokensOf(ctx, c)) if (ctx.lex.negations.has(w)) return true;
  return false;
}

function sharesWord(ctx: AttributionContext, a: DraftClaim, b: DraftClaim): boolean {
  const left = lemmas(ctx, a);
  for (const w of lemmas(ctx, b)) if (left.has(w)) return true;
  return false;
}

function lemmas(ctx: AttributionContext, c: DraftClaim): Set<string> {
  const out = new Set<string>();
  for (const w of words(ctx, c)) if (w.length >= MIN_WORD && !ctx.lex.keyStopWords.has(w) && !ctx.lex.verbs.has(w)) out.add(lemmaLite(w));
  return out;
}

function words(ctx: AttributionContext, c: DraftClaim): Set<string> {
  return new Set(tokensOf(ctx, c));
}

function tokensOf(ctx: AttributionContext, c: DraftClaim): string[] {
  const out: string[] = [];
  for (let k = tokenAt(ctx, c.start); k < ctx.doc.tokens.length; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.start >= c.end) break;
    if (t.start >= c.start && t.kind === 'word') out.push(ctx.lower[k]!);
  }
  return out;
}
