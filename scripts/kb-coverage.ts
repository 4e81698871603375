/**
 * Coverage of the dated office-holders (issue #3): for every country of the required set (the 19 G20
 * member countries, the Middle East and the former Soviet Union) and every office it must cover (head of
 * state, head of government, foreign and defence minister), the stretches of 2000-01-01 to 2026-12-31 that
 * no role of the loaded knowledge base covers, as years, and how many of those holders are not yet checked.
 * The European Union and the African Union (G20 members too) are left out: they have no ISO 3166 code and
 * their heads are coded by the organisation, without a national role. Gaps of a month or less (handovers
 * with an unrecorded caretaker) are not counted.
 * Run: `npx tsx scripts/kb-coverage.ts` (`--all` also lists the offices without gaps; `--data <dir>` reads
 * another copy of data/kb).
 */
import { loadKnowledgeBase } from '../src/kb/knowledge-base.js';

interface Need {
  /** Office keys any of which covers the need (a head of state may be a president or a monarch). */
  readonly offices: readonly string[];
  /** First and last day the need exists when not the whole span (Turkey's prime minister until 2018). */
  readonly from?: string;
  readonly to?: string;
  /** Why holders are left out on purpose, printed with the gap. */
  readonly note?: string;
}

type Office = 'head-of-state' | 'head-of-government' | 'foreign-minister' | 'defence-minister';

interface CountryNeeds {
  readonly group: string;
  readonly needs: Readonly<Partial<Record<Office, Need>>>;
}

const START = '2000-01-01';
const END = '2026-12-31';
const TOLERANCE_DAYS = 31;

const P = { offices: ['president'] };
const PM = { offices: ['prime-minister'] };
const KING = { offices: ['monarch'] };
const MINISTERS = { 'foreign-minister': { offices: ['foreign-minister'] }, 'defence-minister': { offices: ['defence-minister'] } } as const;
const presidential = { 'head-of-state': P, ...MINISTERS };
const parliamentary = { 'head-of-state': P, 'head-of-government': PM, ...MINISTERS };
const realm = { 'head-of-government': PM, ...MINISTERS };
const monarchy = { 'head-of-state': KING, 'head-of-government': PM, ...MINISTERS };
const IRAQ_2003 = 'not coded for 2003-2004: the Coalition Provisional Authority and the Governing Council, whose presidency rotated monthly';
const iraq = {
  'head-of-state': { ...P, note: IRAQ_2003 },
  'head-of-government': { ...PM, note: IRAQ_2003 },
  'foreign-minister': { offices: ['foreign-minister'], note: IRAQ_2003 },
  'defence-minister': { offices: ['defence-minister'], note: `${IRAQ_2003}; the Governing Council's cabinet of September 2003 had no defence ministry` },
};

/**
 * The required countries and what each must cover. Presidential systems (the president heads the
 * government: USA, Brazil, South Korea, Turkmenistan, ...) need no prime minister; Canada and Australia
 * share the British monarch, so only their prime ministers are asked for; Palestine has no defence
 * minister, and its prime minister (March 2003) and foreign minister (the Abbas government of April 2003) are asked
 * for from the offices' creation; Turkey's (2018) and Syria's (2025) prime ministers until the office ended; in a
 * ruling monarchy (Jordan, Kuwait, Bahrain, Qatar) the prime minister is asked for too, the monarch staying "the leader".
 */
