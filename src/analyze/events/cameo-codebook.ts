import { dataUrl, loadDataFile } from '../../data/data-file.js';

/** One CAMEO event code with its codebook facts and the PLOVER type it maps to. */
export interface CameoCode {
  readonly code: string;
  readonly label: string;
  readonly goldstein: number;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly plover: string | null;
  readonly ploverMode: string | null;
  readonly ploverContext: readonly string[];
}

/** The CAMEO codebook as loaded from data/events/cameo-codes.json. */
export interface CameoCodebook {
  readonly version: string;
  readonly codes: ReadonlyMap<string, CameoCode>;
}

interface CameoCodesFile {
  readonly version: string;
  readonly codes: Readonly<Record<string, Omit<CameoCode, 'code'>>>;
}

const SCHEMA = {
  type: 'object',
  required: ['version', 'codes'],
  properties: {
    version: { type: 'string', minLength: 1 },
    codes: {
      type: 'object',
      propertyNames: { pattern: '^[0-9]{2,4}$' },
      additionalProperties: {
        type: 'object',
        required: ['label', 'goldstein', 'quadClass', 'plover'],
        properties: {
          label: { type: 'string', minLength: 1 },
          goldstein: { type: 'number', minimum: -10, maximum: 10 },
          quadClass: { enum: [1, 2, 3, 4] },
          plover: { type: ['string', 'null'] },
          ploverMode: { type: ['string', 'null'] },
          ploverContext: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
} as const;

/** Loads and schema-checks the CAMEO codebook (throws DataFileError naming the file on a bad one). */
export function loadCameoCodebook(file: URL | string = dataUrl('events/cameo-codes.json')): CameoCodebook {
  const raw = loadDataFile<CameoCodesFile>(file, SCHEMA);
  const codes = new Map<string, CameoCode>();
  for (const [code, c] of Object.entries(raw.codes)) {
    codes.set(code, {
      code,
      label: c.label,
      goldstein: c.goldstein,
      quadClass: c.quadClass,
      plover: c.plover,
      ploverMode: c.ploverMode ?? null,
      ploverContext: c.ploverContext ?? [],
    });
  }
  return { version: raw.version, codes };
}
