import { createHash } from 'node:crypto';
import { BandIndex } from './band-index.js';
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

/** Thresholds and bounds of copy detection. */
export interface CopyDetectorOptions {
  /** Least estimated Jaccard similarity of the shingle sets. */
  readonly minJaccard?: number;
  /** Least estimated share of the shorter text's shingles found in the other. */
  readonly minOverlap?: number;
  /** LSH bands the signature is cut into (rows per band = permutations / bands). */
  readonly bands?: number;
  /** Texts with fewer shingles (a line of boilerplate, a failed extraction) are never matched, not even exactly. */
  readonly minShingles?: number;
  /** How many of the most recent articles are kept to be matched (16,384 by default); older ones are forgotten. */
  readonly window?: number;
  /** Most recent articles kept per LSH row (8 by default): a band shared by many articles keeps its latest. */
  readonly bucketDepth?: number;
}

interface Entry {
  readonly id: string;
  readonly when: number;
  readonly order: number;
  readonly shingles: number;
  readonly hash: number;
  live: boolean;
  root: string;
  rootWhen: number;
  rootOrder: number;
}

const P = MINHASH_PERMUTATIONS;
const FIRST_SLOTS = 256;
const MIN_ROW_BITS = 10;

/** The hash exact copies share: sha256 of the text with white space collapsed. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/**
 * Finds copies among articles as they arrive: exact copies by text hash, near copies and light
 * rewrites by MinHash over word shingles with LSH banding. Copies form groups; each member links to
 * the group's earliest article (by published date, then by arrival), which may change as older
 * versions arrive late.
 *
 * Its memory is bounded: only the `window` most recent articles are kept (signatures in one typed
 * array, used as a ring), and the LSH index is a fixed table keeping the most recent articles of
 * each row. So an article is matched only to one of the last `window` arrivals, and when an earlier
 * version arrives late, only the copies still in the window are relinked to it. A copy whose group's
 * earliest version has left the window still links to it, with the similarity to the article it matched.
 */
export class CopyDetector {
  private entries: (Entry | undefined)[] = [];
  private signatures: Uint32Array;
  private index: BandIndex;
  private readonly arrivalOf = new Map<string, number>();
  private readonly byHash = new Map<number, number>();
  private seen: Uint32Array;
  private query = 0;
  private arrivals = 0;
  private readonly minJaccard: number;
  private readonly minOverlap: number;
  private readonly bands: number;
  private readonly rows: number;
  private readonly minShingles: number;
  private readonly window: number;
  private readonly depth: number;

  constructor(options: CopyDetectorOptions = {}) {
    this.minJaccard = options.minJaccard ?? 0.25;
    this.minOverlap = options.minOverlap ?? 0.5;
    this.bands = options.bands ?? 64;
    this.rows = Math.max(1, Math.floor(P / this.bands));
    this.minShingles = options.minShingles ?? 20;
    this.window = Math.max(1, options.window ?? 16_384);
    this.depth = Math.max(1, options.bucketDepth ?? 8);
    this.index = new BandIndex(this.bands, this.rows, MIN_ROW_BITS, this.depth);
    this.seen = new Uint32Array(Math.min(this.window, FIRST_SLOTS));
    this.signatures = new Uint32Array(this.seen.length * P);
  }

  /** Articles held (at most the window). */
  get size(): number {
    return this.arrivalOf.size;
  }

  /** Bytes of the typed arrays held: signatures, the LSH table and the marks of one search. */
  get typedBytes(): number {
    return this.signatures.byteLength + this.index.rows * this.depth * 4 + this.seen.byteLength;
  }

  /** Whether an article is held (among the window's arrivals and not replaced). */
  has(id: string): boolean {
    return this.arrivalOf.has(id);
  }

  /** Adds an article (one held under the same id is replaced), finds what it copies and returns the links that changed. */
  add(article: CopyInput): CopyResult {
    this.forget(article.id);
    const hash = hashKey(textHash(article.text));
    const signature = minhash(article.text);
    this.evictFor(this.arrivals);
    const byText = signature.shingles < this.minShingles ? undefined : this.byHash.get(hash);
    const exact = byText === undefined ? undefined : this.at(byText);
    const matched = exact ?? this.nearest(signature);
    const entry = this.register(article, signature, hash);
    if (matched === null) return { matched: null, links: [{ id: entry.id, copyOf: null, similarity: null }] };
    const oldRoot = matched.root;
    if (this.before(entry.when, entry.order, matched.rootWhen, matched.rootOrder)) {
      const links: CopyLink[] = [{ id: entry.id, copyOf: null, similarity: null }];
      this.eachLive((member, slot) => {
        if (member.root !== oldRoot) return;
        this.setRoot(member, entry);
        links.push({ id: member.id, copyOf: entry.id, similarity: this.similarity(slot, this.slotOf(entry.order)) });
      });
      return { matched: matched.id, links };
    }
    entry.root = oldRoot;
    entry.rootWhen = matched.rootWhen;
    entry.rootOrder = matched.rootOrder;
    const rootArrival = this.arrivalOf.get(oldRoot);
    const against = rootArrival === undefined ? matched.order : rootArrival;
    const similarity = exact !== undefined && exact.id === oldRoot ? 1 : this.similarity(this.slotOf(entry.order), this.slotOf(against));
    return { matched: matched.id, links: [{ id: entry.id, copyOf: oldRoot, similarity }] };
  }

