import { createRequire } from 'node:module';

let names: ReadonlyMap<string, string> | null = null;

/** Common English country names by ISO 3166-1 alpha-3 code, from the world-countries package. */
export function countryNames(): ReadonlyMap<string, string> {
  if (!names) {
    const list = createRequire(import.meta.url)('world-countries') as readonly { cca3: string; name: { common: string } }[];
    names = new Map(list.map((c) => [c.cca3, c.name.common]));
  }
  return names;
}
