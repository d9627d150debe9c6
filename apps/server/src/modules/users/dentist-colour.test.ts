import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { backfillDentistColours } from '../../db/migrations/014-dentist-colour.ts';
import { createStaff } from '../../test/factories.ts';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

// The clinic's dentists are Dr. Sam Reed, then Dr. Priya Natarajan, created in that order.
const { t, c } = clinicPerTest();

async function userOf(id: number) {
  return (await client(t.app, c.owner.token).get(`/api/users/${id}`)).body;
}

describe('a dentist’s colour', () => {
  it('is given when someone becomes a dentist: the least worn, and kept when others join', async () => {
    expect((await userOf(c.dentist.user.id)).colour).toBe('grape');
    expect((await userOf(c.otherDentist.user.id)).colour).toBe('cyan');
    // Sorted by name, the newcomer comes first; before, that recoloured everyone after them.
    const newcomer = await createStaff(t.app, c.owner.token, { name: 'Dr. Abel', isDentist: true });
    expect(newcomer.user.colour).toBe('orange');
    const dentists = await client(t.app, c.patient.token).get('/api/dentists');
    expect(dentists.body).toEqual([
      { id: newcomer.user.id, name: 'Dr. Abel', colour: 'orange', is_active: true },
      { id: c.otherDentist.user.id, name: 'Dr. Priya Natarajan', colour: 'cyan', is_active: true },
      { id: c.dentist.user.id, name: 'Dr. Sam Reed', colour: 'grape', is_active: true },
    ]);
  });

  it('is null for whoever is not a dentist', async () => {
    expect((await userOf(c.staff.user.id)).colour).toBeNull();
    expect((await userOf(c.patient.user.id)).colour).toBeNull();
  });

  it('comes with the dentist flag and returns with it', async () => {
    const owner = client(t.app, c.owner.token);
    const made = await owner.patch(`/api/users/${c.staff.user.id}`, { is_dentist: true });
    expect(made.body.colour).toBe('orange');
    const unmade = await owner.patch(`/api/users/${c.staff.user.id}`, { is_dentist: false });
    expect(unmade.body.colour).toBeNull();
    // Another dentist joins meanwhile and takes the colour nobody wears now…
    await createStaff(t.app, c.owner.token, { name: 'Dr. Abel', isDentist: true });
    // …and the returning dentist gets their own back.
    const again = await owner.patch(`/api/users/${c.staff.user.id}`, { is_dentist: true });
    expect(again.body.colour).toBe('orange');
  });

  it('is changed by the owner only, and the audit log says so', async () => {
    const res = await client(t.app, c.owner.token).patch(`/api/users/${c.dentist.user.id}`, {
      colour: 'teal',
    });
    expect(res.status).toBe(200);
    expect(res.body.colour).toBe('teal');
    const log = await client(t.app, c.owner.token).get('/api/audit?subject=account');
    const entry = log.body.results.find(
      (each: { subject_id: number; action: string }) =>
        each.subject_id === c.dentist.user.id && each.action === 'updated',
    );
    expect(entry.changes).toMatchObject({ colour: ['grape', 'teal'] });

    const byStaff = await client(t.app, c.dentist.token).patch(`/api/users/${c.dentist.user.id}`, {
      colour: 'pink',
    });
    expect(byStaff.status).toBe(403);
  });

  it('refuses a colour outside the palette, or for someone who is not a dentist, with 400', async () => {
    const owner = client(t.app, c.owner.token);
    const red = await owner.patch(`/api/users/${c.dentist.user.id}`, { colour: 'red' });
    expect(red.status).toBe(400);
    expect(red.body.errors).toHaveProperty('colour');
    const notDentist = await owner.patch(`/api/users/${c.staff.user.id}`, { colour: 'teal' });
    expect(notDentist.status).toBe(400);
    expect(notDentist.body.errors).toEqual({ colour: 'Only dentists have a colour.' });
    expect((await userOf(c.staff.user.id)).colour).toBeNull();
  });

  it('is refused by the database itself outside the palette', async () => {
    await expect(
      sql`update users set colour = 'red' where id = ${c.dentist.user.id}`.execute(t.ctx.db.kysely),
    ).rejects.toThrow();
  });

  it('is backfilled as the calendar showed it: active dentists by name, former ones by id', async () => {
    const owner = client(t.app, c.owner.token);
    const former = await createStaff(t.app, c.owner.token, { name: 'Dr. Zed', isDentist: true });
    await owner.patch(`/api/users/${former.user.id}`, { is_active: false });
    await sql`update users set colour = null`.execute(t.ctx.db.kysely);
    // The migration sees the database untyped, as every migration does.
    await backfillDentistColours(t.ctx.db.kysely as unknown as Kysely<unknown>);
    expect((await userOf(c.otherDentist.user.id)).colour).toBe('grape');
    expect((await userOf(c.dentist.user.id)).colour).toBe('cyan');
    const palette = ['grape', 'cyan', 'orange', 'indigo', 'teal', 'pink', 'lime', 'violet'];
    expect((await userOf(former.user.id)).colour).toBe(palette[former.user.id % 8]);
    expect((await userOf(c.staff.user.id)).colour).toBeNull();
  });
});

describe('former dentists in filters', () => {
  it('are listed for the team when asked, and never for patients', async () => {
    const owner = client(t.app, c.owner.token);
    await owner.patch(`/api/users/${c.otherDentist.user.id}`, { is_active: false });
    expect((await client(t.app, c.staff.token).get('/api/dentists')).body).toEqual([
      { id: c.dentist.user.id, name: 'Dr. Sam Reed', colour: 'grape', is_active: true },
    ]);
    const all = await client(t.app, c.staff.token).get('/api/dentists?include_inactive=true');
    expect(all.body).toEqual([
      { id: c.otherDentist.user.id, name: 'Dr. Priya Natarajan', colour: 'cyan', is_active: false },
      { id: c.dentist.user.id, name: 'Dr. Sam Reed', colour: 'grape', is_active: true },
    ]);
    const patient = await client(t.app, c.patient.token).get('/api/dentists?include_inactive=1');
    expect(patient.body).toHaveLength(1);
  });
});
