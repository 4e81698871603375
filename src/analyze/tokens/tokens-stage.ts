import type { Doc, Sentence, Token } from '../document.js';
import type { Stage } from '../pipeline.js';
import { boundSentences } from './bound-sentences.js';
import { splitParagraphs } from './split-paragraphs.js';
import { splitSentences } from './split-sentences.js';
import { scanTokens, type RawToken } from './tokenize.js';

/** A token as the stage builds it: its sentence is set once the paragraph's sentences are known. */
type OpenToken = { -readonly [K in keyof Token]: Token[K] };

/** Fills paragraphs, sentences and tokens. */
export const tokensStage: Stage = {
  name: 'tokens',
  run(doc: Doc): Doc {
    const text = doc.text;
    const paragraphs = splitParagraphs(text);
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    let raw: OpenToken[] = [];
    const add = (start: number, end: number, kind: RawToken['kind']): void => {
      raw.push({ start, end, text: text.slice(start, end), kind, sentence: 0 });
    };
    for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
      const p = paragraphs[paragraph]!;
      raw = [];
      scanTokens(text, p.start, p.end, add);
      let k = 0;
      for (const s of boundSentences(splitSentences(text, raw), raw)) {
        const firstToken = tokens.length;
        const index = sentences.length;
        while (k < raw.length && raw[k]!.start < s.start) k++;
        for (; k < raw.length && raw[k]!.end <= s.end; k++) {
          const t = raw[k]!;
          t.sentence = index;
          tokens.push(t);
        }
        sentences.push({ start: s.start, end: s.end, firstToken, endToken: tokens.length, paragraph });
      }
    }
    return { ...doc, paragraphs, sentences, tokens };
  },
};
