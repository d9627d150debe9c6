import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { owner } from './e2e/support/accounts';

// Playwright loads this file again in every worker. Whatever is chosen here goes into the
// environment, which the workers inherit, so that a run agrees on one set of ports and folders.

/** A port free right now. The config must be synchronous, so a child process asks the system. */
function freePort(): string {
  const probe =
    "const s=require('node:net').createServer();" +
    "s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).trim();
}

// E2E_PORT serves the journeys; E2E_SETUP_PORT an empty installation for the first-run journey.
process.env.E2E_PORT ||= freePort();
process.env.E2E_SETUP_PORT ||= freePort();
// A third clinic sends email, to a catcher the mail journeys read: the others run without mail.
process.env.E2E_MAIL_PORT ||= freePort();
process.env.E2E_SMTP_PORT ||= freePort();
process.env.E2E_MAIL_HTTP_PORT ||= freePort();
// The mail clinic also sends texts, through a stand-in for Twilio's API the journeys drive.
process.env.E2E_TWILIO_PORT ||= freePort();
if (!process.env.CLINIC_E2E_DATA_DIR) {
  process.env.CLINIC_E2E_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-e2e-'));
  // Made by this run, so the global teardown removes it (a folder given from outside stays).
  process.env.CLINIC_E2E_DATA_DIR_IS_TEMPORARY = '1';
  // The run serves a copy of the built pages: a build finishing in this checkout mid-run would
  // otherwise replace the scripts the running servers' pages ask for.
  if (fs.existsSync('apps/web/dist/index.html')) {
    fs.cpSync('apps/web/dist', path.join(process.env.CLINIC_E2E_DATA_DIR, 'web'), {
      recursive: true,
    });
  }
}

const dataDir = process.env.CLINIC_E2E_DATA_DIR;
const webDist = path.join(dataDir, 'web');
const clinicURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
const setupURL = `http://127.0.0.1:${process.env.E2E_SETUP_PORT}`;
const mailURL = `http://127.0.0.1:${process.env.E2E_MAIL_PORT}`;
const mailJourneys =
  /(password-reset|email-verification|visit-answers|text-message-delivery)\.spec\.ts/;
/** The stand-in's account: any SID of Twilio's shape and any token will do. */
const twilio = {
  url: `http://127.0.0.1:${process.env.E2E_TWILIO_PORT}`,
  accountSid: `AC${'e2e0'.repeat(8)}`,
  authToken: 'e2e-twilio-auth-token',
};

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  },
};

function server(url: string, port: string, env: Record<string, string>) {
  return {
    command: 'node apps/server/dist/main.js',
    url: `${url}/healthz`,
    // A server left over from another run would hold an already set-up clinic.
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: port,
      HOST: '127.0.0.1',
      CLINIC_TIMEZONE: 'UTC',
      LOG_LEVEL: 'warn',
      ...(fs.existsSync(webDist) ? { WEB_DIST_DIR: webDist } : {}),
      ...env,
    },
  };
}

export default defineConfig({
  testDir: 'e2e',
  globalTeardown: './e2e/global-teardown.ts',
  // The machine has two cores; one worker keeps the server and the browser from starving.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  // Each run clears its output folder when it starts: one per run keeps a second run on the
  // same checkout from deleting this run's traces while it records them.
  outputDir: `test-results/e2e-${process.env.E2E_PORT}`,
  forbidOnly: Boolean(process.env.CI),
  // Limits only bound a failure: every wait ends as soon as its condition holds, so generous
  // limits cost a passing run nothing and keep a busy machine from failing a correct app.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      // Runs on an installation of its own, so that the other journeys never wait on it. It is
      // the longest journey (setup, staff, a service, two sign-ins, an audit): a longer budget.
      name: 'first-run-setup',
      testMatch: /first-run-setup\.spec\.ts/,
      timeout: 180_000,
      use: { ...chromium, baseURL: setupURL },
    },
    {
      // Against the clinic with a mail server, whose emails the catcher keeps for the journey.
      name: 'mail',
      testMatch: mailJourneys,
      use: { ...chromium, baseURL: mailURL },
    },
    {
      name: 'chromium',
      testIgnore: [/first-run-setup\.spec\.ts/, mailJourneys],
      use: { ...chromium, baseURL: clinicURL },
    },
  ],
  webServer: [
    // An unattended install: the owner exists from the start, as OWNER_EMAIL makes it.
    server(clinicURL, process.env.E2E_PORT, {
      DATA_DIR: path.join(dataDir, 'clinic'),
      OWNER_EMAIL: owner.email,
      OWNER_PASSWORD: owner.password,
      OWNER_NAME: owner.name,
    }),
    server(setupURL, process.env.E2E_SETUP_PORT, { DATA_DIR: path.join(dataDir, 'first-run') }),
    {
      command: 'node --import tsx e2e/support/mail-catcher.ts',
      url: `http://127.0.0.1:${process.env.E2E_MAIL_HTTP_PORT}/healthz`,
      reuseExistingServer: false,
      // As generous as the servers': a busy machine may take long to start TypeScript.
      timeout: 120_000,
    },
    {
      command: `node --import tsx apps/server/src/test/fake-twilio-main.ts --port ${process.env.E2E_TWILIO_PORT} --account-sid ${twilio.accountSid} --auth-token ${twilio.authToken}`,
      url: `${twilio.url}/_fake/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    server(mailURL, process.env.E2E_MAIL_PORT, {
      DATA_DIR: path.join(dataDir, 'mail'),
      OWNER_EMAIL: owner.email,
      OWNER_PASSWORD: owner.password,
      OWNER_NAME: owner.name,
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
      PUBLIC_URL: mailURL,
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_FROM: '+15005550006',
      TWILIO_API_URL: twilio.url,
    }),
  ],
});
