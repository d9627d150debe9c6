// Changes this tab made itself. The server announces them to every tab, this one included;
// remembering them keeps the live notice from repeating what the form already said.

const REMEMBER_MS = 60_000;
const remembered = new Map<string, number>();

function forget(now: number): void {
  for (const [key, until] of remembered) if (until < now) remembered.delete(key);
}

/** A saved appointment is known by its id and the moment it was saved. */
export function savedChangeKey(appointment: { id: number; updatedAt: string }): string {
  return `saved:${appointment.id}@${appointment.updatedAt}`;
}

export function deletedChangeKey(id: number): string {
  return `deleted:${id}`;
}

export function rememberOwnChange(key: string, now = Date.now()): void {
  forget(now);
  remembered.set(key, now + REMEMBER_MS);
}

/** True once for a change this tab made; the echo is then forgotten. */
export function takeOwnChange(key: string, now = Date.now()): boolean {
  forget(now);
  return remembered.delete(key);
}
