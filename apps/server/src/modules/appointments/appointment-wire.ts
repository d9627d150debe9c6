import type { AppointmentWire } from '@clinic/contract';
import { isoInstant } from '../../lib/iso-instant.ts';
import type { AppointmentView } from './appointments.repository.ts';

export function toAppointmentWire(view: AppointmentView): AppointmentWire {
  return {
    id: view.id,
    patient: view.patientId,
    patient_name: view.patientName,
    patient_email: view.patientEmail,
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
  };
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
