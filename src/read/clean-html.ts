import type { BoilerplateRules } from './boilerplate-rules.js';
import { isElement, type DomElement, type DomNode } from './html-dom.js';

const KEEP = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
const INLINE = new Set(['A', 'ABBR', 'B', 'CITE', 'EM', 'FONT', 'I', 'MARK', 'Q', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);
const MAIN_SHARE = 0.4;
const MIN_FALLBACK_TEXT = 200;
const LINK_DENSE = 0.8;
const MAX_CUT_SHARE = 0.5;

/** Class and id split into lower-case tokens at '-', '_', white space, digits and camelCase humps. */
function tokens(el: DomElement): string[] {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((t) => t !== '');
}

const textLength = (el: DomElement): number => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

function hidden(el: DomElement): boolean {
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/**
 * Removes page furniture before the main-text extraction: removable tags and ARIA roles, hidden
 * elements, short captions and credits without paragraphs, and containers whose class or id names
 * boilerplate (ads, share bars, newsletter boxes, related links, comments, bylines…) unless that
 * container holds a large share of the page's paragraph text, which means it is the article itself.
 * A `<noscript>` holding paragraphs of text is unwrapped (some platforms put the article there and
 * render it by script). An inline element inside a paragraph is text of that paragraph: it stays, and
 * when the paragraph has more text than it, it loses its class and id so that the extraction does
 * not take it for a byline either.
 */
export function removePageBoilerplate(root: DomElement, rules: BoilerplateRules): void {
  const paragraphText = Array.from(root.querySelectorAll('p')).reduce((n, p) => n + textLength(p), 0);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName.toUpperCase();
    if (KEEP.has(tag)) continue;
    if (tag === 'NOSCRIPT' && el.querySelector('p') !== null && textLength(el) >= MIN_FALLBACK_TEXT) {
      el.before(...Array.from(el.childNodes));
      el.remove();
      continue;
    }
    if (rules.removeTags.has(tag.toLowerCase()) || rules.removeRoles.has((el.getAttribute('role') ?? '').toLowerCase()) || hidden(el)) {
      el.remove();
      continue;
    }
    const names = tokens(el);
    const short = rules.shortBlockTokens.has(tag.toLowerCase()) || names.some((t) => rules.shortBlockTokens.has(t));
    if (short && textLength(el) <= rules.maxBoilerplateLength && el.querySelector('p') === null) {
      el.remove();
      continue;
    }
    const named = tag === 'FOOTER' || names.some((t) => rules.classTokens.has(t));
    if (!named || el.querySelector('article, main') !== null) continue;
    const paragraph = INLINE.has(tag) ? enclosingParagraph(el) : null;
    if (paragraph) {
      if (textLength(paragraph) > 2 * textLength(el)) {
        el.removeAttribute('class');
        el.removeAttribute('id');
      }
      continue;
    }
    const ownParagraphs = Array.from(el.querySelectorAll('p')).reduce((n, p) => n + textLength(p), 0);
    if (paragraphText > 0 && ownParagraphs / paragraphText >= MAIN_SHARE) continue;
    el.remove();
  }
}

function enclosingParagraph(el: DomElement): DomElement | null {
  for (let node = el.parentNode; node; node = node.parentNode) if (node.nodeName.toUpperCase() === 'P') return node as DomElement;
  return null;
}

function linkShare(el: DomElement): number {
  const total = textLength(el);
  if (total === 0) return 0;
  return Array.from(el.querySelectorAll('a')).reduce((n, a) => n + textLength(a), 0) / total;
}

function matchesNotice(el: DomElement, rules: BoilerplateRules): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length <= rules.maxBoilerplateLength && rules.paragraphPatterns.some((re) => re.test(text));
}

/** The nodes after `el` up to the end of `root`, in document order, as whole subtrees. */
function following(el: DomNode, root: DomElement): DomNode[] {
  const out: DomNode[] = [];
  for (let node: DomNode = el; node !== root && node.parentNode; node = node.parentNode) {
    const siblings = Array.from(node.parentNode.childNodes);
    out.push(...siblings.slice(siblings.indexOf(node) + 1));
  }
  return out;
}

/** Cuts the article at its first comments heading (an end pattern), unless that would remove most of the text. */
function cutAtEnd(root: DomElement, rules: BoilerplateRules): void {
  const total = textLength(root);
  const marker = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6, p, div, span, strong, b, header, legend')).find((el) => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text.length <= rules.maxBoilerplateLength && rules.endPatterns.some((re) => re.test(text));
  });
  if (!marker) return;
  const after = following(marker, root);
  const cut = after.reduce((n, node) => n + (node.textContent ?? '').replace(/\s+/g, ' ').trim().length, textLength(marker));
  if (cut > MAX_CUT_SHARE * total) return;
  for (const node of [marker, ...after]) node.remove();
}

/**
 * Removes what the extraction let through inside the article: everything from a comments heading on
 * (when that is the lesser part of the text), short blocks that are teasers, "Read also"/"Related"/
 * "More from" lines (with the link list that follows them), share, newsletter and paywall lines, and
 * link lists.
 */
export function removeArticleBoilerplate(root: DomElement, rules: BoilerplateRules): void {
  cutAtEnd(root, rules);
  for (const el of Array.from(root.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, blockquote, div, section, ul, ol, table, figure'))) {
    const tag = el.tagName.toUpperCase();
    const list = tag === 'UL' || tag === 'OL';
    if (list && linkShare(el) >= LINK_DENSE) {
      el.remove();
      continue;
    }
    if (!matchesNotice(el, rules)) continue;
    let next = el.parentNode ? nextElement(el) : null;
    while (next && ['UL', 'OL'].includes(next.tagName.toUpperCase()) && linkShare(next) >= LINK_DENSE / 2) {
      const after = nextElement(next);
      next.remove();
      next = after;
    }
    el.remove();
  }
}

function nextElement(el: DomElement): DomElement | null {
  const siblings = Array.from(el.parentNode?.childNodes ?? []);
  for (let i = siblings.indexOf(el) + 1; i < siblings.length; i++) {
    const s = siblings[i]!;
    if (isElement(s)) return s;
  }
  return null;
}
