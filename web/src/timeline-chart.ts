import type { DyadPeriod } from './api-types.js';
import { svg } from './dom.js';

const WIDTH = 960;
const HEIGHT = 260;
const PAD = { left: 44, right: 44, top: 16, bottom: 48 };

/**
 * The relationship timeline as SVG: per period a bar as tall as its distinct events, split into
 * cooperation (green), conflict (red) and the rest; a dot at its mean Goldstein score (right axis,
 * −10 to +10). Each bar links to `#period-<period>`, where its evidence is listed.
 */
export function timelineChart(periods: readonly DyadPeriod[], label: string): SVGSVGElement {
  const most = Math.max(1, ...periods.map((p) => p.events));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const step = plotW / Math.max(1, periods.length);
  const barW = Math.max(4, Math.min(48, step * 0.6));
  const y = (events: number) => PAD.top + plotH - (plotH * events) / most;
  const gy = (g: number) => PAD.top + plotH / 2 - (plotH / 2) * (g / 10);
  const labelEvery = Math.max(1, Math.ceil(periods.length / 12));
  const bars = periods.map((p, i) => {
    const x = PAD.left + step * i + (step - barW) / 2;
    const total = plotH * (p.events / most);
    const coop = total * p.cooperation;
    const conflict = total * p.conflict;
    const base = PAD.top + plotH;
    return svg(
      'a',
      { href: `#period-${p.period}`, class: 'period', 'aria-label': `${p.period}: ${p.events} events, mean Goldstein ${p.meanGoldstein.toFixed(1)}` },
      svg('title', {}, `${p.period}: ${p.events} events (${Math.round(p.cooperation * 100)}% cooperation, ${Math.round(p.conflict * 100)}% conflict), mean Goldstein ${p.meanGoldstein.toFixed(2)}`),
      svg('rect', { class: 'bar-other', x, y: y(p.events), width: barW, height: total }),
      svg('rect', { class: 'bar-coop', x, y: base - coop, width: barW, height: coop }),
      svg('rect', { class: 'bar-conflict', x, y: base - coop - conflict, width: barW, height: conflict }),
      svg('circle', { class: 'goldstein', cx: x + barW / 2, cy: gy(p.meanGoldstein), r: 4 }),
      i % labelEvery === 0 ? svg('text', { class: 'tick', x: x + barW / 2, y: base + 16, 'text-anchor': 'middle' }, p.period) : null,
    );
  });
  return svg(
    'svg',
    { class: 'timeline-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': label },
    svg('line', { class: 'axis', x1: PAD.left, x2: WIDTH - PAD.right, y1: PAD.top + plotH, y2: PAD.top + plotH }),
    svg('line', { class: 'zero', x1: PAD.left, x2: WIDTH - PAD.right, y1: gy(0), y2: gy(0) }),
    svg('text', { class: 'axis-label', x: PAD.left - 6, y: PAD.top + 10, 'text-anchor': 'end' }, String(most)),
    svg('text', { class: 'axis-label', x: PAD.left - 6, y: PAD.top + plotH, 'text-anchor': 'end' }, '0'),
    svg('text', { class: 'axis-label', x: WIDTH - PAD.right + 6, y: gy(10) + 10 }, '+10'),
    svg('text', { class: 'axis-label', x: WIDTH - PAD.right + 6, y: gy(-10) }, '−10'),
    svg('text', { class: 'axis-title', x: PAD.left, y: HEIGHT - 8 }, 'bars: distinct events (green cooperation, red conflict) · dots: mean Goldstein'),
    bars,
  );
}
