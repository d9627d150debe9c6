import { describe, expect, it } from 'vitest';
import type { PatientDashboard, TeamDashboard } from '../../../types/api';
import { appointmentFixture } from '../../appointments/testing';
import { applyToDashboard } from './dashboard-cache';

const request = appointmentFixture({ id: 10, date: '2026-12-03' });
const todays = { ...request, id: 11, date: '2026-12-02', status: 'confirmed' as const };

const team: TeamDashboard = {
  role: 'team',
  today: '2026-12-02',
  timezone: 'UTC',
  weekFrom: '2026-11-30',
  weekTo: '2026-12-06',
  schedule: [todays],
  pending: [request],
  unconfirmedTomorrow: [],
  counts: { today: 1, thisWeek: 2, pending: 1 },
  weekOutcomes: null,
};

describe('applyToDashboard for the clinic team', () => {
  it('takes a confirmed request out of the queue at once', () => {
    const next = applyToDashboard(team, {
      type: 'updated',
      appointment: { ...request, status: 'confirmed' },
    });
    expect(next.role === 'team' && next.pending).toEqual([]);
    expect(next.role === 'team' && next.counts.pending).toBe(0);
  });

  it('keeps a request that is still pending, with its new time', () => {
    const moved = { ...request, time: '11:00' };
    const next = applyToDashboard(team, { type: 'updated', appointment: moved });
    expect(next.role === 'team' && next.pending).toEqual([moved]);
    expect(next.role === 'team' && next.counts.pending).toBe(1);
  });

  it('shows today’s changes and drops cancelled or moved-away visits', () => {
    const done = { ...todays, status: 'completed' as const };
    const completed = applyToDashboard(team, { type: 'updated', appointment: done });
    expect(completed.role === 'team' && completed.schedule).toEqual([done]);
    const cancelled = applyToDashboard(team, {
      type: 'updated',
      appointment: { ...todays, status: 'cancelled' },
    });
    expect(cancelled.role === 'team' && cancelled.schedule).toEqual([]);
    const moved = applyToDashboard(team, {
      type: 'updated',
      appointment: { ...todays, date: '2026-12-04' },
    });
    expect(moved.role === 'team' && moved.schedule).toEqual([]);
  });

  it('takes a visit out of tomorrow’s unconfirmed list once the patient confirms', () => {
    const tomorrows = { ...request, id: 12, date: '2026-12-03', status: 'confirmed' as const };
    const waiting = { ...team, unconfirmedTomorrow: [{ ...tomorrows, patientPhone: '+351 912' }] };
    const noted = applyToDashboard(waiting, {
      type: 'updated',
      appointment: { ...tomorrows, notes: 'Call back' },
    });
    expect(noted.role === 'team' && noted.unconfirmedTomorrow).toEqual([
      { ...tomorrows, notes: 'Call back', patientPhone: '+351 912' },
    ]);
    for (const after of [
      { ...tomorrows, patientConfirmedAt: '2026-12-02T09:00:00.000Z' },
      { ...tomorrows, status: 'cancelled' as const },
      { ...tomorrows, date: '2026-12-09' },
    ]) {
      const next = applyToDashboard(waiting, { type: 'updated', appointment: after });
      expect(next.role === 'team' && next.unconfirmedTomorrow).toEqual([]);
    }
    const deleted = applyToDashboard(waiting, { type: 'deleted', id: 12 });
    expect(deleted.role === 'team' && deleted.unconfirmedTomorrow).toEqual([]);
  });

  it('forgets a deleted appointment', () => {
    const next = applyToDashboard(team, { type: 'deleted', id: request.id });
    expect(next.role === 'team' && next.pending).toEqual([]);
    expect(next.role === 'team' && next.counts.pending).toBe(0);
    expect(applyToDashboard(team, { type: 'deleted', id: 999 })).toEqual(team);
  });
});

describe('applyToDashboard for a patient', () => {
  const patient: PatientDashboard = {
    role: 'patient',
    today: '2026-12-02',
    timezone: 'UTC',
    weekFrom: '2026-11-30',
    weekTo: '2026-12-06',
    nextAppointment: request,
    upcoming: [todays],
    pendingCount: 1,
  };

  it('shows the new state of the next appointment in place', () => {
    const confirmed = { ...request, status: 'confirmed' as const };
    const next = applyToDashboard(patient, { type: 'updated', appointment: confirmed });
    expect(next.role === 'patient' && next.nextAppointment).toEqual(confirmed);
  });

  it('leaves reordering to the refetch', () => {
    expect(applyToDashboard(patient, { type: 'deleted', id: request.id })).toBe(patient);
  });
});
