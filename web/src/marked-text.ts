/** The layers of an annotated article, each marked as `<mark data-kind="…">`. */
export const MARK_KINDS = ['entity', 'quote', 'claim', 'event', 'time'] as const;

/** One layer of marks. */
export type MarkKind = (typeof MARK_KINDS)[number];

/** A span of the text to mark, with the attributes its `<mark>` gets besides `data-kind` and `data-id`. */
export interface MarkSpan {
  readonly kind: MarkKind;
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly attrs?: Readonly<Record<string, string>>;
}

const OUTER_FIRST: Readonly<Record<MarkKind, number>> = { quote: 0, claim: 1, event: 2, entity: 3, time: 4 };

function outerFirst(a: MarkSpan, b: MarkSpan): number {
  return a.start - b.start || b.end - a.end || OUTER_FIRST[a.kind] - OUTER_FIRST[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The text as text nodes inside nested `<mark data-kind data-id>` elements, one per span. Spans
 * that cross one another are split: the inner one is closed where the outer one ends and opened
 * again after it, so one span may be several marks with the same `data-id`. Spans outside the
 * text or empty are left out. The text only ever becomes text nodes.
 */
export function markedText(text: string, spans: readonly MarkSpan[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end).sort(outerFirst);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const open: { readonly span: MarkSpan; readonly el: HTMLElement }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const active = valid.filter((s) => s.start <= from && s.end >= to);
    let same = 0;
    while (same < open.length && same < active.length && open[same]!.span === active[same]) same++;
    open.length = same;
    for (const span of active.slice(same)) {
      const el = document.createElement('mark');
      el.dataset.kind = span.kind;
      el.dataset.id = span.id;
      for (const [name, value] of Object.entries(span.attrs ?? {})) el.setAttribute(name, value);
      (open.at(-1)?.el ?? fragment).append(el);
      open.push({ span, el });
    }
    (open.at(-1)?.el ?? fragment).append(document.createTextNode(text.slice(from, to)));
  }
  return fragment;
}
