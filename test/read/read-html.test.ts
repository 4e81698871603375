import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from '../../src/read/read-html.js';

const para = (s: string): string => `<p>${s}</p>`;
const body = [
  'The county road board agreed on Monday to resurface the coast road between Arlen and Sutter Bay before the winter storms arrive.',
  'Board member Priya Nandakumar said the work would take six weeks and that one lane would stay open to traffic at all times.',
  'Local hauliers had asked for the repairs since spring, when a delivery truck lost a wheel in one of the deeper holes.',
];
const page = (head: string, inner: string): string => `<!doctype html><html lang="en-US"><head>${head}</head><body>${inner}</body></html>`;

interface Case {
  readonly name: string;
  readonly html: string;
  readonly pageUrl?: string;
  /** Fields compared exactly. */
  readonly fields?: Readonly<Record<string, unknown>>;
  readonly contains?: readonly string[];
  readonly absent?: readonly string[];
}

const cases: readonly Case[] = [
  {
    name: 'paragraphs are separated by one blank line, inline markup and white space collapse',
    html: page('<title>Road</title>', `<article>${para('The county road board <b>agreed</b>\n   on Monday.')}${body.slice(1).map(para).join('\n')}</article>`),
    fields: { text: ['The county road board agreed on Monday.', ...body.slice(1)].join('\n\n') },
  },
  {
    name: 'JSON-LD gives date, author, publisher and headline when meta tags are missing',
    html: page(
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Coast road to be resurfaced","datePublished":"2024-09-30T16:05:00+01:00","author":[{"@type":"Person","name":"Ines Caro"},{"@type":"Person","name":"Bo Lind"}],"publisher":{"@type":"Organization","name":"Arlen Post"},"url":"https://post.example/road"}]}</script>',
      `<article>${body.map(para).join('')}</article>`,
    ),
    fields: { title: 'Coast road to be resurfaced', published: '2024-09-30T16:05:00+01:00', byline: 'Ines Caro, Bo Lind', source: 'Arlen Post', url: 'https://post.example/road', language: 'en' },
  },
  {
    name: 'a <time datetime> gives the date when nothing else does',
    html: page('<title>Coast road</title>', `<article><time datetime="2024-09-30">30 Sept</time>${body.map(para).join('')}</article>`),
    fields: { published: '2024-09-30', title: 'Coast road' },
  },
  {
    name: 'relative canonical link resolved against the page URL',
    html: page('<link rel="canonical" href="/news/road">', `<article>${body.map(para).join('')}</article>`),
    pageUrl: 'https://post.example/amp/road?x=1',
    fields: { url: 'https://post.example/news/road' },
  },
  {
    name: 'an ad block, share bar and newsletter box inside the article are removed',
    html: page('', `<article>${para(body[0]!)}<div class="advert-wrapper">${para('Advertisement: discount tyres this week only at Wheel Barn.')}</div><ul class="social-share"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li></ul>${para(body[1]!)}<section class="newsletter-signup"><h3>Morning briefing</h3>${para('Get our briefing in your inbox.')}</section>${para(body[2]!)}</article>`),
    contains: body,
    absent: ['Wheel Barn', 'Facebook', 'Morning briefing', 'inbox'],
  },
  {
    name: '"Read also", "More from" and "Related" lines with their link lists are removed',
    html: page('', `<article>${para(body[0]!)}${para('READ ALSO: <a href="/x">Bridge tolls to rise in March</a>')}${para(body[1]!)}<h3>Related stories</h3><ul><li><a href="/a">Harbour dredging starts</a></li><li><a href="/b">Bus lane plan dropped</a></li></ul>${para(body[2]!)}${para('More from the Arlen Post: <a href="/c">Weather</a>')}</article>`),
    contains: body,
    absent: ['Bridge tolls', 'Harbour dredging', 'Bus lane plan', 'More from'],
  },
  {
    name: 'hidden elements and page furniture (nav, aside, footer) are removed',
    html: page('', `<nav><a href="/">Home</a><a href="/news">News</a></nav><main><article>${para(body[0]!)}<div style="display:none">${para('Hidden survey text for robots.')}</div>${para(body[1]!)}${para(body[2]!)}<footer>${para('Tags: roads, Arlen, winter')}</footer></article></main><aside>${para('Most read: the best beaches of the year, ranked by readers who visited them.')}</aside>`),
    contains: body,
    absent: ['Hidden survey', 'Tags: roads', 'Most read', 'Home'],
  },
  {
    name: 'a container whose class names a boilerplate word but holds the article is kept',
    html: page('', `<div class="post-content has-sidebar">${body.map(para).join('')}</div><div class="sidebar">${para('Archive links for last year.')}</div>`),
    contains: body,
    absent: ['Archive links'],
  },
  {
    name: 'a dateline span inside a paragraph stays; a short caption goes; a caption with paragraphs stays',
    html: page('', `<article><p><span class="dateline">ARLEN – </span>${body[0]}</p><figure><img src="a.jpg"><figcaption>Workers on the coast road. Photo: Arlen Post</figcaption></figure>${para(body[1]!)}<figure><figcaption class="gallery-caption">${para('Slide two shows the worst stretch near the old lighthouse, where the asphalt has sunk by almost a hand width since the spring floods.')}</figcaption></figure>${para(body[2]!)}</article>`),
    contains: [`ARLEN – ${body[0]}`, 'Slide two shows the worst stretch'],
    absent: ['Photo: Arlen Post'],
  },
  {
    name: 'a comments section is cut; credit, date/category and paywall lines are removed',
    html: page('', `<article>${para(body[0]!)}<p><img src="m.png"><br><em>(Credit: Road Board)</em></p>${para(body[1]!)}${para('To continue reading this story, please subscribe.')}${para(body[2]!)}${para('News date : 09/30/2024 Category : Roads')}<h3>3 Comments</h3>${para('Great news, finally! Posted by a reader.')}${para('About time they fixed it, I have waited for years and years.')}</article>`),
    contains: body,
    absent: ['Credit', 'continue reading', 'Category', 'Comments', 'Great news', 'About time'],
  },
  {
    name: 'a <noscript> holding the article is read',
    html: page('', `<div class="post-body"><noscript>${body.map(para).join('')}</noscript><div id="app"></div></div>`),
    contains: body,
  },
  {
    name: 'the title repeated as the first paragraph is dropped from the text',
    html: page('<meta property="og:title" content="Coast road to be resurfaced">', `<article><h1>Coast road to be resurfaced</h1>${body.map(para).join('')}</article>`),
    fields: { title: 'Coast road to be resurfaced', text: body.join('\n\n') },
  },
  {
    name: 'JSON-LD articleBody replaces a text the page renders by script',
    html: page(
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Road","articleBody":${JSON.stringify(body.join('\n'))}}</script>`,
      '<article><p>Loading the story, please wait.</p></article>',
    ),
    fields: { text: body.join('\n\n') },
  },
];

for (const c of cases) {
  test(`readHtml: ${c.name}`, () => {
    const article = readHtml(c.html, 'case.html', c.pageUrl ?? null);
    for (const [k, v] of Object.entries(c.fields ?? {})) assert.deepEqual(article[k as keyof typeof article], v, k);
    for (const s of c.contains ?? []) assert.ok(article.text.includes(s), `missing ${JSON.stringify(s)} in ${JSON.stringify(article.text)}`);
    for (const s of c.absent ?? []) assert.ok(!article.text.includes(s), `leaked ${JSON.stringify(s)} in ${JSON.stringify(article.text)}`);
  });
}
