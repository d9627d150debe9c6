/*
 * The two engines report constraint failures differently; these predicates let services
 * map both to the same API error without knowing which engine is underneath.
 */

function codeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

export function isForeignKeyViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/**
 * Which rule a refused booking broke: the dentist's or the patient's calendar. PostgreSQL
 * names the exclusion constraint; SQLite's trigger names the rule in its message.
 */
export function doubleBookingOf(error: unknown): 'dentist' | 'patient' | null {
  const code = codeOf(error);
  if (code === '23P01') {
    const constraint = (error as { constraint?: string }).constraint ?? '';
    return constraint.includes('patient') ? 'patient' : 'dentist';
  }
  if (code === 'SQLITE_CONSTRAINT_TRIGGER' && error instanceof Error) {
    if (error.message.includes('double_booking:dentist')) return 'dentist';
    if (error.message.includes('double_booking:patient')) return 'patient';
  }
  return null;
}

/**
 * A transaction PostgreSQL aborted only because of another one running beside it: a deadlock
 * (two bookings of one slot each waiting on the other's exclusion-constraint entry) or a
 * serialization failure. Run again, it meets the winner's committed row and fails properly.
 */
export function isTransientConflict(error: unknown): boolean {
  const code = codeOf(error);
  return code === '40P01' || code === '40001';
}
