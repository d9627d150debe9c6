import { NO_DENTIST_COLOUR, paintOf } from '../../../components/ui/dentist-palette';
import type { Dentist } from '../../../types/api';

/**
 * A colour per dentist: the one stored with them, so adding a dentist never recolours the
 * others. A dentist the list does not hold falls back to a colour by id.
 */
export function dentistColours(
  dentists: readonly Pick<Dentist, 'id' | 'colour'>[],
): (id: number | null) => string {
  const byId = new Map(
    dentists.map((dentist) => [dentist.id, paintOf(dentist.colour, dentist.id)]),
  );
  return (id) => (id === null ? NO_DENTIST_COLOUR : (byId.get(id) ?? paintOf(null, id)));
}
