import { h, uiPath } from './dom.js';

/** A link to an article page, named by the article's title (or its id when it has none). */
export function articleLink(id: string, title: string | null): HTMLAnchorElement {
  return h('a', { href: uiPath('articles', id) }, title ?? `Article ${id.slice(0, 12)}`);
}

/** A link to an entity's profile. */
export function entityLink(key: string, name: string): HTMLAnchorElement {
  return h('a', { href: uiPath('entities', key) }, name);
}

/** A link to the timeline of two actors. */
export function dyadLink(a: string, b: string, text = `${a} and ${b}`): HTMLAnchorElement {
  return h('a', { href: uiPath('dyads', a, b) }, text);
}

/** A search snippet with the terms the server marked `«like this»` in bold; everything stays text. */
export function snippet(text: string): HTMLElement {
  return h(
    'p',
    { class: 'snippet' },
    text.split(/(«[^«»]*»)/).map((part) => (part.startsWith('«') && part.endsWith('»') && part.length > 1 ? h('b', {}, part.slice(1, -1)) : part)),
  );
}
