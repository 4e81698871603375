import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReadError } from '../../src/read/read-error.js';
import { readHtml } from '../../src/read/read-html.js';

const page = (head: string, inner: string): string => `<!doctype html><html><head>${head}</head><body>${inner}</body></html>`;
const filler = 'The ferry company said the new timetable would start in the first week of the spring season, pending approval.';

const noText: readonly { readonly name: string; readonly html: string }[] = [
  { name: 'an empty body', html: page('<title>Nothing</title>', '') },
  { name: 'a page rendered by script only', html: page('<script>var state = {"story": "elsewhere"};</script>', '<div id="app"></div><script src="app.js"></script>') },
  { name: 'a page of furniture only', html: page('', '<nav><a href="/">Home</a> <a href="/world">World</a></nav><aside><p>Most read today</p></aside><footer><p>Contact us</p></footer>') },
  { name: 'white space and comments only', html: page('', '  <!-- nothing here -->\n\n  ') },
];

for (const c of noText) {
  test(`readHtml rejects: ${c.name} is no-text`, () => {
    assert.throws(
      () => readHtml(c.html, 'bad.html'),
      (e: unknown) => e instanceof ReadError && e.code === 'no-text' && e.input === 'bad.html' && /^bad\.html: .+; expected .+/.test(e.message),
    );
  });
}

const kept: readonly { readonly name: string; readonly paragraph: string }[] = [
  { name: 'a paragraph starting with "Share prices"', paragraph: 'Share prices of the ferry company fell by four per cent after the announcement.' },
  { name: 'a paragraph starting with "More than"', paragraph: 'More than 300 passengers signed a petition against the earlier departure times.' },
  { name: 'a paragraph starting with "Copyright" that is news', paragraph: 'Copyright lawyers for the operator said the old logo could no longer be used on the boats.' },
  { name: 'a paragraph mentioning "related" mid-sentence', paragraph: 'Officials said related costs, such as new signs at the piers, would be shared.' },
  { name: 'a paragraph starting with "Subscribers"', paragraph: 'Subscribers to the season pass will get a refund for the weeks without service.' },
];

for (const c of kept) {
  test(`readHtml does not remove: ${c.name}`, () => {
    const article = readHtml(page('', `<article><p>${filler}</p><p>${c.paragraph}</p><p>${filler.replace('ferry', 'bus')}</p></article>`), 'ok.html');
    assert.ok(article.text.includes(c.paragraph), article.text);
  });
}

const metadata: readonly { readonly name: string; readonly head: string; readonly field: 'published' | 'byline' | 'url'; readonly value: string | null }[] = [
  { name: 'an unreadable date gives no date', head: '<meta property="article:published_time" content="sometime last spring">', field: 'published', value: null },
  { name: 'broken JSON-LD is ignored', head: '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>', field: 'published', value: null },
  { name: 'an impossible date gives no date', head: '<meta name="date" content="2024-02-31">', field: 'published', value: null },
  { name: 'an author URL is no byline', head: '<meta property="article:author" content="https://social.example/somebody">', field: 'byline', value: null },
  { name: 'a relative canonical link without a page URL gives no URL', head: '<link rel="canonical" href="/story/1">', field: 'url', value: null },
];

for (const c of metadata) {
  test(`readHtml metadata: ${c.name}`, () => {
    const article = readHtml(page(c.head, `<article><p>${filler}</p><p>${filler}</p></article>`), 'meta.html');
    assert.equal(article[c.field], c.value);
  });
}

test('readHtml does not cut the article at a comments link above it', () => {
  const paragraphs = [filler, filler.replace('ferry', 'tram'), filler.replace('ferry', 'bus')];
  const html = page('', `<article><div class="top-links"><span>12 Comments</span></div>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`);
  assert.ok(readHtml(html, 'ok.html').text.endsWith(paragraphs.join('\n\n')));
});
