import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import type { Quality, TextSpan } from '../record.js';
import type { QualityPatterns } from './quality-patterns.js';
import { repeatedParagraphs } from './repeated-paragraphs.js';

/**
 * Flags what is not the article's own news: paragraphs that restate an earlier one, boilerplate lines
 * ("Read also:", "Follow us on"), contributor credits and the outlets the text credits as its origin.
 * Nothing is cut: every flag is a span of the text.
 */
export function qualityStage(patterns: QualityPatterns): Stage {
  return {
    name: 'quality',
    run(doc: Doc): Doc {
      const lines = splitLines(doc.text);
      const boilerplate: TextSpan[] = [];
      const contributors: string[] = [];
      const derivedFrom: string[] = [];
      for (const line of lines) {
        if (matchesAny(patterns.boilerplate, line.text)) boilerplate.push(line);
        for (const re of patterns.contributors) {
          const names = re.exec(line.text)?.groups?.names;
          if (names) contributors.push(...splitNames(names));
        }
        for (const re of patterns.derivedFrom) {
          const outlet = re.exec(line.text)?.groups?.outlet?.trim();
          if (outlet) derivedFrom.push(outlet);
        }
      }
      const quality: Quality = {
        repeatedParagraphs: repeatedParagraphs(doc.text, doc.paragraphs),
        boilerplate,
        contributors: unique(contributors),
        derivedFrom: unique(derivedFrom),
      };
      return { ...doc, quality };
    },
  };
}

function matchesAny(res: readonly RegExp[], text: string): boolean {
  for (const re of res) if (re.test(text)) return true;
  return false;
}

function splitLines(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    from = to + 1;
  }
  return out;
}

function splitNames(names: string): string[] {
  return names
    .replace(/^[\p{Lu}][\p{L}&.-]*(?: [\p{Lu}][\p{L}&.-]*)*['’]s\s+/u, '')
    .split(/\s*(?:,|;|\band\b|&)\s*/u)
    .map((n) => n.replace(/^(?:also|with)\s+/i, '').trim())
    .filter((n) => /^[\p{Lu}]/u.test(n) && n.length > 1);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
