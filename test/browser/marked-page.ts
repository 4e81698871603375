import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import ts from 'typescript';
import { ROOT } from './ui-fixture.js';

/** The UI's `marked-text.ts` as a JavaScript module (it imports nothing), for running inside a page. */
function markedTextModule(): string {
  const source = readFileSync(path.join(ROOT, 'web', 'src', 'marked-text.ts'), 'utf8');
  return ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } }).outputText;
}

/** A span to mark, as `web/src/marked-text.ts` takes it. */
export interface MarkSpan {
  readonly kind: 'entity' | 'quote' | 'claim' | 'event' | 'time';
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly attrs?: Readonly<Record<string, string>>;
}

/** Renders text and spans with the UI's `markedText` in a blank page, returning the resulting HTML. */
export type RenderMarks = (text: string, spans: readonly MarkSpan[]) => Promise<string>;

/** A blank page that renders marks with the UI's own code. */
export async function markedTextPage(browser: Browser): Promise<{ readonly page: Page; readonly render: RenderMarks }> {
  const page = await browser.newPage();
  const moduleUrl = `data:text/javascript;base64,${Buffer.from(markedTextModule()).toString('base64')}`;
  const render: RenderMarks = async (text, spans) =>
    String(
      await page.evaluate(`(async () => {
        const { markedText } = await import(${JSON.stringify(moduleUrl)});
        const div = document.createElement('div');
        div.append(markedText(${JSON.stringify(text)}, ${JSON.stringify(spans)}));
        return div.innerHTML;
      })()`),
    );
  return { page, render };
}
