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

/** Tuning of the clusterer. */
export interface StoryClustererOptions {
  /** Cosine similarity to a story's centroid needed to join it. */
  readonly threshold?: number;
  /** Days after which a story's pull halves. */
  readonly halfLifeDays?: number;
  /** How many times a title word counts against a body word. */
  readonly titleWeight?: number;
  /** How many times an entity counts against a body word. */
  readonly entityWeight?: number;
}

interface Story {
  readonly id: number;
  readonly centroid: Map<string, number>;
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
 */
export class StoryClusterer {
  private readonly stories = new Map<number, Story>();
  private nextId = 0;
  private readonly df = new Map<string, number>();
  private docs = 0;
  private readonly postings = new Map<string, Set<number>>();
  private readonly threshold: number;
  private readonly halfLife: number;
  private readonly titleWeight: number;
  private readonly entityWeight: number;

  constructor(options: StoryClustererOptions = {}) {
    this.threshold = options.threshold ?? 0.18;
    this.halfLife = options.halfLifeDays ?? 180;
    this.titleWeight = options.titleWeight ?? 3;
    this.entityWeight = options.entityWeight ?? 2;
  }

  /** Adds an article and returns the number of the story it joined or started. */
  add(article: StoryInput): number {
    const vector = this.learn(article);
    const day = dayOf(article.published);
    let best: Story | null = null;
    let bestScore = 0;
    for (const s of this.candidates(vector)) {
      let score = this.cosine(vector, s.centroid);
      if (day !== null && s.lastDay !== null) score *= 0.5 ** (Math.abs(day - s.lastDay) / this.halfLife);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return this.join(best && bestScore >= this.threshold ? best : this.open(this.nextId), vector, day);
  }

  /**
   * Adds an article to a given story (started if unknown) instead of the most similar one: for an
   * article known to copy another, and to rebuild the clusterer from stored assignments.
   */
  assign(article: StoryInput, story: number): number {
    return this.join(this.stories.get(story) ?? this.open(story), this.learn(article), dayOf(article.published));
  }

  private learn(article: StoryInput): Map<string, number> {
    const counts = this.counts(article);
    this.docs++;
    for (const t of counts.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    return this.weigh(counts);
  }

  private join(story: Story, vector: ReadonlyMap<string, number>, day: number | null): number {
    for (const [t, w] of vector) {
      story.centroid.set(t, (story.centroid.get(t) ?? 0) + w);
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = new Set()));
      p.add(story.id);
    }
    story.size++;
    if (day !== null) story.lastDay = story.lastDay === null ? day : Math.max(story.lastDay, day);
    return story.id;
  }

  private open(id: number): Story {
    const s: Story = { id, centroid: new Map(), lastDay: null, size: 0 };
    this.stories.set(id, s);
    this.nextId = Math.max(this.nextId, id + 1);
    return s;
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

  private cosine(v: ReadonlyMap<string, number>, centroid: ReadonlyMap<string, number>): number {
    let dot = 0;
    let norm = 0;
    for (const w of centroid.values()) norm += w * w;
    for (const [t, w] of v) dot += w * (centroid.get(t) ?? 0);
    return norm ? dot / Math.sqrt(norm) : 0;
  }
}
