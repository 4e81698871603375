import type { Doc } from '../document.js';
import type { EventCoder } from '../events/code-sentence.js';
import type { VerbPattern } from '../events/verb-patterns.js';

const PARTICLE_REACH = 2;
const COPULAS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never']);
const NOMINAL_BEFORE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);

/**
 * The two-digit CAMEO root of a claim content's first verb that the event verb patterns know
 * ("supplying Russia with drones" → 07), for a claim inside which the events stage coded nothing.
 * Tokens `skip` marks (entity mentions, times) and `speech` words are passed over, and so are a word
 * after a determiner (a noun: "the attack") and a bare form after a copula (and "not"), unless "by" follows
 * (an adjective: "was not free"; "was hit by" stays). Of the trigger's patterns, those whose particle
 * follows within two tokens and whose objects (if any) occur in the content, the most specific
 * wins, then the earlier. Null when no word of the content triggers a pattern.
 */
export function claimVerbRoot(
  coder: EventCoder,
  doc: Doc,
  lower: readonly string[],
  from: number,
  to: number,
  skip: Uint8Array,
  speech: Pick<ReadonlySet<string>, 'has'>,
): string | null {
  let lemmas: ContentLemmas | null = null;
  for (let i = from; i < to; i++) {
    const token = doc.tokens[i]!;
    if (token.kind !== 'word' || skip[i] || !coder.triggerForms.has(token.text) || speech.has(lower[i]!)) continue;
    if (NOMINAL_BEFORE.has(lower[i - 1] ?? '')) continue;
    const lemma = coder.lemmatize(token.text).lemma;
    const patterns = coder.patterns.verbs.get(lemma);
    if (!patterns || (afterCopula(lower, i) && lemma === lower[i] && lower[i + 1] !== 'by')) continue;
    lemmas ??= { coder, doc, from, to, list: null };
    const best = bestPattern(patterns, lower, lemmas, i, from, to);
    if (best) return best.code.slice(0, 2);
  }
  return null;
}

function afterCopula(lower: readonly string[], i: number): boolean {
  const before = NEGATIONS.has(lower[i - 1] ?? '') ? i - 2 : i - 1;
  return COPULAS.has(lower[before] ?? '');
}

/** The lemmas of a content's tokens ("" for non-words), computed when a pattern's objects are first looked for. */
interface ContentLemmas {
  readonly coder: EventCoder;
  readonly doc: Doc;
  readonly from: number;
  readonly to: number;
  list: string[] | null;
}

function lemmaList(c: ContentLemmas): readonly string[] {
  if (c.list) return c.list;
  const out: string[] = [];
  for (let i = c.from; i < c.to; i++) out.push(c.doc.tokens[i]!.kind === 'word' ? c.coder.lemmatize(c.doc.tokens[i]!.text).lemma : '');
  return (c.list = out);
}

function bestPattern(
  patterns: readonly VerbPattern[],
  lower: readonly string[],
  lemmas: ContentLemmas,
  trigger: number,
  from: number,
  to: number,
): VerbPattern | null {
  let best: VerbPattern | null = null;
  for (const p of patterns) {
    if (best && p.specificity <= best.specificity) continue;
    if (p.particle !== null && !particleNear(lower, p.particle, trigger, to)) continue;
    if (p.objects.length > 0 && !objectIn(p, lemmaList(lemmas), trigger - from)) continue;
    best = p;
  }
  return best;
}

function particleNear(lower: readonly string[], particle: string, trigger: number, to: number): boolean {
  for (let k = trigger + 1; k < to && k <= trigger + PARTICLE_REACH; k++) if (lower[k] === particle) return true;
  return false;
}

function objectIn(p: VerbPattern, lemmas: readonly string[], trigger: number): boolean {
  for (let k = 0; k < lemmas.length; k++) {
    if (k === trigger) continue;
    const seqs = p.objectsByFirst.get(lemmas[k]!);
    if (!seqs) continue;
    for (const seq of seqs) {
      let n = 1;
      while (n < seq.length && lemmas[k + n] === seq[n]) n++;
      if (n === seq.length) return true;
    }
  }
  return false;
}
