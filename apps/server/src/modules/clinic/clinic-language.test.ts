import { describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

const { t, c } = clinicPerTest();

describe('the clinic’s language and clock', () => {
  it('are English and 24-hour until the owner changes them', async () => {
    const res = await client(t.app).get('/api/clinic');
    expect(res.body).toMatchObject({ default_language: 'en', time_format: '24h' });

    const changed = await client(t.app, c.owner.token).patch('/api/clinic', {
      default_language: 'de',
      time_format: '12h',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ default_language: 'de', time_format: '12h' });
    expect((await client(t.app).get('/api/clinic')).body).toMatchObject({
      default_language: 'de',
      time_format: '12h',
    });
  });

  it('refuses values outside the lists with 400 and lets only the owner change them', async () => {
    const owner = client(t.app, c.owner.token);
    expect((await owner.patch('/api/clinic', { default_language: 'it' })).status).toBe(400);
    expect((await owner.patch('/api/clinic', { time_format: '13h' })).status).toBe(400);
    const byStaff = await client(t.app, c.staff.token).patch('/api/clinic', {
      time_format: '12h',
    });
    expect(byStaff.status).toBe(403);
  });

  it('keeps languages and clocks within the lists even against a direct write', async () => {
    const db = t.ctx.db.kysely;
    // Casts: writing what the types forbid is the point.
    const bad = 'xx' as 'en';
    await expect(
      db.updateTable('clinic').set({ defaultLanguage: bad }).execute(),
    ).rejects.toThrow();
    await expect(
      db
        .updateTable('clinic')
        .set({ timeFormat: bad as unknown as '24h' })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db.updateTable('users').set({ language: bad }).where('id', '=', c.patient.user.id).execute(),
    ).rejects.toThrow();
  });
});
