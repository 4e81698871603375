import { fnv1a } from '../data/fnv1a.js';

/** A MinHash signature of a text's word shingles. */
export interface MinHashSignature {
  /** The smallest hash of the shingles under each of the permutations. */
  readonly values: Uint32Array;
  /** How many distinct shingles the text has. */
  readonly shingles: number;
}

/** Number of hash permutations of a signature. */
export const MINHASH_PERMUTATIONS = 128;
/** Words per shingle. */
export const SHINGLE_WORDS = 3;

const WORD = /[\p{L}\p{N}]+/gu;

function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(MINHASH_PERMUTATIONS);
  let s = 0x9e3779b9;
  for (let i = 0; i < seeds.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    seeds[i] = mix(s);
  }
  return seeds;
})();

/** The distinct hashes of a text's shingles: runs of {@link SHINGLE_WORDS} lower-cased words (the whole text when shorter). */
export function shingleHashes(text: string): Set<number> {
  const words = (text.toLowerCase().match(WORD) ?? []) as string[];
  const out = new Set<number>();
  if (words.length === 0) return out;
  const last = Math.max(0, words.length - SHINGLE_WORDS);
  for (let i = 0; i <= last; i++) out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** The MinHash signature of a text: deterministic, the same text always gives the same values. */
export function minhash(text: string): MinHashSignature {
  const hashes = shingleHashes(text);
  const values = new Uint32Array(MINHASH_PERMUTATIONS).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < MINHASH_PERMUTATIONS; i++) {
      const v = mix(h ^ SEEDS[i]!);
      if (v < values[i]!) values[i] = v;
    }
  }
  return { values, shingles: hashes.size };
}

/** The Jaccard similarity of two texts' shingle sets, estimated from their signatures. */
export function jaccardEstimate(a: MinHashSignature, b: MinHashSignature): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.values.length; i++) if (a.values[i] === b.values[i]) same++;
  return same / a.values.length;
}

/**
 * The share of the smaller text's shingles that the other text also has (overlap coefficient),
 * estimated from the Jaccard estimate and the two set sizes; 1 at most.
 */
export function overlapEstimate(a: MinHashSignature, b: MinHashSignature): number {
  const j = jaccardEstimate(a, b);
  const smaller = Math.min(a.shingles, b.shingles);
  if (smaller === 0) return 0;
  return Math.min(1, ((j / (1 + j)) * (a.shingles + b.shingles)) / smaller);
}
