import { getJson } from '../api-client.js';
import type { AnalysisRecord } from '../api-types.js';
import { articleView } from '../article-view.js';
import type { PageView } from '../router.js';

/** `/articles/<id>`: the stored article, annotated. */
export async function articlePage([id]: readonly string[]): Promise<PageView> {
  const record = await getJson<AnalysisRecord>(`/articles/${encodeURIComponent(id!)}`);
  return { title: record.document.title ?? 'Article', node: articleView(record, { stored: true }) };
}
