import type { EntityType } from './record.js';

/** Entity types as people read them, in the order lists show them (the CLI's pretty view and the web UI). */
export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  PERSON: 'People',
  ORG: 'Organisations',
  GPE: 'Countries and cities',
  LOC: 'Places',
  NORP: 'Nationalities and groups',
  FAC: 'Facilities',
  EVENT: 'Named events',
  PRODUCT: 'Products',
  MISC: 'Other',
};
