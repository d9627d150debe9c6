import { loadConfig } from '../config.ts';
import type { AppContext } from '../context.ts';
import { createInProcessBus } from '../lib/event-bus.ts';
import { createAccount } from '../modules/auth/index.ts';
import { getClinic, setUpClinic } from '../modules/clinic/index.ts';
import { createService } from '../modules/services/index.ts';
import { connectDatabase } from './connect.ts';
import { seedDemoAppointments } from './demo-appointments.ts';
import { seedDemoSchedule } from './demo-schedule.ts';
import { migrateToLatest } from './migrate.ts';

/*
 * `npm run demo`: fills a fresh installation with a believable clinic so that a new
 * contributor or a clinic evaluating the product has something to click through.
 */

const DEMO_PASSWORD = 'demo-clinic-2026';

const DENTISTS = ['Dr. Sam Reed', 'Dr. Priya Natarajan', 'Dr. Tomás Oliveira'];
const RECEPTIONISTS = ['Maria Costa', 'Jonas Berg'];
const SERVICES = [
  { name: 'Check-up', description: 'Examination and advice.', duration_minutes: 30, price: 60_00 },
  {
    name: 'Cleaning',
    description: 'Scale and polish by a hygienist.',
    duration_minutes: 45,
    price: 80_00,
  },
  {
    name: 'Filling',
    description: 'Composite filling, one surface.',
    duration_minutes: 60,
    price: 120_00,
  },
  {
    name: 'Root canal',
    description: 'Endodontic treatment, one tooth.',
    duration_minutes: 90,
    price: 450_00,
  },
  {
    name: 'Whitening',
    description: 'In-chair whitening session.',
    duration_minutes: 60,
    price: 250_00,
  },
  {
    name: 'Emergency visit',
    description: 'Same-day pain relief.',
    duration_minutes: 30,
    price: 90_00,
  },
];
const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Chloé',
  'David',
  'Elif',
  'Farah',
  'Goran',
  'Hana',
  'Ivo',
  'Jana',
];
const LAST_NAMES = ['Lima', 'Novak', 'Okafor', 'Schmidt'];

function emailFor(name: string): string {
  return `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^Dr\. /, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')}@demo.clinic`;
}

async function main() {
  const config = loadConfig();
  const db = connectDatabase(config);
  await migrateToLatest(db);
  const ctx: AppContext = { db, config, now: Date.now, events: createInProcessBus() };
  try {
    const { user: owner } = await setUpClinic(ctx, {
      clinic_name: 'Bright Smile Dental',
      timezone: config.clinicTimeZoneOverride ?? 'Europe/Lisbon',
      name: 'Olivia Owner',
      email: 'owner@demo.clinic',
      password: DEMO_PASSWORD,
    });
    const dentistIds: number[] = [];
    for (const name of DENTISTS) {
      const dentist = await createAccount(
        ctx,
        { email: emailFor(name), name, role: 'staff', isDentist: true, password: DEMO_PASSWORD },
        { actorId: owner.id },
      );
      dentistIds.push(dentist.id);
    }
    for (const name of RECEPTIONISTS) {
      await createAccount(
        ctx,
        { email: emailFor(name), name, role: 'staff', password: DEMO_PASSWORD },
        { actorId: owner.id },
      );
    }
    let patients = 0;
    for (const last of LAST_NAMES) {
      for (const first of FIRST_NAMES) {
        const name = `${first} ${last}`;
        const phone = `+351 91${String(1_000_000 + patients * 7919).slice(-7)}`;
        await createAccount(ctx, {
          email: emailFor(name),
          name,
          phone,
          role: 'patient',
          password: DEMO_PASSWORD,
        });
        patients += 1;
      }
    }
    const services = [];
    for (const service of SERVICES) {
      services.push(
        await createService(ctx, owner, {
          ...service,
          is_active: true,
          // The hygienist's room needs turning round after a cleaning.
          buffer_after_minutes: service.name === 'Cleaning' ? 10 : 0,
          dentists: [],
        }),
      );
    }
    const zone = (await getClinic(ctx)).timeZone;
    await seedDemoSchedule(ctx, owner, { dentistIds, zone });
    const appointments = await seedDemoAppointments(ctx, {
      ownerId: owner.id,
      zone,
      serviceIds: services.map((s) => ({ id: s.id, minutes: s.duration_minutes })),
    });
    console.log(`Demo clinic ready: ${DENTISTS.length} dentists, ${RECEPTIONISTS.length} receptionists, ${patients} patients, ${SERVICES.length} services, ${appointments} appointments.
Every demo account uses the password: ${DEMO_PASSWORD}
  owner        ${owner.email}
  dentist      ${emailFor(DENTISTS[0] ?? '')}
  front desk   ${emailFor(RECEPTIONISTS[0] ?? '')}
  patient      ${emailFor(`${FIRST_NAMES[0]} ${LAST_NAMES[0]}`)}`);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'already_set_up') {
      console.error(
        'This installation already has a clinic; the demo fills only a fresh one (empty DATA_DIR or database).',
      );
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await db.close();
  }
}

await main();
