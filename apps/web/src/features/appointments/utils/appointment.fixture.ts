import type { Appointment } from '../../../types/api';

/** For tests: Ana Lima's pending check-up with Dr. Sam Reed, changed as each test needs. */
export function appointmentFixture(overrides: Partial<Appointment> = {}): Appointment {
  return {
    id: 17,
    patient: 4,
    patientName: 'Ana Lima',
    patientEmail: 'ana@example.com',
    dentist: 2,
    dentistName: 'Dr. Sam Reed',
    service: 1,
    serviceName: 'Check-up',
    date: '2026-12-02',
    time: '09:30',
    durationMinutes: 30,
    endTime: '10:00',
    status: 'pending',
    notes: '',
    createdAt: '2026-11-25T10:00:00.000Z',
    updatedAt: '2026-11-25T10:00:00.000Z',
    version: 1,
    arrivedAt: null,
    seatedAt: null,
    guardian: null,
    guardianName: null,
    patientConfirmedAt: null,
    ...overrides,
  };
}
