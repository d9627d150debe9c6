import { beforeEach, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, type SignedIn, setUpOwner } from '../../test/factories.ts';
import { appPerTest } from '../../test/fixture.ts';
import { client } from '../../test/test-app.ts';

// Behind a trusted proxy, so each request can come from the address a test names.
const t = appPerTest({ trustProxy: true });
let owner: SignedIn;
beforeEach(async () => {
  owner = await setUpOwner(t.app);
});

const OWNER_HOME = '198.51.100.20';
const ATTACKER = '203.0.113.66';

const signIn = (address: string, password: string, email = owner.user.email) =>
  client(t.app).post('/api/auth/login', { email, password }, { 'x-forwarded-for': address });

describe('sign-in throttling', () => {
  it('never lets failures from another address lock the owner out where they signed in before', async () => {
    expect((await signIn(OWNER_HOME, GOOD_PASSWORD)).status).toBe(200);
    const attempts: number[] = [];
    for (let i = 0; i < 10; i++) {
      attempts.push((await signIn(ATTACKER, `wrong-guess-${i}`)).status);
    }
    expect(attempts.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(attempts.slice(5)).toEqual([429, 429, 429, 429, 429]);
    expect((await signIn(OWNER_HOME, GOOD_PASSWORD)).status).toBe(200);
  });

  it('makes one address wait longer after each failure on one account beyond the fifth', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn(ATTACKER, `wrong-${i}`)).status).toBe(401);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const refused = await signIn(ATTACKER, GOOD_PASSWORD);
      expect(refused.status).toBe(429);
      const wait = Number(refused.headers['retry-after']);
      waits.push(wait);
      t.clock.now += wait * 1000;
      if (i < 3) expect((await signIn(ATTACKER, `wrong-again-${i}`)).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8]);
    // The right password after the wait signs in and starts the count afresh.
    expect((await signIn(ATTACKER, GOOD_PASSWORD)).status).toBe(200);
    expect((await signIn(ATTACKER, 'wrong-once-more')).status).toBe(401);
    expect((await signIn(ATTACKER, GOOD_PASSWORD)).status).toBe(200);
  });

  it('closes an account guessed from many addresses to new addresses only', async () => {
    expect((await signIn(OWNER_HOME, GOOD_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 20; i++) {
      expect((await signIn(`203.0.113.${i + 1}`, 'wrong-password-1')).status).toBe(401);
    }
    const stranger = await signIn('192.0.2.44', GOOD_PASSWORD);
    expect(stranger.status).toBe(429);
    expect(Number(stranger.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signIn(OWNER_HOME, GOOD_PASSWORD)).status).toBe(200);
  });

  it('writes each lock-out of an account into the owner’s audit log, once', async () => {
    for (let i = 0; i < 7; i++) {
      await signIn(ATTACKER, `wrong-${i}`);
      t.clock.now += 60 * 60_000;
    }
    for (let i = 0; i < 6; i++) await signIn(ATTACKER, `wrong-${i}`, 'nobody@example.com');
    // Hours have passed: the owner signs in afresh to read the log.
    const session = await signIn(OWNER_HOME, GOOD_PASSWORD);
    const log = await client(t.app, session.body.token as string).get('/api/audit?action=locked');
    expect(log.status).toBe(200);
    expect(log.body.results).toEqual([
      expect.objectContaining({
        action: 'locked',
        subject: 'account',
        subject_id: owner.user.id,
        subject_name: 'Olivia Owner',
        actor: null,
        changes: { from: [null, ATTACKER], failed_attempts: [null, 5] },
      }),
    ]);
  });
});
