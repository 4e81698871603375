import { dataUrl, DataFileError, loadDataFile } from '../../data/data-file.js';

/** The compiled line patterns of the quality stage. */
export interface QualityPatterns {
  readonly version: string;
  readonly boilerplate: readonly RegExp[];
  readonly contributors: readonly RegExp[];
  readonly derivedFrom: readonly RegExp[];
}

interface PatternList {
  readonly flags: string;
  readonly patterns: readonly string[];
}

interface PatternsFile {
  readonly version: string;
  readonly boilerplate: PatternList;
  readonly contributors: PatternList;
  readonly derivedFrom: PatternList;
}

const list = {
  type: 'object',
  required: ['flags', 'patterns'],
  properties: {
    flags: { type: 'string', pattern: '^[imsu]*$' },
    patterns: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
};

const SCHEMA = {
  type: 'object',
  required: ['version', 'boilerplate', 'contributors', 'derivedFrom'],
  properties: { version: { type: 'string' }, boilerplate: list, contributors: list, derivedFrom: list },
};

/** Loads and compiles `data/quality/patterns.json` (or another file of the same schema). */
export function loadQualityPatterns(file: URL | string = dataUrl('quality/patterns.json')): QualityPatterns {
  const data = loadDataFile<PatternsFile>(file, SCHEMA);
  const compile = (name: keyof Omit<PatternsFile, 'version'>, needsGroup: string | null): RegExp[] =>
    data[name].patterns.map((p) => {
      let re: RegExp;
      try {
        re = new RegExp(p, data[name].flags);
      } catch (e) {
        throw new DataFileError(String(file), `${name}: pattern /${p}/ does not compile: ${(e as Error).message}`);
      }
      if (needsGroup && !p.includes(`(?<${needsGroup}>`)) {
        throw new DataFileError(String(file), `${name}: pattern /${p}/ lacks the named group (?<${needsGroup}>…)`);
      }
      return re;
    });
  return {
    version: data.version,
    boilerplate: compile('boilerplate', null),
    contributors: compile('contributors', 'names'),
    derivedFrom: compile('derivedFrom', 'outlet'),
  };
}
