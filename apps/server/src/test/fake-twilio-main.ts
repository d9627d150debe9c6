import { parseArgs } from 'node:util';
import { startFakeTwilio } from './fake-twilio.ts';

/**
 * The Twilio stand-in as a process of its own, for the journeys: the clinic that sends texts
 * points TWILIO_API_URL at it, and the journey drives it over HTTP under `/_fake/` (what it
 * received, status callbacks, inbound texts). Run as one of Playwright's web servers:
 * `node --import tsx apps/server/src/test/fake-twilio-main.ts --port 4010
 *   --account-sid AC… --auth-token …`.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'account-sid': { type: 'string' },
    'auth-token': { type: 'string' },
  },
});

const fake = await startFakeTwilio({
  port: Number(values.port ?? 0),
  ...(values['account-sid'] ? { accountSid: values['account-sid'] } : {}),
  ...(values['auth-token'] ? { authToken: values['auth-token'] } : {}),
});
const stop = () => {
  void fake.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
