/** A title written before a person's name ("Foreign Minister", "Gen."). */
export interface TitleCue {
  /** Lower-case words of the title. */
  readonly words: string;
  /** Office key linking to dated roles, when the title names one. */
  readonly office?: string | null;
  readonly sector: string | null;
  /** The one country whose office the title names, when no country is written with it ("pope": VAT). */
  readonly country?: string;
}

/** The cue lexicon of data/kb/name-cues.json. */
export interface NameCues {
  readonly version: string;
  readonly titles: readonly TitleCue[];
  readonly orgFinal: readonly string[];
  readonly orgInitial: readonly string[];
  readonly locFinal: readonly string[];
  readonly facFinal: readonly string[];
  readonly particles: readonly string[];
  readonly functionWords: readonly string[];
  readonly actorVerbs: readonly string[];
  /** Offices "the <country> leader" can mean, in order of preference. */
  readonly leaderOffices: readonly string[];
  /** Countries whose president is not the leader (the head of government is). */
  readonly ceremonialPresidents: readonly string[];
  /** Countries whose monarch rules: the monarch, not a prime minister, is the leader. */
  readonly rulingMonarchies: readonly string[];
  /** Words that make a text a sports report (three different ones at least). */
  readonly sportsWords: readonly string[];
  /** Verbs after which a country in a sports report is its team ("Sweden defeated"). */
  readonly teamVerbs: readonly string[];
  /** Last words of event names ("World Cup", "Olympic Games", "Developers Conference"). */
  readonly eventFinal: readonly string[];
  /** First words of event names ("Hurricane Katrina", "Operation Sindoor", "Cyclone Phailin"). */
  readonly eventInitial: readonly string[];
  /** Lower-case nouns right before an unknown name that make it an organisation ("engine maker Europrop"). */
  readonly orgBefore: readonly string[];
  /** Words after a known place that name a newspaper ("Toronto Star", "Edmonton Sun"). */
  readonly mediaFinal: readonly string[];
  /** Lower-case family names that make an untyped two- or three-word name a person ("Starry Lee"). */
  readonly surnames: readonly string[];
  /** Lower-case words of a faith ("muslim", "catholic"): a people with no country of its own. */
  readonly religions: readonly string[];
  /** Lower-case plural nouns of a group of people that "in <place>" locates, with their CAMEO sector or null ("guerrillas": REB). */
  readonly groupNouns: Readonly<Record<string, string | null>>;
}
