import type { FastifyInstance } from 'fastify';
import { client, type Json } from './test-app.ts';

export const GOOD_PASSWORD = 'molar-crown-lisbon-42';

let sequence = 0;
export function uniqueEmail(prefix = 'user'): string {
  sequence += 1;
  return `${prefix}.${sequence}.${Math.random().toString(36).slice(2, 7)}@example.com`;
}

export interface SignedIn {
  token: string;
  user: Json & { id: number; email: string };
}

export async function setUpOwner(app: FastifyInstance): Promise<SignedIn> {
  const response = await client(app).post('/api/setup', {
    clinic_name: 'Bright Smile Dental',
    timezone: 'Europe/Lisbon',
    name: 'Olivia Owner',
    email: uniqueEmail('owner'),
    password: GOOD_PASSWORD,
  });
  if (response.status !== 201) throw new Error(`setup failed: ${response.raw.body}`);
  return response.body as unknown as SignedIn;
}

export async function registerPatient(app: FastifyInstance, name = 'Ana Lima'): Promise<SignedIn> {
  const response = await client(app).post('/api/auth/register', {
    email: uniqueEmail('patient'),
    password: GOOD_PASSWORD,
    name,
  });
  if (response.status !== 201) throw new Error(`register failed: ${response.raw.body}`);
  return response.body as unknown as SignedIn;
}

/** Creates a staff account through the owner and signs it in. */
export async function createStaff(
  app: FastifyInstance,
  ownerToken: string,
  fields: { name?: string; isDentist?: boolean } = {},
): Promise<SignedIn> {
  const email = uniqueEmail('staff');
  const created = await client(app, ownerToken).post('/api/users', {
    email,
    name: fields.name ?? 'Sam Reed',
    role: 'staff',
    is_dentist: fields.isDentist ?? false,
    password: GOOD_PASSWORD,
  });
  if (created.status !== 201) throw new Error(`staff creation failed: ${created.raw.body}`);
  const login = await client(app).post('/api/auth/login', { email, password: GOOD_PASSWORD });
  return login.body as unknown as SignedIn;
}

export async function createService(
  app: FastifyInstance,
  ownerToken: string,
  fields: { name?: string; durationMinutes?: number } = {},
): Promise<Json & { id: number }> {
  const res = await client(app, ownerToken).post('/api/services', {
    name: fields.name ?? 'Check-up',
    duration_minutes: fields.durationMinutes ?? 30,
    price: '60.00',
  });
  if (res.status !== 201) throw new Error(`service creation failed: ${res.raw.body}`);
  return res.body;
}

/** The clinic of a test: owner, a dentist, a receptionist, two patients and a service. */
export async function createClinic(app: FastifyInstance) {
  const owner = await setUpOwner(app);
  const dentist = await createStaff(app, owner.token, { name: 'Dr. Sam Reed', isDentist: true });
  const otherDentist = await createStaff(app, owner.token, {
    name: 'Dr. Priya Natarajan',
    isDentist: true,
  });
  const staff = await createStaff(app, owner.token, { name: 'Maria Costa' });
  const patient = await registerPatient(app, 'Ana Lima');
  const otherPatient = await registerPatient(app, 'Ben Novak');
  const service = await createService(app, owner.token, { name: 'Cleaning', durationMinutes: 45 });
  return { owner, dentist, otherDentist, staff, patient, otherPatient, service };
}
