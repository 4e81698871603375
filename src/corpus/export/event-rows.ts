import type { Claim } from '../../analyze/record.js';
import type { EventFilter, Store } from '../../store/store.js';
import type { EventExportRow } from './event-columns.js';

/** How many articles' claims are kept at once while exporting. */
const CACHED_ARTICLES = 1000;

type ClaimFacts = Pick<Claim, 'source' | 'via' | 'stance'>;

/** The country part of an actor code (its first three letters) when they are one of `countries`. */
function countryOf(code: string | null | undefined, countries: ReadonlySet<string>): string | null {
  const head = code?.slice(0, 3) ?? '';
  return countries.has(head) ? head : null;
}

/**
 * The events that pass a filter as export rows, streamed from the store: each with the source,
 * relay and stance of the claim that carries it and its actors' countries. Memory stays constant:
 * the claims of the last {@link CACHED_ARTICLES} articles are kept, older ones read again.
 */
export async function* eventExportRows(store: Store, filter: EventFilter, countries: ReadonlySet<string>): AsyncIterable<EventExportRow> {
  const claims = new Map<string, readonly ClaimFacts[]>();
  const claimsOf = async (articleId: string): Promise<readonly ClaimFacts[]> => {
    const held = claims.get(articleId);
    if (held) {
      claims.delete(articleId);
      claims.set(articleId, held);
      return held;
    }
    const record = await store.getRecord(articleId);
    const facts = (record?.claims ?? []).map((c) => ({ source: c.source, via: c.via, stance: c.stance }));
    claims.set(articleId, facts);
    if (claims.size > CACHED_ARTICLES) claims.delete(claims.keys().next().value!);
    return facts;
  };
  for await (const event of store.streamEvents(filter)) {
    const claim = event.claim === null ? null : ((await claimsOf(event.articleId))[event.claim] ?? null);
    yield { event, claim, sourceCountry: countryOf(event.source.actor, countries), targetCountry: countryOf(event.target?.actor, countries) };
  }
}
