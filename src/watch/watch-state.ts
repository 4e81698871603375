import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { WatchError } from './watch-error.js';

/** What the watcher remembers of one feed between polls and restarts. */
export interface FeedState {
  /** Validators of the last 200 answer, sent back as `If-None-Match` / `If-Modified-Since`. */
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** When the feed was last polled (ISO 8601). */
  readonly checked: string | null;
  /** Keys (id, else URL) of the items already stored, newest last; at most {@link SEEN_LIMIT}. */
  readonly seen: readonly string[];
}

/** The watcher's state file: one entry per feed URL. */
export interface WatchState {
  readonly format: 'newsgraph.watch/1';
  readonly feeds: Readonly<Record<string, FeedState>>;
}

/** Item keys remembered per feed (far more than a feed lists at once). */
export const SEEN_LIMIT = 5000;

/** A feed not polled yet. */
export const NEW_FEED: FeedState = { etag: null, lastModified: null, checked: null, seen: [] };

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isNullableString = (v: unknown): boolean => v === null || typeof v === 'string';

/**
 * Reads the state file; a missing file is an empty state.
 * @throws WatchError `state` naming the file when it is not a watch state.
 */
export function loadWatchState(file: string): WatchState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { format: 'newsgraph.watch/1', feeds: {} };
    throw new WatchError('state', `${file}: cannot read the watch state (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new WatchError('state', `${file}: not JSON (${(e as Error).message}); expected a newsgraph.watch/1 state file (delete it to start afresh)`);
  }
  const d = data as { format?: unknown; feeds?: unknown };
  if (d?.format !== 'newsgraph.watch/1' || typeof d.feeds !== 'object' || d.feeds === null) {
    throw new WatchError('state', `${file}: not a watch state; expected {"format":"newsgraph.watch/1","feeds":{…}} (delete it to start afresh)`);
  }
  for (const [url, f] of Object.entries(d.feeds as Record<string, Partial<FeedState>>)) {
    if (!isStrings(f?.seen) || !isNullableString(f.etag) || !isNullableString(f.lastModified) || !isNullableString(f.checked)) {
      throw new WatchError('state', `${file}: the entry of ${url} is not a feed state; expected {etag, lastModified, checked, seen[]}`);
    }
  }
  return data as WatchState;
}

/** Writes the state file atomically (a temporary file renamed over it), so a crash never leaves half a file. */
export function saveWatchState(file: string, state: WatchState): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 1)}\n`);
  renameSync(tmp, file);
}

/** A feed's state with more items seen, keeping the newest {@link SEEN_LIMIT}. */
export function withSeen(feed: FeedState, keys: readonly string[]): FeedState {
  const seen = [...feed.seen.filter((k) => !keys.includes(k)), ...keys];
  return { ...feed, seen: seen.slice(-SEEN_LIMIT) };
}
