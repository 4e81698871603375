import { isElement, TEXT_NODE, type DomNode } from './html-dom.js';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LI', 'MAIN', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);

/** Collapses runs of white space (not line breaks from `<br>`) and trims each line. */
function tidy(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r\u00a0\u200b]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The visible text of an HTML subtree as paragraphs: every block element (p, div, li, h1…) ends a
 * paragraph, paragraphs are separated by a blank line, `<br>` is a line break, white space inside a
 * paragraph is collapsed; `<pre>` keeps its lines.
 */
export function htmlToText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = tidy(current);
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      current += pre ? text : text.replace(/\s+/g, ' ');
      return;
    }
    if (!isElement(node)) return;
    const tag = node.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    const inPre = pre || tag === 'PRE';
    for (const child of Array.from(node.childNodes)) walk(child, inPre);
    if (block) flush();
    else if (tag === 'IMG' || tag === 'INPUT') current += ' ';
  };
  walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}
