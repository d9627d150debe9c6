import { type AppointmentStatus, addDays, clinicDate, planAppointmentTime } from '@clinic/domain';
import type { AppContext } from '../context.ts';
import { diffFields } from '../lib/diff-fields.ts';
import { historyFields, insertAppointment, insertHistory } from '../modules/appointments/index.ts';

/** A small seeded generator, so every demo clinic looks the same. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function pickStatus(date: string, today: string, roll: number): AppointmentStatus {
  if (date < today) return roll < 0.8 ? 'completed' : roll < 0.9 ? 'no_show' : 'cancelled';
  if (date === today) return 'confirmed';
  return roll < 0.72 ? 'confirmed' : roll < 0.95 ? 'pending' : 'cancelled';
}

/**
 * Three weeks either side of today, weekdays 09:00–17:00, each dentist about half booked.
 * Written straight to the tables (with history), since past visits cannot be booked anew.
 */
export async function seedDemoAppointments(
  ctx: AppContext,
  options: { ownerId: number; zone: string; serviceIds: { id: number; minutes: number }[] },
): Promise<number> {
  const db = ctx.db.kysely;
  const next = random(20_261_125);
  const dentists = await db.selectFrom('users').select('id').where('isDentist', '=', 1).execute();
  const patients = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'patient')
    .execute();
  const now = ctx.now();
  const today = clinicDate(new Date(now), options.zone);
  const busyPatients = new Map<string, number[]>();
  let count = 0;

  await db.transaction().execute(async (trx) => {
    for (let offset = -21; offset <= 21; offset++) {
      const date = addDays(today, offset);
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      for (const dentist of dentists) {
        let minute = 9 * 60;
        while (minute < 17 * 60) {
          const service = options.serviceIds[Math.floor(next() * options.serviceIds.length)];
          if (!service) break;
          const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
          const patient = patients[Math.floor(next() * patients.length)];
          const planned = planAppointmentTime(date, time, service.minutes, options.zone);
          const patientDay = `${patient?.id}:${date}`;
          const patientIsFree = !busyPatients.get(patientDay)?.length;
          if (
            patient &&
            planned.ok &&
            next() < 0.55 &&
            patientIsFree &&
            minute + service.minutes <= 17 * 60
          ) {
            busyPatients.set(patientDay, [minute]);
            const status = pickStatus(date, today, next());
            const row = {
              patientId: patient.id,
              dentistId: dentist.id,
              serviceId: service.id,
              date,
              time,
              endTime: planned.endTime,
              durationMinutes: service.minutes,
              startsAt: planned.startsAt,
              endsAt: planned.endsAt,
              status,
              notes: '',
              createdAt: Math.min(now, planned.startsAt - 7 * 86_400_000),
              updatedAt: now,
            };
            const id = await insertAppointment(trx, row);
            await insertHistory(trx, {
              appointmentId: id,
              actorId: status === 'pending' ? patient.id : options.ownerId,
              at: row.createdAt,
              action: 'created',
              changes: JSON.stringify(diffFields({}, historyFields(row))),
              reason: null,
            });
            count += 1;
            minute += service.minutes;
          } else {
            minute += 30;
          }
        }
      }
    }
  });
  return count;
}
