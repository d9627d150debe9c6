/**
 * Fills a database quickly with a realistic clinic for benchmarks: 5 dentists (or D), 2,000
 * patients, 3 services and N appointments over two years (one past, one ahead).
 *
 *   node --import tsx bench/seed.ts [appointments=100000] [dentists=5]
 *
 * Uses DATA_DIR or DATABASE_URL like the server. Past appointments are completed, cancelled or
 * no-show; future ones are active in distinct slots (the database refuses overlaps) and the
 * surplus beyond the free slots is cancelled, as in a real book.
 */

import { loadConfig } from '../apps/server/src/config.ts';
import { connectDatabase } from '../apps/server/src/db/connect.ts';
import { migrateToLatest } from '../apps/server/src/db/migrate.ts';
import { hashPassword } from '../apps/server/src/modules/auth/passwords.ts';
import { planAppointmentTime } from '../packages/domain/src/index.ts';

export const BENCH_PASSWORD = 'bench-clinic-password-2026';
const PATIENTS = 2000;
const SLOTS_PER_DAY = 16; // at most 08:00 to 16:00, every 30 minutes
const BATCH = 500;

export async function seed(
  appointments: number,
  log: (line: string) => void = console.log,
  dentists = 5,
) {
  const config = loadConfig();
  const db = connectDatabase(config);
  await migrateToLatest(db);
  const k = db.kysely;
  const started = Date.now();
  const now = Date.now();
  const zone = config.clinicTimeZoneOverride ?? 'UTC';
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  await k
    .insertInto('clinic')
    .values({
      id: 1,
      name: 'Benchmark Dental',
      timezone: zone,
      openingHours: '{}',
      reminderLeadHours: 24,
      createdAt: now,
      updatedAt: now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const user = (
    email: string,
    name: string,
    role: 'owner' | 'staff' | 'patient',
    isDentist = 0,
  ) => ({
    email,
    name,
    phone: '',
    role,
    isDentist,
    isActive: 1,
    passwordHash,
    createdAt: now,
    updatedAt: now,
  });
  await k
    .insertInto('users')
    .values(user('owner@bench.clinic', 'Bench Owner', 'owner'))
    .execute();
  const dentistRows = await k
    .insertInto('users')
    .values(
      Array.from({ length: dentists }, (_, i) =>
        user(`dentist${i}@bench.clinic`, `Dr. Bench ${i}`, 'staff', 1),
      ),
    )
    .returning('id')
    .execute();
  const patientIds: number[] = [];
  for (let from = 0; from < PATIENTS; from += BATCH) {
    const rows = await k
      .insertInto('users')
      .values(
        Array.from({ length: Math.min(BATCH, PATIENTS - from) }, (_, i) =>
          user(`patient${from + i}@bench.clinic`, `Patient ${from + i}`, 'patient'),
        ),
      )
      .returning('id')
      .execute();
    patientIds.push(...rows.map((r) => r.id));
  }
  const serviceRows = await k
    .insertInto('services')
    .values(
      [30, 45, 60].map((minutes, i) => ({
        name: ['Check-up', 'Cleaning', 'Filling'][i] ?? 'Service',
        description: '',
        durationMinutes: minutes,
        priceCents: 6000 + i * 2000,
        isActive: 1,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .returning('id')
    .execute();

  const today = new Date(now);
  today.setUTCHours(0, 0, 0, 0);
  const firstDay = today.getTime() - 365 * 86_400_000;
  // A small book still spans both years: fewer visits a day rather than one crowded year.
  const perDay = Math.min(SLOTS_PER_DAY, Math.ceil(appointments / (730 * dentists)));
  const slotsPerYear = 365 * perDay * dentists;
  let written = 0;
  while (written < appointments) {
    const batch = [];
    for (let n = 0; n < BATCH && written + n < appointments; n++) {
      const i = written + n;
      // Spread evenly over two years; wrap around and stack extra rows as history if N is large.
      const position = i % (2 * slotsPerYear);
      const dentistIndex = position % dentists;
      const slot = Math.floor(position / dentists);
      const day = Math.floor(slot / perDay);
      const minute = 8 * 60 + (slot % perDay) * 30;
      const date = new Date(firstDay + day * 86_400_000).toISOString().slice(0, 10);
      const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      const planned = planAppointmentTime(date, time, 30, zone);
      if (!planned.ok) continue;
      const isFuture = planned.startsAt > now;
      const isFirstLap = i < 2 * slotsPerYear;
      const roll = (i * 7919) % 100;
      const status =
        isFuture && isFirstLap
          ? roll < 80
            ? 'confirmed'
            : 'pending'
          : isFuture
            ? 'cancelled'
            : roll < 85
              ? 'completed'
              : roll < 93
                ? 'cancelled'
                : 'no_show';
      batch.push({
        patientId: patientIds[(slot * dentists + dentistIndex) % PATIENTS] ?? 0,
        dentistId: dentistRows[dentistIndex]?.id ?? null,
        serviceId: serviceRows[i % serviceRows.length]?.id ?? null,
        date,
        time,
        endTime: planned.endTime,
        durationMinutes: 30,
        startsAt: planned.startsAt,
        endsAt: planned.endsAt,
        status: status as 'confirmed',
        notes: '',
        createdAt: now,
        updatedAt: now,
      });
    }
    if (batch.length > 0) await k.insertInto('appointments').values(batch).execute();
    written += BATCH;
    if ((written / BATCH) % 100 === 0)
      log(`  ${Math.min(written, appointments).toLocaleString('en')} appointments…`);
  }
  log(
    `Seeded ${appointments.toLocaleString('en')} appointments, ${PATIENTS} patients, ${dentists} dentists in ${((Date.now() - started) / 1000).toFixed(1)} s (${db.engine}).`,
  );
  await db.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await seed(Number(process.argv[2] ?? 100_000), console.log, Number(process.argv[3] ?? 5));
}
