import { describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon.
const { t, c } = clinicPerTest();

const asGuardian = () => client(t.app, c.patient.token);
const asOther = () => client(t.app, c.otherPatient.token);
const asStaff = () => client(t.app, c.staff.token);

async function addChild(name = 'Leo Lima', token = c.patient.token) {
  const res = await client(t.app, token).post('/api/users/me/dependants', {
    name,
    date_of_birth: '2018-04-02',
  });
  if (res.status !== 201) throw new Error(`adding a dependant failed: ${res.raw.body}`);
  return res.body as { id: number; name: string };
}

const accountAudit = (id: number) =>
  client(t.app, c.owner.token)
    .get(`/api/audit?subject=account`)
    .then((res) =>
      (res.body.results as { subject_id: number }[]).filter((e) => e.subject_id === id),
    );

describe('a guardian’s dependants', () => {
  it('lets a patient add a dependant who has no sign-in, and lists them', async () => {
    const child = await addChild();
    expect(child).toMatchObject({
      name: 'Leo Lima',
      email: '',
      role: 'patient',
      guardian: c.patient.user.id,
      date_of_birth: '2018-04-02',
    });
    const list = await asGuardian().get('/api/users/me/dependants');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([expect.objectContaining({ id: child.id, name: 'Leo Lima' })]);
    expect((await asOther().get('/api/users/me/dependants')).body).toEqual([]);
    expect(await accountAudit(child.id)).toEqual([
      expect.objectContaining({ action: 'created', actor: c.patient.user.id }),
    ]);
  });

  it('lets the guardian edit the name, phone and date of birth, and nothing else', async () => {
    const child = await addChild();
    const edited = await asGuardian().patch(`/api/users/${child.id}`, {
      name: 'Leonardo Lima',
      phone: '+351 912 345 678',
      date_of_birth: '2018-05-02',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Leonardo Lima', date_of_birth: '2018-05-02' });
    const refused = await asGuardian().patch(`/api/users/${child.id}`, { notes: 'x' });
    expect(refused.status).toBe(403);
    const email = await asGuardian().patch(`/api/users/${child.id}`, { email: 'leo@example.com' });
    expect(email.status).toBe(403);
  });

  it('refuses a date of birth in the future and a dependant added by the team', async () => {
    const future = await asGuardian().post('/api/users/me/dependants', {
      name: 'Not Born',
      date_of_birth: '2027-01-01',
    });
    expect(future.status).toBe(400);
    expect(future.body.errors).toHaveProperty('date_of_birth');
    const staff = await asStaff().post('/api/users/me/dependants', {
      name: 'Leo',
      date_of_birth: '2018-04-02',
    });
    expect(staff.status).toBe(403);
  });

  it('hides a family’s dependants from every other patient, as if they did not exist', async () => {
    const child = await addChild();
    expect((await asOther().get(`/api/users/${child.id}`)).status).toBe(404);
    expect((await asOther().patch(`/api/users/${child.id}`, { name: 'X' })).status).toBe(404);
    expect((await asOther().get(`/api/users/${c.patient.user.id}/dependants`)).status).toBe(404);
    const mine = await asGuardian().get(`/api/users/${child.id}`);
    expect(mine.status).toBe(200);
    expect(mine.body).not.toHaveProperty('notes');
  });

  it('keeps a dependant from adding dependants of their own', async () => {
    const child = await addChild();
    await asStaff().patch(`/api/users/${c.otherPatient.user.id}`, { guardian: c.patient.user.id });
    const res = await asOther().post('/api/users/me/dependants', {
      name: 'Grandchild',
      date_of_birth: '2020-01-01',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('family_link');
    expect(child.id).toBeGreaterThan(0);
  });
});

describe('staff linking and unlinking', () => {
  it('links a patient to a guardian, audited, and shows the family on both records', async () => {
    const linked = await asStaff().patch(`/api/users/${c.otherPatient.user.id}`, {
      guardian: c.patient.user.id,
    });
    expect(linked.status).toBe(200);
    expect(linked.body.guardian).toBe(c.patient.user.id);
    const updates = (await accountAudit(c.otherPatient.user.id)).filter(
      (e) => (e as { action?: string }).action === 'updated',
    );
    expect(updates).toEqual([
      expect.objectContaining({
        action: 'updated',
        actor: c.staff.user.id,
        changes: { guardian: [null, c.patient.user.id] },
      }),
    ]);
    const guardianRecord = await asStaff().get(`/api/patients/${c.patient.user.id}/record`);
    expect(guardianRecord.body.dependants).toEqual([
      expect.objectContaining({ id: c.otherPatient.user.id, name: 'Ben Novak' }),
    ]);
    const dependantRecord = await asStaff().get(`/api/patients/${c.otherPatient.user.id}/record`);
    expect(dependantRecord.body.patient).toMatchObject({
      guardian: c.patient.user.id,
      guardian_name: 'Ana Lima',
    });
    const list = await asStaff().get('/api/users?role=patient&search=Ben');
    expect(list.body.results).toEqual([
      expect.objectContaining({ id: c.otherPatient.user.id, guardian_name: 'Ana Lima' }),
    ]);
    // The linked patient kept their sign-in, and the guardian now sees them.
    expect((await asOther().get('/api/auth/me')).status).toBe(200);
    expect((await asGuardian().get(`/api/users/${c.otherPatient.user.id}`)).status).toBe(200);
  });

  it('refuses a guardian who is the person, a dependant, not a patient or missing', async () => {
    const child = await addChild();
    const cases = [
      { id: c.otherPatient.user.id, guardian: c.otherPatient.user.id, error: /own guardian/ },
      { id: c.otherPatient.user.id, guardian: child.id, error: /dependant themselves/ },
      { id: c.otherPatient.user.id, guardian: c.staff.user.id, error: /active patient/ },
      { id: c.otherPatient.user.id, guardian: 999_999, error: /registered patient/ },
      { id: c.patient.user.id, guardian: c.otherPatient.user.id, error: /dependants of their own/ },
    ];
    for (const { id, guardian, error } of cases) {
      const res = await client(t.app, c.owner.token).patch(`/api/users/${id}`, { guardian });
      expect(res.status, `guardian ${guardian} for ${id}`).toBe(400);
      expect(res.body.errors.guardian).toMatch(error);
    }
    const staffAsDependant = await client(t.app, c.owner.token).patch(
      `/api/users/${c.staff.user.id}`,
      { guardian: c.patient.user.id },
    );
    expect(staffAsDependant.status).toBe(403);
  });

  it('lets only the team link, never a patient', async () => {
    const res = await asGuardian().patch(`/api/users/${c.patient.user.id}`, {
      guardian: c.otherPatient.user.id,
    });
    expect(res.status).toBe(403);
  });

  it('unlinks a dependant into a patient of their own, who then gets a sign-in', async () => {
    const child = await addChild();
    const noLogin = await asStaff().patch(`/api/users/${child.id}`, {
      email: 'leo@example.com',
    });
    expect(noLogin.status).toBe(409);
    expect(noLogin.body.detail).toMatch(/unlink first/);
    const unreachable = await asStaff().patch(`/api/users/${child.id}`, { guardian: null });
    expect(unreachable.status).toBe(400);
    const unlinked = await asStaff().patch(`/api/users/${child.id}`, {
      guardian: null,
      email: 'leo@example.com',
    });
    expect(unlinked.status).toBe(200);
    expect(unlinked.body).toMatchObject({ guardian: null, email: 'leo@example.com' });
    expect((await asGuardian().get(`/api/users/${child.id}`)).status).toBe(404);
    expect((await asGuardian().get('/api/users/me/dependants')).body).toEqual([]);
  });

  it('keeps a guardian and a dependant patients', async () => {
    await addChild();
    const res = await client(t.app, c.owner.token).patch(`/api/users/${c.patient.user.id}`, {
      role: 'staff',
      email: 'ana.staff@example.com',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('family_link');
  });
});

describe('the database’s family rules', () => {
  it('refuses a dependant of a dependant, or of someone who is not a patient', async () => {
    const child = await addChild();
    const db = t.ctx.db.kysely;
    const insert = (guardianId: number) =>
      db
        .insertInto('users')
        .values({
          email: null,
          name: 'Grandchild',
          phone: '',
          role: 'patient',
          isDentist: 0,
          isActive: 1,
          language: null,
          colour: null,
          passwordHash: null,
          guardianId,
          createdAt: 0,
          updatedAt: 0,
        })
        .execute();
    await expect(insert(child.id)).rejects.toThrow(/family_link/);
    await expect(insert(c.staff.user.id)).rejects.toThrow(/family_link/);
    await expect(
      db
        .updateTable('users')
        .set({ guardianId: c.otherPatient.user.id })
        .where('id', '=', c.patient.user.id)
        .execute(),
    ).rejects.toThrow(/family_link/);
  });
});
