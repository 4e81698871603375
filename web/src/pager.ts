import { h } from './dom.js';

/** Links to the previous and next page of a list: the current query with `page` changed. */
export function pager(query: URLSearchParams, page: number, hasMore: boolean): HTMLElement | null {
  if (page <= 1 && !hasMore) return null;
  const to = (n: number): string => {
    const q = new URLSearchParams(query);
    if (n <= 1) q.delete('page');
    else q.set('page', String(n));
    const qs = q.toString();
    return `${location.pathname}${qs ? `?${qs}` : ''}`;
  };
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    page > 1 ? h('a', { href: to(page - 1), rel: 'prev' }, '← Previous') : null,
    h('span', {}, `Page ${page}`),
    hasMore ? h('a', { href: to(page + 1), rel: 'next' }, 'Next →') : null,
  );
}

/** The `page` of a query: a whole number from 1, else 1. */
export function pageOf(query: URLSearchParams): number {
  const n = Number(query.get('page'));
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
