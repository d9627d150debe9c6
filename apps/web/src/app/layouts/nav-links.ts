import type { ParseKeys } from 'i18next';
import type { Role } from '../../types/api';

export interface NavItem {
  /** A key of the `app` texts, read when the menu is drawn so it follows the language. */
  label: ParseKeys<'app'>;
  to: string;
}

/** Each role's menu. */
export const navLinks: Record<Role, NavItem[]> = {
  owner: [
    { label: 'nav.home', to: '/owner' },
    { label: 'nav.dayBoard', to: '/owner/day' },
    { label: 'nav.appointments', to: '/owner/appointments' },
    { label: 'nav.calendar', to: '/owner/calendar' },
    { label: 'nav.staff', to: '/owner/staff' },
    { label: 'nav.patients', to: '/owner/patients' },
    { label: 'nav.services', to: '/owner/services' },
    { label: 'nav.schedule', to: '/owner/schedule' },
    { label: 'nav.settings', to: '/owner/settings' },
    { label: 'nav.audit', to: '/owner/audit' },
    { label: 'nav.reports', to: '/owner/reports' },
    { label: 'nav.myProfile', to: '/owner/profile' },
  ],
  staff: [
    { label: 'nav.home', to: '/staff' },
    { label: 'nav.dayBoard', to: '/staff/day' },
    { label: 'nav.appointments', to: '/staff/appointments' },
    { label: 'nav.calendar', to: '/staff/calendar' },
    { label: 'nav.patients', to: '/staff/patients' },
    { label: 'nav.timeOff', to: '/staff/time-off' },
    { label: 'nav.myProfile', to: '/staff/profile' },
  ],
  patient: [
    { label: 'nav.home', to: '/patient' },
    { label: 'nav.myAppointments', to: '/patient/appointments' },
    { label: 'nav.myProfile', to: '/patient/profile' },
  ],
};
