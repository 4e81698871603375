import { textId } from '../analyze/document.js';
import { analyzeInOrder, type AnalyzeArticle } from '../analyze/pool/analyze-in-order.js';
import type { RecordWriter } from '../ingest/record-writer.js';
import type { Article } from '../read/article.js';
import { decodeBytes } from '../read/decode-bytes.js';
import { declaredCharset } from '../read/html-charset.js';
import { ReadError } from '../read/read-error.js';
import { readFeed } from '../read/read-feed.js';
import { readInputs } from '../read/read-inputs.js';
import type { ReadOutcome } from '../read/read-outcome.js';
import type { PoliteFetcher } from './polite-fetcher.js';
import { NEW_FEED, withSeen, type WatchState } from './watch-state.js';

/** What one poll needs: the feeds, the state to start from, and how to fetch, analyse and store. */
export interface PollOptions {
  readonly feeds: readonly string[];
  readonly state: WatchState;
  readonly fetcher: PoliteFetcher;
  /** Fetch each new item's page for the full text (the feed's own text when that fails); false: the feed's text only. */
  readonly pages: boolean;
  readonly allowPrivate: boolean;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly analyze: AnalyzeArticle;
  /** Articles analysed at once. */
  readonly window: number;
  readonly writer: RecordWriter;
  /** Called after each feed with the state so far, to save it. */
  readonly save: (state: WatchState) => void;
  /** A line worth telling the user: a feed or item that failed, or a page read from the feed's text instead. */
  readonly report: (message: string) => void;
}

/** What one poll did. */
export interface PollSummary {
  readonly feeds: number;
  /** Feeds that answered 304 Not Modified. */
  readonly notModified: number;
  /** Items not seen before. */
  readonly newItems: number;
  readonly failed: readonly string[];
  readonly state: WatchState;
}

/** The key an item is remembered by: its id (guid), else its link, else its text's hash. */
export function itemKey(article: Article): string {
  return article.id ? String(article.id) : article.url ?? textId(article.text);
}

async function withPage(item: Article, options: PollOptions): Promise<ReadOutcome> {
  if (!options.pages || !item.url || !/^https?:\/\//i.test(item.url)) return { ok: true, article: item };
  const url = item.url;
  const page = await options.fetcher.inTurn(url, async (): Promise<Article | string> => {
    let why = 'no article in the page';
    try {
      for await (const outcome of readInputs([url], { allowPrivate: options.allowPrivate, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes })) {
        if (outcome.ok) return outcome.article;
        why = outcome.error.message;
      }
    } catch (e) {
      why = (e as Error).message;
    }
    return why;
  });
  if (typeof page !== 'string') {
    const article: Article = {
      ...page,
      id: itemKey(item),
      title: page.title ?? item.title ?? null,
      published: page.published ?? item.published ?? null,
      source: item.source ?? page.source ?? null,
      url,
      language: item.language ?? page.language ?? null,
      byline: page.byline ?? item.byline ?? null,
      origin: `${item.origin ?? url} (${url})`,
    };
    return { ok: true, article };
  }
  options.report(`${item.origin ?? url}: page not read (${page}); stored the feed's text instead`);
  return { ok: true, article: item };
}

async function* fresh(items: readonly Article[], options: PollOptions): AsyncGenerator<ReadOutcome> {
  for (const item of items) yield await withPage(item, options);
}

/**
 * Polls every feed once: a conditional GET (ETag / Last-Modified of the last answer), the items not
 * seen before (oldest first) with their pages fetched politely, analysed and stored; then the feed's
 * validators and seen items are saved. A crash before the save re-reads the same items on the next
 * run (storing them again changes nothing), so a restart resumes where the watcher stopped.
 */
export async function pollFeeds(options: PollOptions): Promise<PollSummary> {
  let state = options.state;
  let notModified = 0;
  let newItems = 0;
  const failed: string[] = [];
  const fail = (message: string): void => {
    failed.push(message);
    options.report(message);
  };
  for (const url of options.feeds) {
    const prev = state.feeds[url] ?? NEW_FEED;
    const checked = new Date().toISOString();
    let items: Article[];
    let validators;
    try {
      const fetched = await options.fetcher.fetch(url, prev);
      if (fetched.notModified) {
        notModified++;
        state = { ...state, feeds: { ...state.feeds, [url]: { ...prev, checked } } };
        options.save(state);
        continue;
      }
      validators = { etag: fetched.etag, lastModified: fetched.lastModified };
      const outcomes = readFeed(decodeBytes(fetched.bytes, url, declaredCharset(fetched.bytes, fetched.contentType)), url);
      items = [];
      for (const o of outcomes) {
        if (!o.ok) fail(o.error.message);
        else if (!prev.seen.includes(itemKey(o.article))) items.push(o.article);
      }
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
      fail(e.message);
      continue;
    }
    items.reverse();
    newItems += items.length;
    for await (const result of analyzeInOrder(fresh(items, options), options.analyze, options.window)) {
      if (result.ok) await options.writer.add(result.record);
      else fail(result.message);
    }
    await options.writer.flush();
    state = { ...state, feeds: { ...state.feeds, [url]: withSeen({ ...prev, ...validators, checked }, items.map(itemKey)) } };
    options.save(state);
  }
  return { feeds: options.feeds.length, notModified, newItems, failed, state };
}
