import { afterEach, beforeEach } from 'vitest';
import type { Config } from '../config.ts';
import { createClinic } from './factories.ts';
import { createTestApp, type TestApp } from './test-app.ts';

export type TestClinic = Awaited<ReturnType<typeof createClinic>>;

type ConfigOverrides = Partial<Config> | (() => Partial<Config>);

/**
 * An object that stands for whatever `read` returns when it is used, so that a test file can
 * name the current test's app once, at the top, instead of reassigning a variable per test.
 */
function current<T extends object>(read: () => T | undefined, what: string): T {
  const target = () => {
    const value = read();
    if (!value) throw new Error(`${what} exists only while a test runs (made before each test).`);
    return value;
  };
  return new Proxy({} as T, {
    get(_, key) {
      const value = target();
      const member: unknown = Reflect.get(value, key, value);
      return typeof member === 'function' ? member.bind(value) : member;
    },
    set: (_, key, member) => Reflect.set(target(), key, member),
    has: (_, key) => Reflect.has(target(), key),
  });
}

/**
 * A fresh app on an empty database for each test of the file, closed after it. Hooks the file
 * registers later run after the app exists and, after the test, before it closes. Overrides
 * given as a function are read before each test (e.g. the address of a mail inbox started by
 * an earlier hook).
 */
export function appPerTest(overrides: ConfigOverrides = {}): TestApp {
  let app: TestApp | undefined;
  beforeEach(async () => {
    app = await createTestApp(typeof overrides === 'function' ? overrides() : overrides);
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  return current(() => app, 'The test app');
}

/** As `appPerTest`, with the clinic of `createClinic` (owner, staff, patients, a service). */
export function clinicPerTest(overrides: ConfigOverrides = {}): { t: TestApp; c: TestClinic } {
  const t = appPerTest(overrides);
  let clinic: TestClinic | undefined;
  beforeEach(async () => {
    clinic = await createClinic(t.app);
  });
  afterEach(() => {
    clinic = undefined;
  });
  return { t, c: current(() => clinic, 'The test clinic') };
}
