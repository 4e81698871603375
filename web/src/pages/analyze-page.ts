import { postJson } from '../api-client.js';
import { ApiError } from '../api-error.js';
import type { AnalysisRecord } from '../api-types.js';
import { articleView } from '../article-view.js';
import { h } from '../dom.js';
import type { PageView } from '../router.js';

const FORMATS: readonly { readonly value: string; readonly label: string }[] = [
  { value: 'text/plain', label: 'Plain text (optional first line: date YYYY-MM-DD Title)' },
  { value: 'text/html', label: 'HTML page' },
];

/** `/analyze`: paste text or HTML and see it annotated; nothing is stored. */
export async function analyzePage(): Promise<PageView> {
  const text = h('textarea', { name: 'text', rows: 12, required: true, 'aria-label': 'Article text or HTML', placeholder: 'date 2024-10-12 Putin and Pezeshkian meet in Ashgabat\nRussian President Vladimir Putin and …' });
  const format = h('select', { name: 'format' }, FORMATS.map((f) => h('option', { value: f.value }, f.label)));
  const result = h('div', { class: 'analysis-result', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, 'Analyze');
  const form = h(
    'form',
    { class: 'analyze-form' },
    h('label', { class: 'input' }, h('span', {}, 'Format'), format),
    text,
    button,
    h('p', { class: 'hint' }, 'The article is analysed by the server and shown here; nothing is stored.'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    button.disabled = true;
    result.replaceChildren(h('p', {}, 'Analysing…'));
    postJson<AnalysisRecord>('/analyze', text.value, `${format.value}; charset=utf-8`)
      .then((record) => result.replaceChildren(articleView(record, { stored: false })))
      .catch((err: unknown) => result.replaceChildren(h('p', { class: 'error', role: 'alert' }, err instanceof ApiError ? err.detail : String(err))))
      .finally(() => {
        button.disabled = false;
      });
  });
  return { title: 'Analyze an article', node: h('section', { class: 'analyze-page' }, h('h1', {}, 'Analyze an article'), form, result) };
}
