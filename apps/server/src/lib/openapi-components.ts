import { z } from 'zod';
import { appointmentWire, historyEntryWire } from '../modules/appointments/appointments.schemas.ts';
import { auditEntryWire } from '../modules/audit/audit.schemas.ts';
import { currentSessionWire, sessionWire } from '../modules/auth/auth.schemas.ts';
import { clinicWire, setupStatusWire } from '../modules/clinic/clinic.schemas.ts';
import {
  dashboardWire,
  patientDashboardWire,
  teamDashboardWire,
} from '../modules/dashboard/dashboard.schemas.ts';
import { appointmentReportWire } from '../modules/reports/reports.schemas.ts';
import { serviceWire } from '../modules/services/services.schemas.ts';
import { dentistWire, userWire } from '../modules/users/users.schemas.ts';

/**
 * The answers' shapes, named: the document refers to each once instead of repeating it in every
 * operation that answers it, and clients generated from it get one type per record. Schemas
 * not listed here stay inline, which is as correct, only longer.
 */
export function openApiComponents() {
  const registry = z.registry<{ id: string }>();
  registry.add(appointmentWire, { id: 'Appointment' });
  registry.add(historyEntryWire, { id: 'AppointmentChange' });
  registry.add(auditEntryWire, { id: 'AuditEntry' });
  registry.add(sessionWire, { id: 'Session' });
  registry.add(currentSessionWire, { id: 'CurrentSession' });
  registry.add(userWire, { id: 'User' });
  registry.add(dentistWire, { id: 'Dentist' });
  registry.add(serviceWire, { id: 'Service' });
  registry.add(clinicWire, { id: 'Clinic' });
  registry.add(setupStatusWire, { id: 'SetupStatus' });
  registry.add(dashboardWire, { id: 'Dashboard' });
  registry.add(patientDashboardWire, { id: 'PatientDashboard' });
  registry.add(teamDashboardWire, { id: 'TeamDashboard' });
  registry.add(appointmentReportWire, { id: 'AppointmentReport' });
  return registry;
}
