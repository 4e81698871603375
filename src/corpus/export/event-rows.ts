import type { EventFilter, Store } from '../../store/store.js';
import type { EventExportRow } from './event-columns.js';

/** The country part of an actor code (its first three letters) when they are one of `countries`. */
function countryOf(code: string | null | undefined, countries: ReadonlySet<string>): string | null {
  const head = code?.slice(0, 3) ?? '';
  return countries.has(head) ? head : null;
}

/**
 * The events that pass a filter as export rows, streamed from the store: each with the source,
 * relay and stance of the claim that carries it (as the store lists them with the event) and its
 * actors' countries. Memory stays constant.
 */
export async function* eventExportRows(store: Store, filter: EventFilter, countries: ReadonlySet<string>): AsyncIterable<EventExportRow> {
  for await (const event of store.streamEvents(filter)) {
    const claim = event.claimSource === undefined || event.claimStance === undefined ? null : { source: event.claimSource, via: event.claimVia ?? null, stance: event.claimStance };
    yield { event, claim, sourceCountry: countryOf(event.source.actor, countries), targetCountry: countryOf(event.target?.actor, countries) };
  }
}