const REQUIRED: Readonly<Record<string, CountryNeeds>> = {
  ARG: { group: 'G20', needs: presidential },
  AUS: { group: 'G20', needs: realm },
  BRA: { group: 'G20', needs: presidential },
  CAN: { group: 'G20', needs: realm },
  CHN: { group: 'G20', needs: parliamentary },
  DEU: { group: 'G20', needs: { ...parliamentary, 'head-of-government': { offices: ['chancellor'] } } },
  FRA: { group: 'G20', needs: parliamentary },
  GBR: { group: 'G20', needs: monarchy },
  IDN: { group: 'G20', needs: presidential },
  IND: { group: 'G20', needs: parliamentary },
  ITA: { group: 'G20', needs: parliamentary },
  JPN: { group: 'G20', needs: monarchy },
  KOR: { group: 'G20', needs: presidential },
  MEX: { group: 'G20', needs: presidential },
  RUS: { group: 'G20, former Soviet Union', needs: parliamentary },
  SAU: { group: 'G20, Middle East', needs: monarchy },
  TUR: { group: 'G20, Middle East', needs: { ...parliamentary, 'head-of-government': { offices: ['prime-minister'], to: '2018-07-09' } } },
  USA: { group: 'G20', needs: presidential },
  ZAF: { group: 'G20', needs: presidential },
  ARE: { group: 'Middle East', needs: parliamentary },
  BHR: { group: 'Middle East', needs: monarchy },
  EGY: { group: 'Middle East', needs: parliamentary },
  IRN: { group: 'Middle East', needs: { 'head-of-state': { offices: ['supreme-leader'] }, 'head-of-government': P, ...MINISTERS } },
  IRQ: { group: 'Middle East', needs: iraq },
  ISR: { group: 'Middle East', needs: parliamentary },
  JOR: { group: 'Middle East', needs: monarchy },
  KWT: { group: 'Middle East', needs: monarchy },
  LBN: { group: 'Middle East', needs: parliamentary },
  OMN: { group: 'Middle East', needs: { 'head-of-state': KING, ...MINISTERS } },
  PSE: {
    group: 'Middle East',
    needs: { 'head-of-state': P, 'head-of-government': { offices: ['prime-minister'], from: '2003-03-19' }, 'foreign-minister': { offices: ['foreign-minister'], from: '2003-04-29' } },
  },
  QAT: { group: 'Middle East', needs: monarchy },
  SYR: { group: 'Middle East', needs: { ...parliamentary, 'head-of-government': { offices: ['prime-minister'], to: '2025-03-29' } } },
  YEM: { group: 'Middle East', needs: parliamentary },
  ARM: { group: 'former Soviet Union', needs: parliamentary },
  AZE: { group: 'former Soviet Union', needs: parliamentary },
  BLR: { group: 'former Soviet Union', needs: parliamentary },
  EST: { group: 'former Soviet Union', needs: parliamentary },
  GEO: { group: 'former Soviet Union', needs: { ...parliamentary, 'head-of-government': { offices: ['prime-minister'], from: '2004-02-17' } } },
  KAZ: { group: 'former Soviet Union', needs: parliamentary },
  KGZ: { group: 'former Soviet Union', needs: parliamentary },
  LTU: { group: 'former Soviet Union', needs: parliamentary },
  LVA: { group: 'former Soviet Union', needs: parliamentary },
  MDA: { group: 'former Soviet Union', needs: parliamentary },
  TJK: { group: 'former Soviet Union', needs: parliamentary },
  TKM: { group: 'former Soviet Union', needs: presidential },
  UKR: { group: 'former Soviet Union', needs: parliamentary },
  UZB: { group: 'former Soviet Union', needs: parliamentary },
};

const DAY = 86_400_000;
const dayOf = (d: string): number => Date.parse(`${d}T00:00:00Z`) / DAY;
const startOf = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
function endOf(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) return new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return d;
}
const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** Stretches [from, to] (days) within [lo, hi] that no span covers, longer than the tolerance. */
function gaps(spans: readonly (readonly [number, number])[], lo: number, hi: number): [number, number][] {
  const out: [number, number][] = [];
  let at = lo;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (a > at) out.push([at, Math.min(a - 1, hi)]);
    at = Math.max(at, b + 1);
    if (at > hi) break;
  }
  if (at <= hi) out.push([at, hi]);
  return out.filter(([a, b]) => b - a + 1 > TOLERANCE_DAYS);
}

function years([a, b]: readonly [number, number]): string {
  const ya = isoOf(a).slice(0, 4);
  const yb = isoOf(b).slice(0, 4);
  return ya === yb ? ya : `${ya}-${yb}`;
}

const dataAt = process.argv.indexOf('--data');
const kb = loadKnowledgeBase(dataAt > 0 ? { dataDir: process.argv[dataAt + 1] } : {});
const all = process.argv.includes('--all');
let pairs = 0;
let complete = 0;
let missingYears = 0;
let unchecked = 0;
let holdersCounted = 0;
const lines: string[] = [];
for (const [country, { group, needs }] of Object.entries(REQUIRED)) {
  for (const [office, need] of Object.entries(needs) as [Office, Need][]) {
    pairs++;
    const lo = dayOf(need.from ?? START);
    const hi = dayOf(need.to ?? END);
    const spans: [number, number][] = [];
    const people = new Set<string>();
    for (const key of need.offices) {
      for (const entry of kb.holders.get(`${country}|${key}`) ?? []) {
        for (const r of entry.roles) {
          if (r.country !== country || r.office !== key) continue;
          spans.push([dayOf(startOf(r.from)), r.to === null ? hi : dayOf(endOf(r.to))]);
          people.add(entry.id);
          if (r.to === null || endOf(r.to) >= START) {
            holdersCounted++;
            if (entry.source?.includes('not yet checked')) unchecked++;
          }
        }
      }
    }
    const open = gaps(spans, lo, hi);
    const yearSet = new Set<number>();
    for (const [a, b] of open) for (let y = Number(isoOf(a).slice(0, 4)); y <= Number(isoOf(b).slice(0, 4)); y++) yearSet.add(y);
    missingYears += yearSet.size;
    if (!open.length) complete++;
    if (open.length || all) {
      const what = open.length ? `missing ${open.map(years).join(', ')}${need.note ? ` (${need.note})` : ''}` : 'complete';
      lines.push(`${country} (${group}) ${office} [${need.offices.join('/')}]: ${what}; ${people.size} holder(s)`);
    }
  }
}
console.log(lines.join('\n'));
console.log(
  `\n${Object.keys(REQUIRED).length} countries, ${pairs} country-offices: ${complete} complete, ${pairs - complete} with gaps, ` +
    `${missingYears} country-office-years missing (2000-2026); ${unchecked} of ${holdersCounted} roles held since 2000 not yet checked`,
);
