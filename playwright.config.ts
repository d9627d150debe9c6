import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// Playwright loads this file again in every worker; the variable carries the first folder to
// them so that each run makes exactly one fresh database.
process.env.CLINIC_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-e2e-'));
const dataDir = process.env.CLINIC_E2E_DATA_DIR;

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  },
};

export default defineConfig({
  testDir: 'e2e',
  // The machine has two cores; one worker keeps the server and the browser from starving.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  forbidOnly: Boolean(process.env.CI),
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      // Every other journey needs a clinic that exists; this one creates it through the UI.
      name: 'first-run-setup',
      testMatch: /first-run-setup\.spec\.ts/,
      use: chromium,
    },
    {
      name: 'chromium',
      testIgnore: /first-run-setup\.spec\.ts/,
      dependencies: ['first-run-setup'],
      use: chromium,
    },
  ],
  webServer: {
    command: 'node apps/server/dist/main.js',
    url: `${baseURL}/healthz`,
    // A server left over from another run would hold an already set-up clinic.
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CLINIC_TIMEZONE: 'UTC',
    },
  },
});
