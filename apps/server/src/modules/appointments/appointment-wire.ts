import type { AppointmentWire } from '@clinic/contract';
import { isoInstant } from '../../lib/iso-instant.ts';
import type { AppointmentView } from './appointments.repository.ts';

/**
 * The appointment as the API shows it. `withAlerts` (the team's answers only, see
 * canSeeAlertsOnAppointments) adds the patient's medical alerts, for the badge.
 */
export function toAppointmentWire(view: AppointmentView, withAlerts = false): AppointmentWire {
  const wire: AppointmentWire = {
    id: view.id,
    patient: view.patientId,
    patient_name: view.patientName,
    patient_email: view.patientEmail ?? '',
    dentist: view.dentistId,
    dentist_name: view.dentistName,
    service: view.serviceId,
    service_name: view.serviceName,
    date: view.date,
    time: view.time,
    duration_minutes: view.durationMinutes,
    end_time: view.endTime,
    status: view.status,
    notes: view.notes,
    created_at: isoInstant(view.createdAt),
    updated_at: isoInstant(view.updatedAt),
    version: view.version,
    arrived_at: view.arrivedAt === null ? null : isoInstant(view.arrivedAt),
    seated_at: view.seatedAt === null ? null : isoInstant(view.seatedAt),
    guardian: view.patientGuardianId,
    guardian_name: view.guardianName,
    patient_confirmed_at:
      view.patientConfirmedAt === null ? null : isoInstant(view.patientConfirmedAt),
  };
  if (withAlerts) {
    const alerts = JSON.parse(view.patientMedicalAlerts) as string[];
    wire.patient_medical_alerts = alerts.length > 0 ? alerts : null;
  }
  return wire;
}

/** The fields history records, under their wire names, so clients read history like the API. */
export function historyFields(view: {
  patientId: number;
  dentistId: number | null;
  serviceId: number | null;
  date: string;
  time: string;
  durationMinutes: number;
  status: string;
  notes: string;
}): Record<string, unknown> {
  return {
    patient: view.patientId,
    dentist: view.dentistId,
    service: view.serviceId,
    date: view.date,
    time: view.time,
    duration_minutes: view.durationMinutes,
    status: view.status,
    notes: view.notes,
  };
}
