import type { Role } from '../../types/api';

export interface NavItem {
  label: string;
  to: string;
}

/** Each role's menu. */
export const navLinks: Record<Role, NavItem[]> = {
  owner: [
    { label: 'Home', to: '/owner' },
    { label: 'Appointments', to: '/owner/appointments' },
    { label: 'Calendar', to: '/owner/calendar' },
    { label: 'Staff', to: '/owner/staff' },
    { label: 'Patients', to: '/owner/patients' },
    { label: 'Services', to: '/owner/services' },
    { label: 'Clinic settings', to: '/owner/settings' },
    { label: 'Audit log', to: '/owner/audit' },
    { label: 'Reports', to: '/owner/reports' },
  ],
  staff: [
    { label: 'Home', to: '/staff' },
    { label: 'Appointments', to: '/staff/appointments' },
    { label: 'Calendar', to: '/staff/calendar' },
    { label: 'Patients', to: '/staff/patients' },
  ],
  patient: [
    { label: 'Home', to: '/patient' },
    { label: 'My appointments', to: '/patient/appointments' },
    { label: 'My profile', to: '/patient/profile' },
  ],
};
