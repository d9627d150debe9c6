import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStaff, registerPatient, type SignedIn, setUpOwner } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let owner: SignedIn;

beforeEach(async () => {
  t = await createTestApp();
  owner = await setUpOwner(t.app);
});
afterEach(() => t.close());

const checkUp = {
  name: 'Check-up',
  description: 'Examination',
  duration_minutes: 30,
  price: '60.00',
};

describe('services', () => {
  it('lets the owner create, edit and delete a service with an exact decimal price', async () => {
    const api = client(t.app, owner.token);
    const created = await api.post('/api/services', { ...checkUp, price: '80.5' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Check-up',
      duration_minutes: 30,
      price: '80.50',
      is_active: true,
    });
    const id = created.body.id as number;
    const edited = await api.patch(`/api/services/${id}`, { price: 99.99, duration_minutes: 45 });
    expect(edited.body).toMatchObject({ price: '99.99', duration_minutes: 45, name: 'Check-up' });
    expect((await api.delete(`/api/services/${id}`)).status).toBe(204);
    expect((await api.delete(`/api/services/${id}`)).status).toBe(404);
  });

  it('shows patients only active services and staff all of them', async () => {
    const api = client(t.app, owner.token);
    await api.post('/api/services', checkUp);
    await api.post('/api/services', { ...checkUp, name: 'Retired service', is_active: false });
    const patient = await registerPatient(t.app);
    const staff = await createStaff(t.app, owner.token);
    expect(
      (await client(t.app, patient.token).get('/api/services')).body.map(
        (s: { name: string }) => s.name,
      ),
    ).toEqual(['Check-up']);
    expect((await client(t.app, staff.token).get('/api/services')).body).toHaveLength(2);
  });

  it('lets only the owner manage services', async () => {
    const staff = await createStaff(t.app, owner.token);
    const patient = await registerPatient(t.app);
    expect((await client(t.app, staff.token).post('/api/services', checkUp)).status).toBe(403);
    expect((await client(t.app, patient.token).post('/api/services', checkUp)).status).toBe(403);
    expect((await client(t.app).get('/api/services')).status).toBe(401);
  });

  it('refuses staff changing or deleting a service with the usual 403 problem', async () => {
    const id = (await client(t.app, owner.token).post('/api/services', checkUp)).body.id as number;
    const staff = client(t.app, (await createStaff(t.app, owner.token)).token);
    for (const res of [
      await staff.patch(`/api/services/${id}`, { name: 'Cheaper check-up' }),
      await staff.delete(`/api/services/${id}`),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({
        code: 'forbidden',
        title: 'Forbidden',
        detail: 'You are not allowed to do this.',
      });
    }
    const [service] = (await client(t.app, owner.token).get('/api/services')).body;
    expect(service).toMatchObject({ id, name: 'Check-up' });
  });

  it('refuses impossible durations and prices with field errors', async () => {
    const api = client(t.app, owner.token);
    const res = await api.post('/api/services', { name: 'X', duration_minutes: 0, price: '-3' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors as object).sort()).toEqual(['duration_minutes', 'price']);
    expect((await api.post('/api/services', { ...checkUp, price: '1.234' })).status).toBe(400);
    expect((await api.post('/api/services', { ...checkUp, duration_minutes: 481 })).status).toBe(
      400,
    );
  });
});
