import { createHash } from 'node:crypto';
import { jaccardEstimate, MINHASH_PERMUTATIONS, minhash, overlapEstimate, type MinHashSignature } from './minhash.js';

/** What copy detection needs of an article. */
export interface CopyInput {
  readonly id: string;
  readonly text: string;
  /** A date or datetime; null when unknown (then it counts as later than any dated article). */
  readonly published: string | null;
}

/** Where an article derives from: the earliest version of its group of copies, or null for an original. */
export interface CopyLink {
  readonly id: string;
  readonly copyOf: string | null;
  /** Estimated share of the shorter text's word shingles found in the other (1 for an exact copy); null for an original. */
  readonly similarity: number | null;
}

/** What adding an article found. */
export interface CopyResult {
  /** The stored article it copies (or that copies it), null when it is new. */
  readonly matched: string | null;
  /** The links that changed: the new article's first, then those of earlier copies now pointing to it. */
  readonly links: readonly CopyLink[];
}

/** Thresholds of copy detection. */
export interface CopyDetectorOptions {
  /** Least estimated Jaccard similarity of the shingle sets. */
  readonly minJaccard?: number;
  /** Least estimated share of the shorter text's shingles found in the other. */
  readonly minOverlap?: number;
  /** LSH bands the signature is cut into (rows per band = permutations / bands). */
  readonly bands?: number;
  /** Texts with fewer shingles (a line of boilerplate, a failed extraction) are never matched, not even exactly. */
  readonly minShingles?: number;
}

interface Entry {
  readonly id: string;
  readonly when: number;
  readonly order: number;
  readonly signature: MinHashSignature;
  root: string;
}

/** The hash exact copies share: sha256 of the text with white space collapsed. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/**
 * Finds copies among articles as they arrive: exact copies by text hash, near copies and light
 * rewrites by MinHash over word shingles with LSH banding. Copies form groups; each member links to
 * the group's earliest article (by published date, then by arrival), which may change as older
 * versions arrive late.
 */
export class CopyDetector {
  private readonly entries = new Map<string, Entry>();
  private readonly byHash = new Map<string, string>();
  private readonly buckets = new Map<string, string[]>();
  private readonly groups = new Map<string, Set<string>>();
  private arrivals = 0;
  private readonly minJaccard: number;
  private readonly minOverlap: number;
  private readonly bands: number;
  private readonly rows: number;
  private readonly minShingles: number;

  constructor(options: CopyDetectorOptions = {}) {
    this.minJaccard = options.minJaccard ?? 0.25;
    this.minOverlap = options.minOverlap ?? 0.5;
    this.bands = options.bands ?? 64;
    this.rows = Math.max(1, Math.floor(MINHASH_PERMUTATIONS / this.bands));
    this.minShingles = options.minShingles ?? 20;
  }

  /** Adds an article, finds what it copies and returns the links that changed. */
  add(article: CopyInput): CopyResult {
    const hash = textHash(article.text);
    const entry = this.entry(article);
    const byText = entry.signature.shingles < this.minShingles ? undefined : this.byHash.get(hash);
    const exact = byText === entry.id ? undefined : byText;
    const matched = exact ?? this.nearest(entry);
    this.register(entry, hash);
    if (matched === undefined || matched === null) return { matched: null, links: [{ id: entry.id, copyOf: null, similarity: null }] };
    const oldRoot = this.entries.get(matched)!.root;
    const group = this.groups.get(oldRoot)!;
    this.groups.delete(entry.id);
    group.add(entry.id);
    if (this.before(entry, this.entries.get(oldRoot)!)) {
      this.groups.delete(oldRoot);
      this.groups.set(entry.id, group);
      const links: CopyLink[] = [{ id: entry.id, copyOf: null, similarity: null }];
      for (const id of group) {
        const member = this.entries.get(id)!;
        member.root = entry.id;
        if (id !== entry.id) links.push({ id, copyOf: entry.id, similarity: this.similarity(member, entry) });
      }
      return { matched, links };
    }
    entry.root = oldRoot;
    const similarity = exact === oldRoot ? 1 : this.similarity(entry, this.entries.get(oldRoot)!);
    return { matched, links: [{ id: entry.id, copyOf: oldRoot, similarity }] };
  }

  /** Registers articles whose links are already known (as stored), in arrival order, without searching for copies. */
  restore(items: readonly { readonly article: CopyInput; readonly copyOf: string | null }[]): void {
    for (const { article } of items) this.register(this.entry(article), textHash(article.text));
    for (const { article, copyOf } of items) {
      if (copyOf === null || !this.entries.has(copyOf)) continue;
      this.groups.delete(article.id);
      this.entries.get(article.id)!.root = copyOf;
      this.groups.get(copyOf)?.add(article.id);
    }
  }

  private entry(article: CopyInput): Entry {
    const parsed = article.published ? Date.parse(article.published) : NaN;
    return { id: article.id, when: Number.isNaN(parsed) ? Infinity : parsed, order: this.arrivals++, signature: minhash(article.text), root: article.id };
  }

  private register(entry: Entry, hash: string): void {
    this.entries.set(entry.id, entry);
    this.groups.set(entry.id, new Set([entry.id]));
    if (!this.byHash.has(hash)) this.byHash.set(hash, entry.id);
    if (entry.signature.shingles < this.minShingles) return;
    for (const key of this.bandKeys(entry.signature)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(entry.id);
      else this.buckets.set(key, [entry.id]);
    }
  }

  private nearest(entry: Entry): string | null {
    if (entry.signature.shingles < this.minShingles) return null;
    const seen = new Set<string>();
    let best: string | null = null;
    let bestScore = 0;
    for (const key of this.bandKeys(entry.signature)) {
      for (const id of this.buckets.get(key) ?? []) {
        if (seen.has(id) || id === entry.id) continue;
        seen.add(id);
        const other = this.entries.get(id)!.signature;
        if (jaccardEstimate(entry.signature, other) < this.minJaccard) continue;
        const score = overlapEstimate(entry.signature, other);
        if (score >= this.minOverlap && score > bestScore) {
          best = id;
          bestScore = score;
        }
      }
    }
    return best;
  }

  private bandKeys(signature: MinHashSignature): string[] {
    const keys: string[] = [];
    for (let b = 0; b < this.bands; b++) {
      const part = signature.values.subarray(b * this.rows, (b + 1) * this.rows);
      keys.push(`${b}:${part.join(',')}`);
    }
    return keys;
  }

  private before(a: Entry, b: Entry): boolean {
    return a.when !== b.when ? a.when < b.when : a.order < b.order;
  }

  private similarity(a: Entry, b: Entry): number {
    return Math.round(overlapEstimate(a.signature, b.signature) * 1000) / 1000;
  }
}
