import type { Doc } from '../document.js';
import type { AttributionContext } from './attribution-context.js';
import type { AttributionLexicon, SpeechVerb } from './attribution-lexicon.js';

const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'got', 'gets']);
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'new', 'latest']);
const AS_SAYING_WINDOW = 10;
const TAKES_TO: ReadonlySet<string> = new Set(['say', 'tell', 'report', 'claim', 'allege', 'write', 'explain', 'confirm', 'deny', 'admit']);
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', 'a', 'an', "'s"]);

/** The speech verb at token `i` when it is used as one (computed once per document), or null. */
export function speechVerbAt(ctx: AttributionContext, i: number): SpeechVerb | null {
  return ctx.verbs[i] ?? null;
}

/**
 * Whether the word at token `i` is a speech verb used as one: not a name ("Edward Said"), not an
 * adjective or noun ("the said agreement", "their claims", "a CNN report"), not passive ("was
 * told to"), not idiomatic ("easier said than done", "that said,", "having said that").
 */
export function detectSpeechVerb(doc: Doc, lower: readonly string[], lex: AttributionLexicon, i: number): SpeechVerb | null {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word') return null;
  const verb = lex.verbs.get(lower[i]!);
  if (!verb) return null;
  const sentence = doc.sentences[t.sentence]!;
  const prevIndex = i - 1 >= sentence.firstToken ? i - 1 : -1;
  const prev = prevIndex >= 0 ? lower[prevIndex]! : '';
  const next = i + 1 < sentence.endToken ? lower[i + 1]! : '';
  if (t.text[0] !== t.text[0]!.toLowerCase() && prevIndex >= 0 && doc.tokens[prevIndex]!.kind === 'word') return null;
  if (verb.passive) return BE.has(prev) && asSayingAfter(lower, i, sentence.endToken) > i ? verb : null;
  if (lex.nonSpeechBefore.has(prev) || BE.has(prev) || POSSESSIVES.has(prev)) return null;
  if (lex.nonSpeechAfter.has(next) || verb.notBefore.has(next)) return null;
  if (lex.nounForms.has(lower[i]!) && i - 2 >= sentence.firstToken && DETERMINERS.has(lower[i - 2]!)) return null;
  if (next === 'to' && !TAKES_TO.has(verb.lemma)) return null;
  return verb;
}

/** One past "as saying" after a passive cue at `i` ("quoted by TASS as saying"), or -1. */
export function asSayingAfter(lower: readonly string[], i: number, end: number): number {
  for (let k = i + 1; k < Math.min(end - 1, i + AS_SAYING_WINDOW); k++) if (lower[k] === 'as' && lower[k + 1] === 'saying') return k + 2;
  return -1;
}

/** Whether the verb at token `i` is negated ("did not confirm", "declined to comment", "never said"). */
export function negatedAt(ctx: AttributionContext, i: number): boolean {
  const first = ctx.doc.sentences[ctx.doc.tokens[i]!.sentence]!.firstToken;
  for (let k = i - 1; k >= Math.max(first, i - 3); k--) {
    const w = ctx.lower[k]!;
    if (ctx.lex.negations.has(w) || w.endsWith("n't")) return true;
    if (ctx.doc.tokens[k]!.kind === 'punct') break;
  }
  return false;
}
