import type { Doc } from '../document.js';
import type { ClauseWords } from './clause-words.js';
import type { Lemmatizer } from './lemmatizer.js';

/** What the coder reads of a token's text, looked up once per distinct text. */
export interface WordInfo {
  /** The text in lower case. */
  readonly lower: string;
  /** The lemma of a word; the lower-case text of another token. */
  readonly lemma: string;
  /** Whether the token is a word written as a surface form of a trigger lemma (see `EventCoder.triggerForms`). */
  readonly triggerForm: boolean;
  /** `TRIGGER_KEY`, `CAPITALISED`, `HARD_PUNCTUATION`, `BOUNDARY`, `SPEECH` and `NOUN_MARKER` bits. */
  readonly flags: number;
  /** The number `VerbPatterns.objectFirsts` gives the lemma, or -1. */
  readonly lemmaObject: number;
  /** The number it gives the lower-case form when that differs from the lemma, or -1. */
  readonly lowerObject: number;
}

/** Flag of a word only: its lemma, or its lower-case form when that differs, is a key of the verb, noun or obligation patterns. */
export const TRIGGER_KEY = 1;
/** Flag of a word only: its first character changes in lower case ('Attack', not 'attack' nor '3D'). */
export const CAPITALISED = 2;
/** Flag: the lower-case text is hard punctuation (`WordVocabulary.hardPunct`). */
export const HARD_PUNCTUATION = 4;
/** Flag: the lower-case text is a clause boundary word (`ClauseWords.boundaries`). */
export const BOUNDARY = 8;
/** Flag: the lemma is a speech verb (`ClauseWords.speech`). */
export const SPEECH = 16;
/** Flag: the lower-case text marks a noun after it (`ClauseWords.nounMarkers`). */
export const NOUN_MARKER = 32;

/** The memoised look-ups of token texts: `word` for word tokens, `other` for numbers and punctuation. */
export interface WordInfos {
  readonly word: (text: string) => WordInfo;
  readonly other: (text: string) => WordInfo;
}

/** The vocabulary `createWordInfos` flags words against. */
export interface WordVocabulary {
  readonly triggerForms: ReadonlySet<string>;
  readonly triggerKeys: ReadonlySet<string>;
  readonly objectFirsts: ReadonlyMap<string, number>;
  readonly hardPunct: ReadonlySet<string>;
  readonly words: ClauseWords;
}

const MEMO_LIMIT = 100_000;

function lexicalFlags(vocabulary: WordVocabulary, lower: string, lemma: string): number {
  const words = vocabulary.words;
  return (
    (vocabulary.hardPunct.has(lower) ? HARD_PUNCTUATION : 0) |
    (words.boundaries.has(lower) ? BOUNDARY : 0) |
    (words.speech.has(lemma) ? SPEECH : 0) |
    (words.nounMarkers.has(lower) ? NOUN_MARKER : 0)
  );
}

function wordInfo(lemmatize: Lemmatizer, vocabulary: WordVocabulary, text: string): WordInfo {
  const { lower, lemma } = lemmatize(text);
  const triggerKey = vocabulary.triggerKeys.has(lemma) || (lower !== lemma && vocabulary.triggerKeys.has(lower));
  return {
    lower,
    lemma,
    triggerForm: vocabulary.triggerForms.has(text),
    flags: (triggerKey ? TRIGGER_KEY : 0) | (text[0] !== lower[0] ? CAPITALISED : 0) | lexicalFlags(vocabulary, lower, lemma),
    lemmaObject: vocabulary.objectFirsts.get(lemma) ?? -1,
    lowerObject: lower === lemma ? -1 : (vocabulary.objectFirsts.get(lower) ?? -1),
  };
}

function otherInfo(vocabulary: WordVocabulary, text: string): WordInfo {
  const lower = text.toLowerCase();
  return {
    lower,
    lemma: lower,
    triggerForm: false,
    flags: lexicalFlags(vocabulary, lower, lower),
    lemmaObject: vocabulary.objectFirsts.get(lower) ?? -1,
    lowerObject: -1,
  };
}

function memoised(make: (text: string) => WordInfo): (text: string) => WordInfo {
  const memo = new Map<string, WordInfo>();
  return (text) => {
    const hit = memo.get(text);
    if (hit !== undefined) return hit;
    const info = make(text);
    if (memo.size < MEMO_LIMIT) memo.set(text, info);
    return info;
  };
}

/** Builds the memoised look-ups: lemma and lower case of words from `lemmatize`, flags from `vocabulary`. */
export function createWordInfos(lemmatize: Lemmatizer, vocabulary: WordVocabulary): WordInfos {
  return {
    word: memoised((text) => wordInfo(lemmatize, vocabulary, text)),
    other: memoised((text) => otherInfo(vocabulary, text)),
  };
}

/** A sentence's tokens as the coder reads them, indexed from the sentence's first token. */
export interface SentenceWords {
  /** Every token's text in lower case. */
  readonly lower: readonly string[];
  /** Lemmas of words; other tokens in lower case. */
  readonly lemma: readonly string[];
  readonly infos: readonly WordInfo[];
}

/**
 * The words of sentence `index`; with `requireTrigger`, null when no word is a surface form of a
 * trigger lemma (nothing to code).
 */
export function sentenceWords(infos: WordInfos, doc: Doc, index: number, requireTrigger: boolean): SentenceWords | null {
  const sentence = doc.sentences[index]!;
  const first = sentence.firstToken;
  const end = sentence.endToken;
  const tokens = doc.tokens;
  const lower: string[] = [];
  const lemma: string[] = [];
  const found: WordInfo[] = [];
  let trigger = !requireTrigger;
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    const info = token.kind === 'word' ? infos.word(token.text) : infos.other(token.text);
    lower.push(info.lower);
    lemma.push(info.lemma);
    found.push(info);
    if (info.triggerForm) trigger = true;
  }
  return trigger ? { lower, lemma, infos: found } : null;
}
