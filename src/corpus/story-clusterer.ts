import { termCounts, type TermCounts } from './term-counts.js';

/** What the clusterer needs of an article. */
export interface StoryInput {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  /** YYYY-MM-DD or a datetime; null when unknown. */
  readonly published: string | null;
  /** Knowledge-base ids or names of the article's entities, when analysed. */
  readonly entities?: readonly string[];
}

/** Tuning and bounds of the clusterer. */
export interface StoryClustererOptions {
  /** Cosine similarity to a story's centroid needed to join it. */
  readonly threshold?: number;
  /** Days after which a story's pull halves. */
  readonly halfLifeDays?: number;
  /** How many times a title word counts against a body word. */
  readonly titleWeight?: number;
  /** How many times an entity counts against a body word. */
  readonly entityWeight?: number;
  /** Terms a story's centroid keeps, its heaviest (1,024 by default); it is cut back to them once it holds twice as many. */
  readonly centroidTerms?: number;
  /**
   * Terms all open stories' centroids may hold together (100,000 by default): past that, the
   * stories joined least recently are closed, and no article can join a closed story again.
   */
  readonly openTerms?: number;
  /** Terms whose document frequency is counted (100,000 by default); past that, the rarest are dropped and counted again from 1. */
  readonly vocabulary?: number;
  /** The number the first story started gets (0 by default); later ones count up from the highest seen. */
  readonly firstStory?: number;
}

interface Story {
  readonly id: number;
  readonly centroid: Map<string, number>;
  norm: number | null;
  lastDay: number | null;
  size: number;
}

const DAY = 86_400_000;

function dayOf(published: string | null): number | null {
  if (!published) return null;
  const ms = Date.parse(published.slice(0, 10));
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY);
}

/**
 * Groups articles about the same news event into stories, incrementally: each new article joins
 * the story whose centroid is most similar (TF-IDF cosine over title, body and entities, damped by
 * the time since the story's last article), or starts a story of its own.
 *
 * Its memory is bounded: a centroid keeps its `centroidTerms` heaviest terms, the open stories'
 * centroids hold at most `openTerms` terms together (the stories joined least recently are closed
 * first), and document frequencies are counted for at most `vocabulary` terms.
 */
export class StoryClusterer {
  private readonly stories = new Map<number, Story>();
  private nextId: number;
  private readonly df = new Map<string, number>();
  private docs = 0;
  private readonly postings = new Map<string, Set<number>>();
  private readonly threshold: number;
  private readonly halfLife: number;
  private readonly titleWeight: number;
  private readonly entityWeight: number;
  private readonly centroidTerms: number;
  private readonly openTerms: number;
  private heldTerms = 0;
  private readonly vocabulary: number;

  constructor(options: StoryClustererOptions = {}) {
    this.threshold = options.threshold ?? 0.18;
    this.halfLife = options.halfLifeDays ?? 180;
    this.titleWeight = options.titleWeight ?? 3;
    this.entityWeight = options.entityWeight ?? 2;
    this.centroidTerms = Math.max(1, options.centroidTerms ?? 1024);
    this.openTerms = Math.max(1, options.openTerms ?? 100_000);
    this.vocabulary = Math.max(1, options.vocabulary ?? 100_000);
    this.nextId = options.firstStory ?? 0;
  }

  /** The number the next story started will get. */
  get nextStory(): number {
    return this.nextId;
  }

  /** What the clusterer holds: open stories, terms over all their centroids, terms with a document frequency. */
  get held(): { readonly stories: number; readonly centroidTerms: number; readonly vocabulary: number } {
    return { stories: this.stories.size, centroidTerms: this.heldTerms, vocabulary: this.df.size };
  }

