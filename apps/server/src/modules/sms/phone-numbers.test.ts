import { describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

// The clinic is in Europe/Lisbon: a national number is read as Portuguese.
const { t, c } = clinicPerTest();

const e164Of = async (id: number) =>
  await t.ctx.db.kysely
    .selectFrom('users')
    .select(['phone', 'phoneE164'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('phone numbers', () => {
  it('keep the number as typed and store its E.164 form beside it, wherever it is typed', async () => {
    const created = await client(t.app, c.staff.token).post('/api/users', {
      name: 'Rui Sousa',
      role: 'patient',
      phone: '912 345 678',
    });
    expect(created.status).toBe(201);
    expect(created.body.phone).toBe('912 345 678');
    expect(await e164Of(created.body.id)).toEqual({
      phone: '912 345 678',
      phoneE164: '+351912345678',
    });

    await client(t.app, c.patient.token).patch(`/api/users/${c.patient.user.id}`, {
      phone: '+44 20 7946 0958',
    });
    expect((await e164Of(c.patient.user.id)).phoneE164).toBe('+442079460958');

    const child = await client(t.app, c.patient.token).post('/api/users/me/dependants', {
      name: 'Leo Lima',
      date_of_birth: '2018-04-02',
      phone: '+351 933-000-111',
    });
    expect((await e164Of(child.body.id)).phoneE164).toBe('+351933000111');

    await client(t.app, c.patient.token).patch(`/api/users/${c.patient.user.id}`, { phone: '' });
    expect(await e164Of(c.patient.user.id)).toEqual({ phone: '', phoneE164: null });
  });

  it('and the texts of a closed account are forgotten with it', async () => {
    await t.ctx.db.kysely
      .insertInto('smsInbound')
      .values({
        providerMessageId: 'SM1',
        fromNumber: '+351911000001',
        toNumber: '+15005550006',
        body: 'Please call me about my crown',
        receivedAt: t.clock.now,
        userId: c.patient.user.id,
        appointmentId: null,
        intent: 'other',
        outcome: 'forwarded',
        needsAttention: 1,
      })
      .execute();
    await t.ctx.db.kysely
      .insertInto('inboxItems')
      .values({
        userId: c.staff.user.id,
        kind: 'patient_message',
        appointmentId: null,
        patientId: c.patient.user.id,
        actorId: null,
        payload: JSON.stringify({
          message: 'Please call me about my crown',
          sender: '+351911000001',
        }),
        createdAt: t.clock.now,
        readAt: null,
      })
      .execute();
    const closed = await client(t.app, c.owner.token).post(`/api/users/${c.patient.user.id}/close`);
    expect(closed.status).toBe(200);
    const kept = await t.ctx.db.kysely.selectFrom('smsInbound').selectAll().execute();
    expect(kept).toMatchObject([{ fromNumber: '', body: '', needsAttention: 0 }]);
    const bell = await client(t.app, c.staff.token).get('/api/inbox');
    expect(bell.body.results).toHaveLength(1);
    expect(JSON.stringify(bell.body.results[0])).not.toMatch(/crown|911000001/);
  });
});
