import { type DentistColour, leastUsedColour } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { wornDentistColours } from './users.repository.ts';

/**
 * The colour for someone becoming a dentist now. Read within the transaction that makes them
 * one; two dentists made at the same moment may get the same colour, which the owner can
 * change, since colours tell people apart but need not be unique (there are only eight).
 */
export async function colourForNewDentist(db: Kysely<Database>): Promise<DentistColour> {
  return leastUsedColour(await wornDentistColours(db));
}
