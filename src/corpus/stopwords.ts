import { dataUrl, loadDataFile } from '../data/data-file.js';

const SCHEMA = {
  type: 'object',
  required: ['version', 'words'],
  properties: { version: { type: 'string' }, words: { type: 'array', items: { type: 'string', pattern: '^[a-z]+$' } } },
};

let cached: ReadonlySet<string> | null = null;

/** The words left out of text vectors (`data/corpus/stopwords.json`), loaded once. */
export function stopwords(): ReadonlySet<string> {
  cached ??= new Set(loadDataFile<{ words: string[] }>(dataUrl('corpus/stopwords.json'), SCHEMA).words);
  return cached;
}
