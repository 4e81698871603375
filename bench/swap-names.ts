import type { SeededRandom } from './seeded-random.js';
import type { Variants } from './load-variants.js';

type Kind = 'country' | 'person' | 'outlet' | 'city' | 'institute';
type Form = 'name' | 'demonym' | 'capital' | 'adjective' | 'short';

interface Group {
  readonly kind: Kind;
  readonly forms: Readonly<Partial<Record<Form, string>>>;
}

interface Surface {
  readonly group: number;
  readonly form: Form;
}

/** Replaces names in a text; one instance keeps one consistent mapping (Iran → Chile everywhere). */
export type NameSwap = (text: string) => string;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function groupsOf(v: Variants): Group[] {
  return [
    ...v.countries.map((c): Group => ({ kind: 'country', forms: { name: c.name, demonym: c.demonym, capital: c.capital } })),
    ...v.people.map((p): Group => ({ kind: 'person', forms: { name: p.name, short: p.short ?? p.name.split(' ').at(-1)! } })),
    ...v.outlets.map((name): Group => ({ kind: 'outlet', forms: { name } })),
    ...v.cities.map((name): Group => ({ kind: 'city', forms: { name } })),
    ...v.institutes.map((name): Group => ({ kind: 'institute', forms: { name } })),
  ];
}

function surfacesOf(v: Variants, groups: readonly Group[]): Map<string, Surface> {
  const surfaces = new Map<string, Surface>();
  groups.forEach((g, group) => {
    for (const [form, text] of Object.entries(g.forms) as [Form, string][]) {
      if (!surfaces.has(text)) surfaces.set(text, { group, form });
    }
  });
  v.countries.forEach((c, group) => {
    for (const a of c.adjectives ?? []) surfaces.set(a, { group, form: 'adjective' });
  });
  return surfaces;
}

/**
 * Builds a name swapper factory over the variant lists: each call of the factory draws a new
 * mapping (each name kept with probability `keep`, else sent to another of its kind) and returns
 * the function that applies it to whole-word occurrences.
 */
export function nameSwapper(variants: Variants, keep = 0.3): (rng: SeededRandom) => NameSwap {
  const groups = groupsOf(variants);
  const surfaces = surfacesOf(variants, groups);
  const byKind = new Map<Kind, number[]>();
  groups.forEach((g, i) => byKind.set(g.kind, [...(byKind.get(g.kind) ?? []), i]));
  const alternatives = [...surfaces.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (rng) => {
    const mapping = new Map<number, number>();
    const used = new Set<number>();
    const target = (group: number): number => {
      const known = mapping.get(group);
      if (known !== undefined) return known;
      const pool = byKind.get(groups[group]!.kind)!.filter((g) => !used.has(g));
      const chosen = rng.chance(keep) || pool.length === 0 ? group : rng.pick(pool);
      mapping.set(group, chosen);
      used.add(chosen);
      return chosen;
    };
    return (text) =>
      text.replace(pattern, (match) => {
        const s = surfaces.get(match)!;
        const forms = groups[target(s.group)]!.forms;
        return (s.form === 'adjective' ? forms.demonym : forms[s.form]) ?? forms.name ?? match;
      });
  };
}
