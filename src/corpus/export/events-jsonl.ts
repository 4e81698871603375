import { EVENT_COLUMNS, type EventExportRow, type ExportValue } from './event-columns.js';

/** One event as a JSON object with the keys of {@link EVENT_COLUMNS} in order, on one line ending in LF. */
export function eventJsonLine(row: EventExportRow): string {
  const object: Record<string, ExportValue> = {};
  for (const c of EVENT_COLUMNS) object[c.name] = c.value(row);
  return `${JSON.stringify(object)}\n`;
}

/** The events as JSON Lines, a line at a time. */
export async function* eventsJsonl(rows: AsyncIterable<EventExportRow>): AsyncIterable<string> {
  for await (const row of rows) yield eventJsonLine(row);
}
