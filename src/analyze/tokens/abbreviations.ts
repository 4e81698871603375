/** Words that take a period without ending a sentence (lower-cased, without the period). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'gov',
  'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'sr', 'jr', 'st', 'mt', 'ft', 'messrs', 'mme', 'mlle',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'est', 'no', 'nos', 'vs', 'etc',
  'approx', 'fig', 'vol', 'pp', 'al', 'cf', 'ca', 'art', 'para', 'sec', 'ch', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u',
]);

/** Abbreviations that are never sentence-final in news text (titles before a name). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep',
  'rev', 'hon', 'pres', 'amb', 'st', 'mt', 'messrs', 'mme', 'no', 'nos', 'vs', 'e.g', 'i.e', 'cf',
]);
