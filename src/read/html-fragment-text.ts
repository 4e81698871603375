import { boilerplateRules } from './boilerplate-rules.js';
import { removeArticleBoilerplate, removePageBoilerplate } from './clean-html.js';
import { flattenDeepHtml } from './flatten-deep-html.js';
import { parseDocument } from './html-dom.js';
import { htmlToText } from './html-text.js';

/**
 * The text of an HTML fragment that is already the article (a feed item's content, a JSON-LD body),
 * through the HTML reader's cleaning and paragraph rules, without the main-text extraction.
 */
export function htmlFragmentText(html: string): string {
  const body = parseDocument(`<!DOCTYPE html><html><body>${html}</body></html>`).body;
  if (!body) return '';
  const rules = boilerplateRules();
  flattenDeepHtml(body);
  removePageBoilerplate(body, rules);
  removeArticleBoilerplate(body, rules);
  return htmlToText(body);
}
