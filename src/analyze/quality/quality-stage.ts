import type { Doc } from '../document.js';
import type { Stage } from '../pipeline.js';
import type { Quality, Span, TextSpan } from '../record.js';
import type { QualityPatterns } from './quality-patterns.js';

const MIN_REPEAT_LENGTH = 40;
const NEAR_REPEAT = 0.85;
const MAX_GRAM_POSTINGS = 64;

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
        if (patterns.boilerplate.some((re) => re.test(line.text))) boilerplate.push(line);
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

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingles(ws: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= ws.length; i++) out.add(`${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`);
  return out;
}

/**
 * Paragraphs that repeat an earlier paragraph exactly or nearly (word 3-gram Jaccard ≥ 0.85). Earlier
 * paragraphs are found through an index of their 3-grams, so the work grows with the text, not its square.
 */
function repeatedParagraphs(text: string, paragraphs: readonly Span[]): Quality['repeatedParagraphs'] {
  const out: { start: number; end: number; repeats: Span }[] = [];
  const seen: { span: Span; size: number }[] = [];
  const byKey = new Map<string, number>();
  const byGram = new Map<string, number[]>();
  for (const p of paragraphs) {
    if (p.end - p.start < MIN_REPEAT_LENGTH) continue;
    const ws = words(text.slice(p.start, p.end));
    const key = ws.join(' ');
    const grams = shingles(ws);
    let earlier = byKey.get(key);
    if (earlier === undefined && grams.size) {
      const shared = new Map<number, number>();
      for (const g of grams) for (const i of byGram.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
      for (const [i, n] of shared) {
        if (n / (grams.size + seen[i]!.size - n) >= NEAR_REPEAT) {
          earlier = i;
          break;
        }
      }
    }
    if (earlier !== undefined) {
      const span = seen[earlier]!.span;
      out.push({ start: p.start, end: p.end, repeats: { start: span.start, end: span.end } });
      continue;
    }
    const index = seen.length;
    seen.push({ span: p, size: grams.size });
    byKey.set(key, index);
    for (const g of grams) {
      const list = byGram.get(g);
      if (!list) byGram.set(g, [index]);
      else if (list.length < MAX_GRAM_POSTINGS) list.push(index);
    }
  }
  return out;
}
