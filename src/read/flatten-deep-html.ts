import { isElement, type DomNode } from './html-dom.js';

/** The deepest element nesting the HTML readers keep as it is; real pages nest a few dozen deep. */
export const MAX_HTML_DEPTH = 200;

/**
 * Replaces every element nested more than `maxDepth` below `root` by a single text node holding its
 * text, in place: the text stays, and the extractor's recursive walks cannot exhaust the stack on a
 * hostile page nested thousands deep.
 */
export function flattenDeepHtml(root: DomNode, maxDepth: number = MAX_HTML_DEPTH): void {
  const stack: (readonly [DomNode, number])[] = [[root, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    for (const child of Array.from(node.childNodes)) {
      if (!isElement(child)) continue;
      if (depth + 1 < maxDepth) stack.push([child, depth + 1]);
      else (child as { textContent: string | null }).textContent = child.textContent;
    }
  }
}
