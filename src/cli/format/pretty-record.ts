import { ENTITY_TYPE_LABELS } from '../../analyze/entity-type-labels.js';
import type { AnalysisRecord, Entity, NewsEvent } from '../../analyze/record.js';

const TYPE_ORDER = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'PRODUCT', 'MISC'] as const;

/** An event as one line: `IRN —072 Provide military aid→ RUS  2024-09  reported (CNN)`. */
export function eventLine(e: NewsEvent, record?: AnalysisRecord): string {
  const source = e.source.actor ?? e.source.name;
  const target = e.target ? ` ${e.target.actor ?? e.target.name}` : '';
  const date = e.date?.value ?? '—';
  const claim = e.claim !== null && record ? record.claims[e.claim] : undefined;
  const by = claim ? ` (${claim.via ? `${claim.source.name} via ${claim.via.name}` : claim.source.name})` : '';
  return `${source} —${e.code} ${e.label}→${target}  ${date}  ${e.modality}${by}`;
}

function entityLine(e: Entity): string {
  const facts = [e.kb.role, e.kb.country, e.kb.id ? `kb:${e.kb.id}` : null].filter(Boolean).join(', ');
  const n = e.mentions.length;
  return `${e.name}${facts ? ` (${facts})` : ''} ×${n}`;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A readable terminal summary of a record: entities by type, quotes, claims, events, times, quality. */
export function prettyRecord(record: AnalysisRecord): string {
  const d = record.document;
  const out: string[] = [];
  out.push(`${d.title ?? '(untitled)'}`);
  out.push(
    [d.published ?? 'undated', d.source, d.url, `id ${d.id.slice(0, 12)}`].filter(Boolean).join(' · '),
  );
  out.push('');
  if (record.entities.length) {
    out.push('Entities');
    for (const type of TYPE_ORDER) {
      const of = record.entities.filter((e) => e.type === type);
      if (!of.length) continue;
      out.push(`  ${ENTITY_TYPE_LABELS[type]}: ${of.map(entityLine).join('; ')}`);
    }
    out.push('');
  }
  if (record.quotes.length) {
    out.push('Quotes');
    for (const q of record.quotes) {
      out.push(`  ${q.speakerName ?? 'unknown speaker'}${q.cue ? ` (${q.cue})` : ''}: “${clip(q.text, 140)}”${q.kind === 'partial' ? ' [partial]' : ''}`);
    }
    out.push('');
  }
  if (record.claims.length) {
    out.push('Claims');
    record.claims.forEach((c, i) => {
      const via = c.via ? ` via ${c.via.name}` : '';
      const link = c.denies != null ? ` → denies #${c.denies}` : c.confirms != null ? ` → confirms #${c.confirms}` : '';
      out.push(`  #${i} ${c.source.name}${via} ${c.stance} (${c.cue}): ${clip(c.text, 140)}${link}`);
    });
    out.push('');
  }
  if (record.events.length) {
    out.push('Events');
    for (const e of record.events) out.push(`  ${eventLine(e, record)}`);
    out.push('');
  }
  if (record.times.length) {
    out.push('Times');
    out.push(`  ${record.times.map((t) => `${t.text} = ${t.value ?? '?'}`).join('; ')}`);
    out.push('');
  }
  const q = record.quality;
  const flags = [
    q.repeatedParagraphs.length ? `${q.repeatedParagraphs.length} repeated paragraph(s)` : '',
    q.boilerplate.length ? `${q.boilerplate.length} boilerplate line(s)` : '',
    q.contributors.length ? `contributors: ${q.contributors.join(', ')}` : '',
    q.derivedFrom.length ? `derived from: ${q.derivedFrom.join(', ')}` : '',
  ].filter(Boolean);
  if (flags.length) out.push(`Quality: ${flags.join('; ')}`, '');
  return out.join('\n');
}
