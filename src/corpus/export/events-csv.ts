import { EVENT_COLUMNS, type EventExportRow, type ExportValue } from './event-columns.js';

/** A CSV field per RFC 4180: quoted, with quotes doubled, when it holds a comma, a quote or a line break. */
export function csvField(value: ExportValue): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The header record of the events CSV, ending in CRLF. */
export function eventsCsvHeader(): string {
  return `${EVENT_COLUMNS.map((c) => c.name).join(',')}\r\n`;
}

/** One event as a CSV record of {@link EVENT_COLUMNS}, ending in CRLF. */
export function eventCsvRecord(row: EventExportRow): string {
  return `${EVENT_COLUMNS.map((c) => csvField(c.value(row))).join(',')}\r\n`;
}

/** The events CSV (RFC 4180, CRLF line ends, a header record), a record at a time. */
export async function* eventsCsv(rows: AsyncIterable<EventExportRow>): AsyncIterable<string> {
  yield eventsCsvHeader();
  for await (const row of rows) yield eventCsvRecord(row);
}
