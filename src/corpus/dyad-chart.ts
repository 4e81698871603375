import type { DyadPeriod } from './dyad-series.js';
import { periodsBetween, type PeriodUnit } from './period.js';

/** What the chart is of. */
export interface DyadChartOptions {
  readonly title: string;
  readonly unit: PeriodUnit;
}

const WIDTH = 900;
const HEIGHT = 360;
const M = { left: 56, right: 56, top: 44, bottom: 64 };
const COOPERATION = '#2e7d32';
const CONFLICT = '#c62828';
const GOLDSTEIN = '#1f3b73';
const MAX_LABELS = 12;

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function n(x: number): string {
  return x.toFixed(1);
}

/**
 * An SVG chart of a dyad series: per period a bar of its distinct events split into cooperation
 * (green, below) and conflict (red, above), on the left axis; the mean Goldstein score as a line
 * on the right axis (−10 to +10). Periods without events are shown empty, so time runs evenly.
 */
export function dyadChartSvg(series: readonly DyadPeriod[], options: DyadChartOptions): string {
  const plotW = WIDTH - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const bottom = M.top + plotH;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="11">`,
    `<title>${esc(options.title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${M.left}" y="24" font-size="15" font-weight="bold">${esc(options.title)}</text>`,
  ];
  if (series.length === 0) {
    out.push(`<text x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle" fill="#666666">no events</text>`, '</svg>');
    return `${out.join('\n')}\n`;
  }
  const periods = periodsBetween(series[0]!.period, series[series.length - 1]!.period, options.unit);
  const byPeriod = new Map(series.map((p) => [p.period, p]));
  const maxEvents = Math.max(...series.map((p) => p.events));
  const slot = plotW / periods.length;
  const barW = Math.max(1, slot * 0.7);
  const yEvents = (v: number): number => bottom - (v / maxEvents) * plotH;
  const yGoldstein = (g: number): number => M.top + ((10 - g) / 20) * plotH;

  out.push(`<line x1="${M.left}" y1="${bottom}" x2="${M.left + plotW}" y2="${bottom}" stroke="#333333"/>`);
  for (const v of [...new Set([0, Math.round(maxEvents / 2), maxEvents])]) {
    out.push(`<text x="${M.left - 6}" y="${n(yEvents(v) + 4)}" text-anchor="end">${v}</text>`);
  }
  out.push(`<text x="14" y="${n(M.top + plotH / 2)}" transform="rotate(-90 14 ${n(M.top + plotH / 2)})" text-anchor="middle">events</text>`);
  for (const g of [-10, 0, 10]) {
    out.push(`<text x="${M.left + plotW + 6}" y="${n(yGoldstein(g) + 4)}" fill="${GOLDSTEIN}">${g > 0 ? `+${g}` : g}</text>`);
  }
  out.push(
    `<line x1="${M.left}" y1="${n(yGoldstein(0))}" x2="${M.left + plotW}" y2="${n(yGoldstein(0))}" stroke="${GOLDSTEIN}" stroke-dasharray="3 3" stroke-opacity="0.5"/>`,
  );
  const every = Math.ceil(periods.length / MAX_LABELS);
  const points: string[] = [];
  periods.forEach((period, i) => {
    const x = M.left + i * slot + (slot - barW) / 2;
    const mid = M.left + (i + 0.5) * slot;
    const p = byPeriod.get(period);
    if (p) {
      const coop = p.events * p.cooperation;
      const yCoop = yEvents(coop);
      const yAll = yEvents(p.events);
      if (coop > 0) out.push(`<rect x="${n(x)}" y="${n(yCoop)}" width="${n(barW)}" height="${n(bottom - yCoop)}" fill="${COOPERATION}"><title>${esc(`${period}: ${Math.round(coop)} cooperation`)}</title></rect>`);
      if (p.events > coop) out.push(`<rect x="${n(x)}" y="${n(yAll)}" width="${n(barW)}" height="${n(yCoop - yAll)}" fill="${CONFLICT}"><title>${esc(`${period}: ${Math.round(p.events - coop)} conflict`)}</title></rect>`);
      points.push(`${n(mid)},${n(yGoldstein(p.meanGoldstein))}`);
      out.push(`<circle cx="${n(mid)}" cy="${n(yGoldstein(p.meanGoldstein))}" r="3" fill="${GOLDSTEIN}"><title>${esc(`${period}: mean Goldstein ${p.meanGoldstein}`)}</title></circle>`);
    }
    if (i % every === 0) out.push(`<text x="${n(mid)}" y="${bottom + 16}" text-anchor="middle">${esc(period)}</text>`);
  });
  if (points.length > 1) out.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${GOLDSTEIN}" stroke-width="1.5"/>`);
  const ly = HEIGHT - 18;
  out.push(
    `<rect x="${M.left}" y="${ly - 9}" width="10" height="10" fill="${COOPERATION}"/><text x="${M.left + 14}" y="${ly}">cooperation (quad 1–2)</text>`,
    `<rect x="${M.left + 170}" y="${ly - 9}" width="10" height="10" fill="${CONFLICT}"/><text x="${M.left + 184}" y="${ly}">conflict (quad 3–4)</text>`,
    `<line x1="${M.left + 320}" y1="${ly - 4}" x2="${M.left + 340}" y2="${ly - 4}" stroke="${GOLDSTEIN}" stroke-width="1.5"/><text x="${M.left + 344}" y="${ly}">mean Goldstein (right axis)</text>`,
    '</svg>',
  );
  return `${out.join('\n')}\n`;
}
