/**
 * The analysis record, format v1: the one output shape of newsgraph.
 * Field names and meanings follow `spec/analysis-format.md`; fields may be added, never renamed.
 * Every `start`/`end` is a UTF-16 index into `document.text`, end exclusive.
 */

/** The format tag every record carries. */
export const RECORD_FORMAT = 'newsgraph.analysis/1';

/** A half-open span of `document.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it covers. */
export interface TextSpan extends Span {
  readonly text: string;
}

/** Entity types of the record. */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'PRODUCT' | 'MISC';

/** How a mention refers to its entity. */
export type MentionKind = 'name' | 'alias' | 'pronoun' | 'description';

/** The article as the record describes it. */
export interface RecordDocument {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly language: string;
  readonly text: string;
}

/** One mention of an entity. */
export interface Mention extends TextSpan {
  readonly kind: MentionKind;
}

/** What the knowledge base says of an entity. */
export interface EntityLink {
  readonly id: string | null;
  readonly country: string | null;
  readonly role: string | null;
}

/** An entity with all its mentions in the article. */
export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly kb: EntityLink;
  readonly mentions: readonly Mention[];
  /** CAMEO-style sector of the entity when known (GOV, MIL, REB, MED, IGO, ...). Added field. */
  readonly sector?: string | null;
  /** CAMEO actor code of its own from the knowledge base (IGOUNO, IGOWSTNAT), when it has one. Added field. */
  readonly actor?: string | null;
}

/** A quotation and who said it. */
export interface Quote extends TextSpan {
  readonly kind: 'direct' | 'partial';
  readonly speaker: string | null;
  readonly speakerName: string | null;
  readonly cue: string | null;
}

/** Stance of a claim's source toward its content. */
export type Stance = 'asserts' | 'alleges' | 'denies' | 'confirms' | 'rumor' | 'expects' | 'opinion';

/** A party named as the source of a claim, or its relay. */
export interface ClaimParty {
  readonly entity: string | null;
  readonly name: string;
}

/** Reported content with its source. */
export interface Claim extends TextSpan {
  readonly source: ClaimParty;
  readonly via: ClaimParty | null;
  readonly cue: string;
  readonly stance: Stance;
  /** Index into `claims[]` of the claim this one denies, for stance `denies`. Added field. */
  readonly denies?: number | null;
  /** Index into `claims[]` of the claim this one confirms, for stance `confirms`. Added field. */
  readonly confirms?: number | null;
  /** Normalised key "actors|event root|object": the same claim in any article, and its denial, share it. Added field. */
  readonly key?: string;
}

/** An actor of an event. */
export interface EventActor {
  readonly entity: string | null;
  readonly name: string;
  readonly actor: string | null;
}

/** How an event is put by the text. */
export type Modality =
  | 'asserted'
  | 'reported'
  | 'alleged'
  | 'denied'
  | 'rumored'
  | 'expected'
  | 'negated'
  | 'hypothetical';

/** A coded event. */
export interface NewsEvent {
  readonly code: string;
  readonly root: string;
  readonly label: string;
  readonly plover: string | null;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly source: EventActor;
  readonly target: EventActor | null;
  readonly date: { readonly value: string | null; readonly text: string | null } | null;
  readonly location: { readonly name: string; readonly country: string | null } | null;
  readonly modality: Modality;
  readonly claim: number | null;
  readonly sentence: Span;
  readonly evidence: string;
  /** The verb pattern that coded the event. Added field. */
  readonly rule?: string;
  /** Where the date came from: clause, sentence or article. Added field. */
  readonly dateSource?: 'clause' | 'sentence' | 'article' | null;
  /** The span of the words that triggered the event. Added field. */
  readonly trigger?: TextSpan;
}

/** A resolved time expression. */
export interface TimeExpression extends TextSpan {
  /** YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www at the precision the text gives; null when unresolved. */
  readonly value: string | null;
  readonly range: { readonly start: string; readonly end: string } | null;
  /** The TIMEX3 value when it says more than `value` can (2014-SU, 2023-Q3, 199, 2024-10-10TNI). Added field. */
  readonly timex?: string;
}

/** Quality flags of the text. */
export interface Quality {
  readonly repeatedParagraphs: readonly { readonly start: number; readonly end: number; readonly repeats: Span }[];
  readonly boilerplate: readonly TextSpan[];
  readonly contributors: readonly string[];
  readonly derivedFrom: readonly string[];
}

/** Versions of the data files that coded a record. Added field. */
export type DataVersions = Readonly<Record<string, string>>;

/** The analysis record of one article. */
export interface AnalysisRecord {
  readonly format: typeof RECORD_FORMAT;
  readonly document: RecordDocument;
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
  readonly events: readonly NewsEvent[];
  readonly times: readonly TimeExpression[];
  readonly quality: Quality;
  readonly versions?: DataVersions;
}
