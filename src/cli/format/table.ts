/** Lays rows out as a plain-text table with a header line; cells are clipped to `max` characters. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], max = 60): string {
  const clip = (s: string): string => {
    const flat = s.replace(/\s+/g, ' ');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  };
  const cells = [header.map(clip), ...rows.map((r) => r.map(clip))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string =>
    r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
