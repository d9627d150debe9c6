import { afterEach, describe, expect, it } from 'vitest';
import { registerPatient, setUpOwner } from '../../test/factories.ts';
import { client, createTestApp, type TestApp } from '../../test/test-app.ts';
import { getClinic } from './clinic.service.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const contact = {
  phone: ' +351 210 000 000 ',
  address: 'Rua Augusta 1\n1100-048 Lisboa',
  email: 'desk@bright-smile.example',
};

describe('the clinic’s contact details', () => {
  it('are empty until the owner gives them, then shown to patients and recorded', async () => {
    t = await createTestApp();
    const owner = await setUpOwner(t.app);
    const patient = await registerPatient(t.app);
    expect((await client(t.app, patient.token).get('/api/clinic')).body).toMatchObject({
      phone: '',
      address: '',
      email: '',
    });

    const saved = await client(t.app, owner.token).patch('/api/clinic', contact);
    expect(saved.status).toBe(200);
    const expected = { ...contact, phone: '+351 210 000 000' };
    expect(saved.body).toMatchObject(expected);
    expect((await client(t.app, patient.token).get('/api/clinic')).body).toMatchObject(expected);

    const trail = await client(t.app, owner.token).get('/api/audit?subject=clinic');
    expect(trail.body.results[0].changes).toEqual({
      phone: ['', expected.phone],
      address: ['', expected.address],
      email: ['', expected.email],
    });

    // Each is optional: an empty value takes it down, the others stay.
    const cleared = await client(t.app, owner.token).patch('/api/clinic', { email: '' });
    expect(cleared.body).toMatchObject({ ...expected, email: '' });
  });

  it('refuses what a patient could not use, naming the field and changing nothing', async () => {
    t = await createTestApp();
    const owner = await setUpOwner(t.app);
    for (const [field, value] of [
      ['phone', 'Rua Augusta 1'],
      ['phone', '1'.repeat(41)],
      ['email', 'desk@'],
      ['address', 'x'.repeat(301)],
      ['phone', 42],
    ] as const) {
      const res = await client(t.app, owner.token).patch('/api/clinic', {
        name: 'Changed',
        [field]: value,
      });
      expect(res.status, `${field}: ${value}`).toBe(400);
      expect(res.body.errors, `${field}: ${value}`).toHaveProperty(field);
    }
    const clinic = await getClinic(t.ctx);
    expect(clinic.name).not.toBe('Changed');
    expect(clinic.contact).toEqual({ phone: '', address: '', email: '' });
  });

  it('keeps the lengths even against a direct write', async () => {
    t = await createTestApp();
    await setUpOwner(t.app);
    const write = (phone: string) =>
      t?.ctx.db.kysely.updateTable('clinic').set({ phone }).execute();
    await write('1'.repeat(40));
    await expect(write('1'.repeat(41))).rejects.toThrow();
    expect((await getClinic(t.ctx)).contact.phone).toBe('1'.repeat(40));
  });
});
