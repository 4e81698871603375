import { createRowCodec, type FieldColumn, type RowCodec } from './row-codec.js';

function text(path: string, column: string): FieldColumn {
  return { path, column, kind: 'text' };
}

function int(path: string, column: string): FieldColumn {
  return { path, column, kind: 'integer' };
}

function json(path: string, column: string): FieldColumn {
  return { path, column, kind: 'json' };
}

const span = [int('start', 'span_start'), int('end', 'span_end'), text('text', 'text')] as const;

/** The codecs of each part of an analysis record, in the record's usual key order. */
export const recordCodecs: {
  readonly article: RowCodec;
  readonly entity: RowCodec;
  readonly mention: RowCodec;
  readonly quote: RowCodec;
  readonly claim: RowCodec;
  readonly event: RowCodec;
  readonly time: RowCodec;
  readonly quality: RowCodec;
} = {
  article: createRowCodec([
    text('format', 'format'),
    text('document.id', 'id'),
    text('document.title', 'title'),
    text('document.published', 'published'),
    text('document.url', 'url'),
    text('document.source', 'source'),
    text('document.language', 'language'),
    text('document.text', 'text'),
    { child: 'entities' },
    { child: 'quotes' },
    { child: 'claims' },
    { child: 'events' },
    { child: 'times' },
    { child: 'quality' },
    json('versions', 'versions'),
  ]),
  entity: createRowCodec([
    text('id', 'id'),
    text('name', 'name'),
    text('type', 'type'),
    text('kb.id', 'kb_id'),
    text('kb.country', 'kb_country'),
    text('kb.role', 'kb_role'),
    { child: 'mentions' },
    text('sector', 'sector'),
  ]),
  mention: createRowCodec([...span, text('kind', 'kind')]),
  quote: createRowCodec([
    ...span,
    text('kind', 'kind'),
    text('speaker', 'speaker'),
    text('speakerName', 'speaker_name'),
    text('cue', 'cue'),
  ]),
  claim: createRowCodec([
    ...span,
    text('source.entity', 'source_entity'),
    text('source.name', 'source_name'),
    text('via.entity', 'via_entity'),
    text('via.name', 'via_name'),
    text('cue', 'cue'),
    text('stance', 'stance'),
    int('denies', 'denies'),
    int('confirms', 'confirms'),
  ]),
  event: createRowCodec([
    text('code', 'code'),
    text('root', 'root'),
    text('label', 'label'),
    text('plover', 'plover'),
    int('quadClass', 'quad_class'),
    { path: 'goldstein', column: 'goldstein', kind: 'real' },
    text('source.entity', 'source_entity'),
    text('source.name', 'source_name'),
    text('source.actor', 'source_actor'),
    text('target.entity', 'target_entity'),
    text('target.name', 'target_name'),
    text('target.actor', 'target_actor'),
    text('date.value', 'date_value'),
    text('date.text', 'date_text'),
    text('location.name', 'location_name'),
    text('location.country', 'location_country'),
    text('modality', 'modality'),
    int('claim', 'claim'),
    int('sentence.start', 'sentence_start'),
    int('sentence.end', 'sentence_end'),
    text('evidence', 'evidence'),
    text('rule', 'rule'),
    text('dateSource', 'date_source'),
    int('trigger.start', 'trigger_start'),
    int('trigger.end', 'trigger_end'),
    text('trigger.text', 'trigger_text'),
  ]),
  time: createRowCodec([
    ...span,
    text('value', 'value'),
    text('range.start', 'range_start'),
    text('range.end', 'range_end'),
  ]),
  quality: createRowCodec([
    json('repeatedParagraphs', 'repeated_paragraphs'),
    json('boilerplate', 'boilerplate'),
    json('contributors', 'contributors'),
    json('derivedFrom', 'derived_from'),
  ]),
};
