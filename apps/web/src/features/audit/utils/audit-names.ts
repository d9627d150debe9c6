import type { AuditEntry } from '../../../types/api';
import type { HistoryNames } from '../../appointments';

interface Named {
  id: number;
  name: string;
}

/** Names for the ids in the log's changes, from what the page has loaded anyway. */
export function auditNames(
  entries: readonly AuditEntry[],
  team: readonly Named[],
  services: readonly Named[],
): HistoryNames {
  const patients = new Map<number, string>();
  for (const entry of entries) {
    if (entry.patient !== null && entry.patientName !== null) {
      patients.set(entry.patient, entry.patientName);
    }
  }
  return {
    // Dentists are team members, and the team list still holds those who have left.
    dentists: new Map(team.map((member) => [member.id, member.name])),
    services: new Map(services.map((service) => [service.id, service.name])),
    patients,
  };
}
