import { ApiError } from './api-error.js';
import { h } from './dom.js';

/** What a page shows: its title and its content. */
export interface PageView {
  readonly title: string;
  readonly node: Node;
  /** Runs once the node is in the document (for what needs its size, such as a graph canvas). */
  readonly mounted?: () => void;
}

/** A page: from the path's captured (decoded) parts and the query, its view. */
export type Page = (params: readonly string[], query: URLSearchParams) => Promise<PageView>;

/** A path pattern (matched against the whole path) and its page. */
export interface Route {
  readonly pattern: RegExp;
  readonly page: Page;
}

let current: { readonly routes: readonly Route[]; readonly outlet: HTMLElement } | null = null;
let generation = 0;

/** The page shown for a missing article, entity or path. */
export function notFoundView(what: string): PageView {
  return {
    title: 'Not found',
    node: h('section', { class: 'not-found' }, h('h1', {}, 'Not found'), h('p', {}, what), h('p', {}, h('a', { href: '/' }, 'Back to search'))),
  };
}

function errorView(e: unknown): PageView {
  if (e instanceof ApiError && e.status === 404) return notFoundView(e.detail);
  const detail = e instanceof ApiError ? `${e.detail} (${e.code}, HTTP ${e.status})` : e instanceof Error ? e.message : String(e);
  return { title: 'Error', node: h('section', { class: 'error', role: 'alert' }, h('h1', {}, 'Something went wrong'), h('p', {}, detail)) };
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

async function show(focus: boolean): Promise<void> {
  if (!current) return;
  const { routes, outlet } = current;
  const mine = ++generation;
  const path = location.pathname;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav.site a')) {
    const here = a.pathname === '/' ? path === '/' : path.startsWith(a.pathname);
    if (here) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  outlet.setAttribute('aria-busy', 'true');
  let view: PageView;
  try {
    const route = routes.map((r) => ({ r, m: r.pattern.exec(path) })).find((x) => x.m !== null);
    view = route ? await route.r.page(route.m!.slice(1).map(decode), new URLSearchParams(location.search)) : notFoundView(`No page at ${path}.`);
  } catch (e) {
    view = errorView(e);
  }
  if (mine !== generation) return;
  document.title = `${view.title} · newsgraph`;
  outlet.replaceChildren(view.node);
  view.mounted?.();
  outlet.removeAttribute('aria-busy');
  if (focus) outlet.focus();
}

/** Goes to a path of the UI without reloading: a new history entry and its page. */
export function navigate(url: string): void {
  history.pushState(null, '', url);
  window.scrollTo(0, 0);
  void show(true);
}

/** Shows the page of the current path in `outlet` and follows same-origin links and history moves from then on. */
export function startRouter(routes: readonly Route[], outlet: HTMLElement): void {
  current = { routes, outlet };
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.target instanceof Element ? e.target.closest('a') : null;
    if (!(a instanceof HTMLAnchorElement) || a.target || a.hasAttribute('download') || a.origin !== location.origin || a.pathname.startsWith('/api/')) return;
    if (a.pathname === location.pathname && a.search === location.search && a.hash) return;
    e.preventDefault();
    navigate(a.pathname + a.search + a.hash);
  });
  window.addEventListener('popstate', () => void show(true));
  void show(false);
}
