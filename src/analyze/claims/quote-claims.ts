import type { ClaimParty, Stance } from '../record.js';
import { tokenAt, type AttributionContext } from '../quotes/attribution-context.js';
import type { DraftClaim } from './draft-claim.js';

const MIN_WORDS = 4;

/**
 * The claims that direct quotes make. Rule: a `direct` quote with a known speaker, of at least
 * four words and not a question, states something, so it is also a claim of its speaker, with the
 * quoted words as content, the quote's cue (or "said" when the speaker came from context) and the
 * stance of the cue's verb ("denied" → denies, "warned" → asserts). Partial quotes are not claims of
 * their own: they sit inside the reported speech that carries them.
 */
export function quoteClaims(ctx: AttributionContext): DraftClaim[] {
  const out: DraftClaim[] = [];
  for (const q of ctx.doc.quotes) {
    if (q.kind !== 'direct' || !q.speakerName || q.text.trimEnd().endsWith('?')) continue;
    if (letteredWords(q.text, MIN_WORDS) < MIN_WORDS) continue;
    const cueWords = (q.cue ?? '').split(/\s+/).filter(Boolean);
    const verb = ctx.lex.verbs.get(cueWords[0]?.toLowerCase() ?? '');
    const stance: Stance = verb?.stance === 'opinion' || verb?.stance === 'denies' || verb?.stance === 'confirms' || verb?.stance === 'expects' || verb?.stance === 'alleges' ? verb.stance : 'asserts';
    out.push({
      start: q.start,
      end: q.end,
      text: q.text,
      source: { entity: q.speaker, name: q.speakerName },
      via: verb?.addressee ? outletOfCue(ctx, cueWords.slice(1)) : null,
      cue: q.cue ?? 'said',
      stance,
      sentence: ctx.doc.tokens[Math.min(tokenAt(ctx, q.start), ctx.doc.tokens.length - 1)]!.sentence,
    });
  }
  return out;
}

const SPACE = /\s/;
const LETTER = /\p{L}/u;

/** How many whitespace-separated words of a text hold a letter, counted up to `enough`. */
function letteredWords(text: string, enough: number): number {
  let n = 0;
  let lettered = false;
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(text[i]!))) {
      if (lettered) n++;
      lettered = false;
    } else if (!lettered) {
      const lower = c | 32;
      lettered = c < 128 ? lower >= 97 && lower <= 122 : LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
    }
  }
  return lettered && n < enough ? n + 1 : n;
}

function outletOfCue(ctx: AttributionContext, words: readonly string[]): ClaimParty | null {
  const lower = words.map((w) => w.toLowerCase());
  for (let k = 0; k < lower.length; k++) {
    const m = ctx.lex.outlets.match(lower, k);
    const capital = /^\p{Lu}/u.test(words[k]!);
    if ((m && capital) || (capital && ctx.lex.outletWords.has(lower[lower.length - 1]!))) {
      const name = words.slice(k, m && capital ? m.end : words.length).join(' ');
      const entity = ctx.doc.entities.find((e) => e.name === name || e.mentions.some((x) => x.text === name));
      return { entity: entity?.id ?? null, name: entity?.name ?? name };
    }
  }
  return null;
}
