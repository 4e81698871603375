import type { Doc, Sentence, Token } from '../document.js';
import type { Stage } from '../pipeline.js';
import { boundSentences } from './bound-sentences.js';
import { splitParagraphs } from './split-paragraphs.js';
import { splitSentences } from './split-sentences.js';
import { tokenize } from './tokenize.js';

/** Fills paragraphs, sentences and tokens. */
export const tokensStage: Stage = {
  name: 'tokens',
  run(doc: Doc): Doc {
    const paragraphs = splitParagraphs(doc.text);
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    paragraphs.forEach((p, paragraph) => {
      const raw = tokenize(doc.text, p);
      let k = 0;
      for (const s of boundSentences(splitSentences(doc.text, raw), raw)) {
        const firstToken = tokens.length;
        const index = sentences.length;
        while (k < raw.length && raw[k]!.start < s.start) k++;
        for (; k < raw.length && raw[k]!.end <= s.end; k++) {
          const r = raw[k]!;
          tokens.push({ start: r.start, end: r.end, text: r.text, kind: r.kind, sentence: index });
        }
        sentences.push({ start: s.start, end: s.end, firstToken, endToken: tokens.length, paragraph });
      }
    });
    return { ...doc, paragraphs, sentences, tokens };
  },
};
