const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const ZONES: Readonly<Record<string, string>> = {
  GMT: '+00:00', UT: '+00:00', UTC: '+00:00', Z: '+00:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,4}|[+-]\d{4})?$/;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function zone(z: string | undefined): string | null {
  if (!z) return null;
  const named = ZONES[z.toUpperCase()];
  if (named) return named;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3]}` : null;
}

function compose(y: number, mo: number, d: number, h?: string, mi?: string, s?: string, z?: string): string | null {
  if (!validDay(y, mo, d)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
  const offset = zone(z);
  return `${date}T${pad(Number(h))}:${mi}:${s ?? '00'}${offset === '+00:00' ? 'Z' : offset ?? ''}`;
}

/**
 * Normalises a date as feeds and pages write it (ISO 8601, RFC 822 `pubDate`, or anything
 * `Date.parse` reads) to ISO 8601: `YYYY-MM-DD` when there is no time, else a datetime that keeps
 * the source's own offset, so the local date stays the one the outlet printed; a time without a zone
 * stays without one (never shifted by the machine's time zone). Null when unreadable.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  const iso = ISO.exec(s);
  if (iso) return compose(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4], iso[5], iso[6], iso[7]);
  const rfc = RFC822.exec(s);
  if (rfc) {
    const month = MONTHS[rfc[2]!.slice(0, 3).toLowerCase()];
    const year = rfc[3]!.length === 2 ? 2000 + Number(rfc[3]) : Number(rfc[3]);
    if (month) return compose(year, month, Number(rfc[1]), rfc[4], rfc[5], rfc[6], rfc[7]);
  }
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  if (/(?:\bZ|UTC|GMT|[+-]\d{2}:?\d{2})\s*$/i.test(s)) return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const d = new Date(ms);
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return /\d:\d\d/.test(s) ? `${date}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` : date;
}
