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
