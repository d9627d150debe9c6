import type { Role } from '../../../types/api';
import { useAppointmentLiveSync } from '../hooks/use-appointment-live-sync';

/** Renders nothing; mounted once per signed-in area so that every page stays current. */
export function AppointmentLiveSync({ role }: { role: Role }) {
  useAppointmentLiveSync(role === 'patient' ? 'patient' : 'team');
  return null;
}
