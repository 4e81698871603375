import type { Doc } from '../document.js';
import type { Modality, Stance } from '../record.js';
import type { Clause } from './clause.js';
import type { ClauseWords, ControlKind } from './clause-words.js';
import type { SentenceView } from './sentence-view.js';

/** The words governing a trigger ('will', 'refused to', 'threatened to', 'not') and where they stand. */
export interface Governance {
  readonly kinds: ReadonlySet<ControlKind>;
  /** Token indices of the governing control words. */
  readonly tokens: readonly number[];
}

/**
 * Reads leftwards from the trigger through auxiliaries, adverbs and 'to' and collects the control
 * words that govern it; a control word other than a modal must be followed by 'to'.
 */
export function governance(view: SentenceView, words: ClauseWords, clause: Clause, t: number): Governance {
  const kinds = new Set<ControlKind>();
  const tokens: number[] = [];
  for (let j = t - 1; j >= clause.start; j--) {
    const rel = j - view.first;
    const w = view.lower[rel]!;
    const kind = words.controls.get(w) ?? words.controls.get(view.lemma[rel]!);
    if (kind && (words.modals.has(w) || view.lower[rel + 1] === 'to')) {
      kinds.add(kind);
      tokens.push(j);
      continue;
    }
    if (words.skippable.has(w) || words.be.has(w) || (w.length > 4 && w.endsWith('ly'))) continue;
    break;
  }
  if (clause.opener === 'if' || clause.opener === 'unless' || clause.opener === 'whether') kinds.add('hypothetical');
  return { kinds, tokens };
}

const STANCE_MODALITY: Readonly<Record<Stance, Modality>> = {
  asserts: 'reported',
  confirms: 'reported',
  opinion: 'reported',
  alleges: 'alleged',
  denies: 'denied',
  rumor: 'rumored',
  expects: 'expected',
};

/** The innermost claim whose span holds a position, with the modality its stance gives; null when none. */
export function claimAt(doc: Doc, position: number): { readonly claim: number; readonly modality: Modality } | null {
  let best = -1;
  for (let i = 0; i < doc.claims.length; i++) {
    const c = doc.claims[i]!;
    if (c.start > position || c.end <= position) continue;
    const b = doc.claims[best];
    if (!b || c.end - c.start < b.end - b.start) best = i;
  }
  return best < 0 ? null : { claim: best, modality: STANCE_MODALITY[doc.claims[best]!.stance] };
}
