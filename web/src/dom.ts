/** What an element can hold: nodes and strings (always as text, never parsed as HTML); nullish and false are skipped. */
export type Child = Node | string | number | null | undefined | false;

/** Attributes and listeners of an element: `on<event>` functions are listeners, `class` the class list, the rest attributes. */
export type Props = Readonly<Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>>;

function apply(el: Element, props: Props, children: readonly (Child | readonly Child[])[]): void {
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element with attributes, listeners and children; strings become text nodes, never markup. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Child | readonly Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, props, children);
  return el;
}

/** An SVG element, built as {@link h} builds HTML ones. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, props: Props = {}, ...children: (Child | readonly Child[])[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  apply(el, props, children);
  return el;
}

/** The URL when it is an absolute http(s) URL, else null: what may become a link's `href` from data. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A path of the UI from segments, each URL-encoded. */
export function uiPath(...segments: readonly string[]): string {
  return '/' + segments.map(encodeURIComponent).join('/');
}
