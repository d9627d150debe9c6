import {
  appointmentReportWire,
  appointmentWire,
  auditEntryWire,
  clinicWire,
  currentSessionWire,
  dashboardWire,
  dentistWire,
  historyEntryWire,
  inboxItemWire,
  patientDashboardWire,
  patientRecordWire,
  serviceWire,
  sessionWire,
  setupStatusWire,
  teamDashboardWire,
  userWire,
} from '@clinic/contract';
import { z } from 'zod';

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
  registry.add(patientRecordWire, { id: 'PatientRecord' });
  registry.add(dentistWire, { id: 'Dentist' });
  registry.add(serviceWire, { id: 'Service' });
  registry.add(clinicWire, { id: 'Clinic' });
  registry.add(setupStatusWire, { id: 'SetupStatus' });
  registry.add(dashboardWire, { id: 'Dashboard' });
  registry.add(patientDashboardWire, { id: 'PatientDashboard' });
  registry.add(teamDashboardWire, { id: 'TeamDashboard' });
  registry.add(appointmentReportWire, { id: 'AppointmentReport' });
  registry.add(inboxItemWire, { id: 'InboxItem' });
  return registry;
}