  /** Adds an article and returns the number of the story it joined or started. */
  add(article: StoryInput): number {
    const vector = this.learn(article);
    const day = dayOf(article.published);
    let best: Story | null = null;
    let bestScore = 0;
    for (const s of this.candidates(vector)) {
      let score = this.cosine(vector, s);
      if (day !== null && s.lastDay !== null) score *= 0.5 ** (Math.abs(day - s.lastDay) / this.halfLife);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return this.join(best && bestScore >= this.threshold ? best : this.open(this.nextId), vector, day);
  }

  /**
   * Adds an article to a given story (started, or opened again, if not open) instead of the most
   * similar one: for an article known to copy another, and to rebuild the clusterer from stored assignments.
   */
  assign(article: StoryInput, story: number): number {
    return this.join(this.stories.get(story) ?? this.open(story), this.learn(article), dayOf(article.published));
  }

  private learn(article: StoryInput): Map<string, number> {
    const counts = this.counts(article);
    this.docs++;
    for (const t of counts.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    const vector = this.weigh(counts);
    if (this.df.size > this.vocabulary) this.dropRareTerms();
    return vector;
  }

  private join(story: Story, vector: ReadonlyMap<string, number>, day: number | null): number {
    this.heldTerms -= story.centroid.size;
    for (const [t, w] of vector) {
      story.centroid.set(t, (story.centroid.get(t) ?? 0) + w);
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = new Set()));
      p.add(story.id);
    }
    story.norm = null;
    story.size++;
    if (day !== null) story.lastDay = story.lastDay === null ? day : Math.max(story.lastDay, day);
    if (story.centroid.size > 2 * this.centroidTerms) this.cut(story);
    this.heldTerms += story.centroid.size;
    this.stories.delete(story.id);
    this.stories.set(story.id, story);
    for (const oldest of this.stories.values()) {
      if (this.heldTerms <= this.openTerms || oldest === story) break;
      this.close(oldest);
    }
    return story.id;
  }

  private open(id: number): Story {
    const s: Story = { id, centroid: new Map(), norm: null, lastDay: null, size: 0 };
    this.stories.set(id, s);
    this.nextId = Math.max(this.nextId, id + 1);
    return s;
  }

  private close(story: Story): void {
    for (const t of story.centroid.keys()) this.unpost(t, story.id);
    this.heldTerms -= story.centroid.size;
    this.stories.delete(story.id);
  }

  private cut(story: Story): void {
    const kept = new Set([...story.centroid].sort((a, b) => b[1] - a[1]).slice(0, this.centroidTerms).map(([t]) => t));
    for (const t of [...story.centroid.keys()]) {
      if (kept.has(t)) continue;
      story.centroid.delete(t);
      this.unpost(t, story.id);
    }
  }

  private unpost(term: string, story: number): void {
    const p = this.postings.get(term);
    if (!p) return;
    p.delete(story);
    if (p.size === 0) this.postings.delete(term);
  }

  private dropRareTerms(): void {
    for (let floor = 1; this.df.size > this.vocabulary / 2; floor++) {
      for (const [t, n] of this.df) if (n <= floor) this.df.delete(t);
    }
  }

  private counts(a: StoryInput): TermCounts {
    const c = termCounts(a.text);
    if (a.title) termCounts(a.title, this.titleWeight, c);
    for (const e of a.entities ?? []) c.set(`@${e}`, (c.get(`@${e}`) ?? 0) + this.entityWeight);
    return c;
  }

  private weigh(counts: TermCounts): Map<string, number> {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, n] of counts) {
      const w = (1 + Math.log(n)) * Math.log(1 + this.docs / (this.df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  }

  private candidates(vector: ReadonlyMap<string, number>): Story[] {
    const ids = new Set<number>();
    for (const t of vector.keys()) for (const id of this.postings.get(t) ?? []) ids.add(id);
    return [...ids].map((id) => this.stories.get(id)!);
  }

  private cosine(v: ReadonlyMap<string, number>, story: Story): number {
    if (story.norm === null) {
      let norm = 0;
      for (const w of story.centroid.values()) norm += w * w;
      story.norm = norm;
    }
    let dot = 0;
    for (const [t, w] of v) dot += w * (story.centroid.get(t) ?? 0);
    return story.norm ? dot / Math.sqrt(story.norm) : 0;
  }
}
