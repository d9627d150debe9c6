import { describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

const { t, c } = clinicPerTest();

describe('a service’s length and price out of range', () => {
  it.each([
    [-5, 'At least 5 minutes.'],
    [100_000, 'At most 8 hours.'],
  ])(
    'refuses %i minutes with a message on the field, never a clamped value',
    async (minutes, message) => {
      const owner = client(t.app, c.owner.token);
      const created = await owner.post('/api/services', {
        name: 'Whitening',
        duration_minutes: minutes,
        price: '90.00',
      });
      expect(created.status).toBe(400);
      expect(created.body.errors).toEqual({ duration_minutes: message });
      const changed = await owner.patch(`/api/services/${c.service.id}`, {
        duration_minutes: minutes,
      });
      expect(changed.status).toBe(400);
      expect(changed.body.errors).toEqual({ duration_minutes: message });
      const services = await owner.get('/api/services');
      expect(services.body).toEqual([
        expect.objectContaining({ id: c.service.id, duration_minutes: 45 }),
      ]);
    },
  );

  it('refuses a negative price with a message on the field', async () => {
    const res = await client(t.app, c.owner.token).patch(`/api/services/${c.service.id}`, {
      price: -10,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('price');
  });
});
