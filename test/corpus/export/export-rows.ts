import { analyze } from '../../../src/analyze/analyzer.js';
import type { EventExportRow } from '../../../src/corpus/export/event-columns.js';

/** An article written for the export tests: a claimed visit and a meeting whose evidence holds quotes and commas. */
export const EXPORT_ARTICLE = {
  id: 'x-visit',
  title: 'Putin to visit Vietnam, officials say',
  published: '2026-04-02',
  url: 'https://example.org/world/putin-vietnam?ref=a,b',
  source: 'Example Wire',
  text: [
    'Russian President Vladimir Putin will visit Vietnam next month, officials familiar with the preparations said on Monday.',
    'Putin met Chinese President Xi Jinping in Beijing on Thursday, and the two leaders discussed "energy, trade and security" cooperation.',
  ].join('\n\n'),
};

/** The export rows of the article's events, as the store would list them (story 7, an original). */
export function exportRows(): EventExportRow[] {
  const record = analyze({ ...EXPORT_ARTICLE, language: 'en' } as Parameters<typeof analyze>[0]);
  return record.events.map((event, index) => {
    const claim = event.claim === null ? null : record.claims[event.claim]!;
    return {
      event: { ...event, articleId: EXPORT_ARTICLE.id, index, articleTitle: EXPORT_ARTICLE.title, published: EXPORT_ARTICLE.published, url: EXPORT_ARTICLE.url, outlet: EXPORT_ARTICLE.source, story: 7, copyOf: null },
      claim: claim && { source: claim.source, via: claim.via, stance: claim.stance },
      sourceCountry: event.source.actor?.slice(0, 3) ?? null,
      targetCountry: event.target?.actor?.slice(0, 3) ?? null,
    };
  });
}

/** Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF record ends) into records of fields. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || record.length) throw new Error(`CSV does not end in CRLF: ${JSON.stringify(text.slice(-40))}`);
  return records;
}

/** Collects an async iterable of strings. */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

/** The rows as an async iterable. */
export async function* streamOf<T>(rows: readonly T[]): AsyncIterable<T> {
  yield* rows;
}
