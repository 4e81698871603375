import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Hostile strings: each, if it ever reached the page as markup or a link, would set
 * `window.__pwned` or open a dialog.
 */
export const PAYLOADS: readonly string[] = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '"><svg onload="window.__pwned = \'svg\'">',
  "<a href=\"javascript:window.__pwned='href'\">click</a>",
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  "'><details open ontoggle=alert('toggle')>",
  '<style>body{display:none}</style>',
];

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const [script, img, svgLoad, jsLink, iframe, toggle, style] = PAYLOADS as [string, string, string, string, string, string, string];

/** One article a line, every field hostile, with real news text around the payloads so entities, quotes and claims are found in them. */
const JSONL = [
  {
    id: 'xss-jsonl-1',
    title: `${script} Iran and Russia ${svgLoad} sign drone deal`,
    published: '2024-05-02',
    source: `${img} Wire`,
    url: "javascript:window.__pwned='url'",
    text: `Iranian President Masoud Pezeshkian ${img} met Russian President Vladimir Putin in Tehran on Monday ${jsLink}.\n\n"We will ${script} deepen our ties," Putin said. Iran denied ${iframe} that it sent drones to Russia.\n`,
  },
  {
    id: 'xss-jsonl-2',
    title: `${toggle}${style}`,
    published: '2024-05-03',
    source: svgLoad,
    url: 'https://example.org/"><script>window.__pwned=1</script>',
    text: `According to ${svgLoad} officials, Russia ${toggle} launched missiles at Kharkiv on Tuesday, Ukrainian President Volodymyr Zelensky said ${style}.\n`,
  },
];

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>${escapeXml(`${svgLoad} Hostile Feed`)}</title>
<link>https://hostile.example/</link>
<description>a feed of hostile strings</description>
<item>
  <title>${escapeXml(`${script} Germany sanctions Iran`)}</title>
  <link>javascript:window.__pwned='feed-link'</link>
  <pubDate>Wed, 04 Sep 2024 10:00:00 +0000</pubDate>
  <description><![CDATA[<p>Germany imposed sanctions on Iran on Tuesday. <img src=x onerror="window.__pwned='feed-img'"> Berlin said &lt;script&gt;window.__pwned='feed-escaped'&lt;/script&gt; the move was final.</p><script>window.__pwned='feed-script'</script>]]></description>
</item>
</channel></rss>
`;

const HTML = `<!doctype html><html><head><title>${escapeXml(script)} Turkey hosts talks</title>
<meta property="og:site_name" content="${escapeXml(svgLoad)}"><script>window.__pwned='html-head'</script></head>
<body><article><h1>${escapeXml(script)} Turkey hosts talks</h1>
<p>Turkish President Recep Tayyip Erdogan hosted Ukrainian President Volodymyr Zelensky in Ankara on Friday. ${escapeXml(img)}</p>
<p onclick="window.__pwned='html-onclick'">Erdogan said &lt;b onmouseover=alert(1)&gt;Turkey&lt;/b&gt; was ready to mediate between Ukraine and Russia.</p>
<script>window.__pwned='html-body'</script></article></body></html>
`;

/** A folder with the hostile inputs in every format the UI can be fed: JSON Lines, RSS and HTML. */
export function writeXssCorpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-xss-'));
  writeFileSync(path.join(dir, 'hostile.jsonl'), JSONL.map((o) => JSON.stringify(o)).join('\n') + '\n');
  writeFileSync(path.join(dir, 'hostile-feed.xml'), FEED);
  writeFileSync(path.join(dir, 'hostile-page.html'), HTML);
  return dir;
}

/** An article posted through the API with hostile fields. */
export const POSTED = {
  title: `${jsLink}${img}`,
  source: script,
  url: 'javascript:alert(document.domain)',
  published: '2024-06-01',
  text: `Chinese President Xi Jinping ${svgLoad} visited Brazil on Wednesday and signed trade deals with Brazilian President Luiz Inacio Lula da Silva ${script}.\n`,
};