  /**
   * Registers articles whose links are already known (as stored), in arrival order, without
   * searching for copies; of a long list only the last `window` are kept.
   */
  restore(items: readonly { readonly article: CopyInput; readonly copyOf: string | null }[]): void {
    for (const { article } of items) {
      this.forget(article.id);
      this.evictFor(this.arrivals);
      this.register(article, minhash(article.text), hashKey(textHash(article.text)));
    }
    for (const { article, copyOf } of items) {
      const self = this.at(this.arrivalOf.get(article.id));
      const root = copyOf === null ? undefined : this.at(this.arrivalOf.get(copyOf));
      if (self && root) this.setRoot(self, root);
    }
  }

  private forget(id: string): void {
    const arrival = this.arrivalOf.get(id);
    if (arrival === undefined) return;
    const entry = this.at(arrival)!;
    entry.live = false;
    this.arrivalOf.delete(id);
    if (this.byHash.get(entry.hash) === arrival) this.byHash.delete(entry.hash);
    this.eachLive((member) => {
      if (member.root === id) this.setRoot(member, member);
    });
  }

  private evictFor(arrival: number): void {
    if (arrival < this.window) return;
    const old = this.entries[arrival % this.window];
    if (old?.live) this.forgetEvicted(old);
  }

  private forgetEvicted(entry: Entry): void {
    entry.live = false;
    if (this.arrivalOf.get(entry.id) === entry.order) this.arrivalOf.delete(entry.id);
    if (this.byHash.get(entry.hash) === entry.order) this.byHash.delete(entry.hash);
  }

  private register(article: CopyInput, signature: MinHashSignature, hash: number): Entry {
    const parsed = article.published ? Date.parse(article.published) : NaN;
    const when = Number.isNaN(parsed) ? Infinity : parsed;
    const order = this.arrivals++;
    const entry: Entry = { id: article.id, when, order, shingles: signature.shingles, hash, live: true, root: article.id, rootWhen: when, rootOrder: order };
    const slot = this.slotOf(order);
    this.grow(slot + 1);
    this.entries[slot] = entry;
    this.signatures.set(signature.values, slot * P);
    this.arrivalOf.set(entry.id, order);
    if (!this.byHash.has(hash)) this.byHash.set(hash, order);
    if (entry.shingles >= this.minShingles) this.index.add(this.signatures, slot * P, slot);
    return entry;
  }

  private grow(slots: number): void {
    if (slots > this.seen.length) {
      const size = Math.min(this.window, this.seen.length * 2);
      const signatures = new Uint32Array(size * P);
      signatures.set(this.signatures);
      this.signatures = signatures;
      this.seen = new Uint32Array(size);
    }
    const wanted = Math.min(this.window, slots) * this.bands;
    if (this.index.rows * this.depth >= wanted) return;
    const bits = Math.ceil(Math.log2(wanted / this.depth));
    this.index = new BandIndex(this.bands, this.rows, bits, this.depth);
    this.eachLive((entry, slot) => {
      if (entry.shingles >= this.minShingles) this.index.add(this.signatures, slot * P, slot);
    });
  }

  private nearest(signature: MinHashSignature): Entry | null {
    if (signature.shingles < this.minShingles) return null;
    const mark = ++this.query;
    let best: Entry | null = null;
    let bestScore = 0;
    this.index.candidates(signature.values, 0, (slot) => {
      if (this.seen[slot] === mark) return;
      this.seen[slot] = mark;
      const entry = this.entries[slot];
      if (!entry?.live) return;
      const other = this.signatureAt(slot, entry.shingles);
      if (jaccardEstimate(signature, other) < this.minJaccard) return;
      const score = overlapEstimate(signature, other);
      if (score >= this.minOverlap && score > bestScore) {
        best = entry;
        bestScore = score;
      }
    });
    return best;
  }

  private eachLive(visit: (entry: Entry, slot: number) => void): void {
    for (let a = Math.max(0, this.arrivals - this.window); a < this.arrivals; a++) {
      const slot = this.slotOf(a);
      const entry = this.entries[slot];
      if (entry?.live) visit(entry, slot);
    }
  }

  private at(arrival: number | undefined): Entry | undefined {
    return arrival === undefined ? undefined : this.entries[this.slotOf(arrival)];
  }

  private slotOf(arrival: number): number {
    return arrival % this.window;
  }

  private signatureAt(slot: number, shingles: number): MinHashSignature {
    return { values: this.signatures.subarray(slot * P, (slot + 1) * P), shingles };
  }

  private setRoot(entry: Entry, root: Entry): void {
    entry.root = root.id;
    entry.rootWhen = root.when;
    entry.rootOrder = root.order;
  }

  private before(aWhen: number, aOrder: number, bWhen: number, bOrder: number): boolean {
    return aWhen !== bWhen ? aWhen < bWhen : aOrder < bOrder;
  }

  private similarity(a: number, b: number): number {
    const x = this.signatureAt(a, this.entries[a]!.shingles);
    const y = this.signatureAt(b, this.entries[b]!.shingles);
    return Math.round(overlapEstimate(x, y) * 1000) / 1000;
  }
}

function hashKey(hex: string): number {
  return parseInt(hex.slice(0, 13), 16);
}
