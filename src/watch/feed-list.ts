import { WatchError } from './watch-error.js';

/**
 * The feed URLs of a feed list: one http(s) URL a line; blank lines and `#` comments are skipped;
 * a URL listed twice is kept once.
 * @throws WatchError `feed-list` naming the file and line of the first entry that is not an http(s) URL, or when no feed is listed.
 */
export function parseFeedList(text: string, file: string): readonly string[] {
  const urls: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const url = URL.canParse(line) ? new URL(line) : null;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new WatchError('feed-list', `${file}:${i + 1}: ${JSON.stringify(line)} is not a feed URL; expected one http(s) URL a line (# starts a comment)`);
    }
    if (!urls.includes(url.href)) urls.push(url.href);
  });
  if (!urls.length) throw new WatchError('feed-list', `${file}: lists no feed; expected one http(s) URL a line`);
  return urls;
}
