/**
 * Load benchmarks against the real server, started from the production build.
 *
 *   npm run bench                       SQLite, 100,000 appointments
 *   npm run bench -- --appointments 1000000 --duration 10 --warmup 2
 *   npm run bench -- --scale            list and by-id at 10k, 100k and 1M appointments
 *   npm run bench -- --lighthouse-only  only the Lighthouse audits of three pages
 *   npm run bench -- --availability-only   only free times: 10 dentists, their working hours
 *   npm run bench -- --lighthouse-runs 3   median of three Lighthouse runs per page and preset
 *   DATABASE_URL=postgres://… npm run bench   (or: npm run bench:pg, a throwaway cluster)
 *
 * Prints req/s, p50, p99, errors and the server's peak memory per scenario, then Lighthouse's
 * scores for the sign-in page, a patient's home and the staff appointment list, then free times
 * for a month in a second book (10 dentists with weekly patterns, a closure and days off), and
 * writes the results with a description of the machine to bench/results/.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { hasAvailability, nextMonth, setUpSchedules } from './availability.ts';
import { auditPages, type LighthouseRow, printLighthouse, sessionCookie } from './lighthouse.ts';
import { BENCH_PASSWORD } from './seed.ts';
import { fanOut } from './sse-fan-out.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const DURATION = option('duration', 10);
// Not measured: the first seconds run while V8 is still compiling the hot paths.
const WARMUP_SECONDS = option('warmup', 2);
const CONNECTIONS = 32;
// BENCH_PORT when 3310 is taken, e.g. by a second checkout benchmarking at the same time.
const PORT = Number(process.env.BENCH_PORT ?? 3310);
const BASE = `http://127.0.0.1:${PORT}`;
const serverUrl = process.env.DATABASE_URL;
const engine = serverUrl ? 'postgres' : 'sqlite';

interface Row {
  scenario: string;
  appointments: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** The server's peak memory so far, read when the scenario ends: which one raised it. */
  serverPeakMb?: number;
}

async function prepareDatabase(appointments: number): Promise<Record<string, string>> {
  if (serverUrl) {
    const name = `clinic_bench_${appointments}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return { DATABASE_URL: url.toString() };
  }
  return { DATA_DIR: mkdtempSync(join(tmpdir(), 'clinic-bench-')), DATABASE_URL: '' };
}

function runNode(script: string, env: Record<string, string>, extra: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...extra], {
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script} exited ${code}`)),
    );
  });
}

/** The V8 flags `npm start` gives Node (see docs/decisions/026-tail-latency.md). */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...startFlags(), 'apps/server/dist/main.js'], {
    env: {
      ...process.env,
      ...env,
      PORT: String(PORT),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 200; i++) {
    // A server that could not listen must not leave us measuring whatever holds the port.
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (
      await fetch(`${BASE}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not start');
}

function peakRssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function login(email: string): Promise<string> {
  const response = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  return ((await response.json()) as { token: string }).token;
}

/**
 * Sign-ins for the fan-out's streams: the server keeps at most 5 streams per sign-in and 10
 * per person, so 200 streams need 20 team members signed in twice each.
 */
async function streamSessions(owner: string, count: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count / 2; i++) {
    const email = `desk${i}@bench.clinic`;
    await fetch(`${BASE}/api/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email, name: `Desk ${i}`, role: 'staff', password: BENCH_PASSWORD }),
    });
    tokens.push(await login(email), await login(email));
  }
  return tokens;
}

async function load(
  scenario: string,
  appointments: number,
  options: Partial<autocannon.Options> & {
    setupRequest?: (req: autocannon.Request) => autocannon.Request;
  },
): Promise<Row> {
  const result = await autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: DURATION,
    warmup: { connections: CONNECTIONS, duration: WARMUP_SECONDS },
    ...options,
  });
  return {
    scenario,
    appointments,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function futureConfirmedIds(token: string): Promise<number[]> {
  const today = new Date().toISOString().slice(0, 10);
  const ids: number[] = [];
  for (let page = 1; page <= 10; page++) {
    const response = await fetch(
      `${BASE}/api/appointments?status=confirmed&date_from=${today}&page_size=200&page=${page}`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    const body = (await response.json()) as { results: { id: number }[] };
    ids.push(...body.results.map((r) => r.id));
  }
  return ids;
}

/** The pages a patient and the front desk open most, as each of them. */
async function lighthouse(): Promise<LighthouseRow[]> {
  const patient = await sessionCookie(BASE, 'patient7@bench.clinic', BENCH_PASSWORD);
  const staff = await sessionCookie(BASE, 'dentist1@bench.clinic', BENCH_PASSWORD);
  return auditPages(
    BASE,
    [
      { name: 'sign-in', path: '/login' },
      { name: 'patient home', path: '/patient', cookie: patient },
      { name: 'staff appointment list', path: '/staff/appointments', cookie: staff },
    ],
    option('lighthouse-runs', 1),
  );
}

const AVAILABILITY_DENTISTS = 10;
/** More distinct months than the server keeps answers for, so nearly every one is computed. */
const UNASKED_MONTHS = 300;
let unasked = 0;

/** Free times for next month, for one dentist and for any of ten. */
async function availability(owner: string, appointments: number): Promise<Row[]> {
  const headers = { authorization: `Bearer ${owner}` };
  if (!(await hasAvailability(BASE, owner))) {
    console.log('This build has no /api/availability; skipping its scenarios.');
    return [];
  }
  const dentists = Array.from({ length: AVAILABILITY_DENTISTS }, (_, i) => 2 + i);
  await setUpSchedules(BASE, owner, dentists);
  const { from, to } = nextMonth();
  const month = `service=1&date_from=${from}&date_to=${to}`;
  return [
    await load('free times, a month, one dentist', appointments, {
      url: `${BASE}/api/availability?${month}&dentist=${dentists[0]}`,
      headers,
    }),
    await load(`free times, a month, any of ${dentists.length} dentists`, appointments, {
      url: `${BASE}/api/availability?${month}&dentist=any`,
      headers,
    }),
    // Each request a month no one asked about this minute: the cost of computing one afresh.
    await load(`free times, an unasked month, any of ${dentists.length} dentists`, appointments, {
      headers,
      requests: [
        {
          method: 'GET',
          setupRequest: (req) => {
            const start = Date.parse(from) + (unasked++ % UNASKED_MONTHS) * 86_400_000;
            const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
            const range = `date_from=${day(start)}&date_to=${day(start + 30 * 86_400_000)}`;
            return { ...req, path: `/api/availability?service=1&${range}&dentist=any` };
          },
        },
      ],
    }),
  ];
}

async function benchmark(
  appointments: number,
  scenarios: 'all' | 'reads' | 'lighthouse' | 'availability',
): Promise<{ rows: Row[]; peakRssMb: number; sse?: unknown; lighthouse?: LighthouseRow[] }> {
  const env = await prepareDatabase(appointments);
  const dentists = scenarios === 'availability' ? AVAILABILITY_DENTISTS : 5;
  console.log(
    `\nSeeding ${appointments.toLocaleString('en')} appointments, ${dentists} dentists (${engine})…`,
  );
  await runNode('bench/seed.ts', env, [String(appointments), String(dentists)]);
  const server = await startServer(env);
  const rows: Row[] = [];
  const push = (...measured: Row[]) =>
    rows.push(...measured.map((row) => ({ ...row, serverPeakMb: peakRssMb(server.pid) })));
  let sse: unknown;
  try {
    const owner = await login('owner@bench.clinic');
    const patient = await login('patient7@bench.clinic');
    const auth = (token: string) => ({
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    });
    const maxId = appointments;
    if (scenarios === 'lighthouse') {
      return { rows, peakRssMb: peakRssMb(server.pid), lighthouse: await lighthouse() };
    }
    if (scenarios === 'availability') {
      push(...(await availability(owner, appointments)));
      return { rows, peakRssMb: peakRssMb(server.pid) };
    }

    push(
      await load('list page 1 (owner)', appointments, {
        url: `${BASE}/api/appointments?page_size=50`,
        headers: auth(owner),
      }),
    );
    push(
      await load('list own (patient)', appointments, {
        url: `${BASE}/api/appointments`,
        headers: auth(patient),
      }),
    );
    push(
      await load('one appointment by id', appointments, {
        headers: auth(owner),
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              path: `/api/appointments/${1 + Math.floor(Math.random() * maxId)}`,
            }),
          },
        ],
      }),
    );
    if (scenarios === 'all') {
      const patients = 2000;
      let created = 0;
      push(
        await load('create (distinct free slots)', appointments, {
          headers: auth(owner),
          requests: [
            {
              method: 'POST',
              path: '/api/appointments',
              setupRequest: (req) => {
                const n = created++;
                // Dentists take turns, each through their own half hours in 2099 (after every
                // seeded visit, within the dates the API accepts); patients take turns too, so
                // neither is ever booked twice at once. Night hours are outside anyone's
                // working time: the owner books them on purpose, as for an emergency.
                const dentist = 2 + (n % dentists);
                const slot = Math.floor(n / dentists);
                const day = new Date(Date.UTC(2099, 0, 1) + Math.floor(slot / 48) * 86_400_000)
                  .toISOString()
                  .slice(0, 10);
                const minute = (slot % 48) * 30;
                const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
                // Seeded ids: 1 is the owner, 2-6 the dentists, then the patients.
                return {
                  ...req,
                  body: JSON.stringify({
                    patient: 7 + (n % patients),
                    dentist,
                    date: day,
                    time,
                    override_availability: true,
                  }),
                };
              },
            },
          ],
        }),
      );
      const pool = await futureConfirmedIds(owner);
      let patched = 0;
      push(
        await load('PATCH status', appointments, {
          headers: auth(owner),
          requests: [
            {
              method: 'PATCH',
              setupRequest: (req) => {
                const n = patched++;
                const id = pool[n % pool.length];
                const status = Math.floor(n / pool.length) % 2 === 0 ? 'pending' : 'confirmed';
                return {
                  ...req,
                  path: `/api/appointments/${id}`,
                  body: JSON.stringify({ status }),
                };
              },
            },
          ],
        }),
      );
      sse = await fanOut(BASE, owner, await streamSessions(owner, 40), pool.slice(0, 50), 200);
      console.log(`server peak after the live updates' fan-out: ${peakRssMb(server.pid)} MB`);
    }
    const peak = peakRssMb(server.pid);
    return {
      rows,
      peakRssMb: peak,
      sse,
      lighthouse: scenarios === 'all' ? await lighthouse() : undefined,
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.on('exit', resolve));
    if (env.DATA_DIR) rmSync(env.DATA_DIR, { recursive: true, force: true });
  }
}

function printTable(rows: Row[]) {
  console.log(
    '\n| scenario | appointments | req/s | p50 ms | p99 ms | errors | non-2xx | server peak MB |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.scenario} | ${r.appointments.toLocaleString('en')} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.errors} | ${r.non2xx} | ${r.serverPeakMb ?? ''} |`,
    );
  }
  // A scenario answered with errors measured how fast the server refuses, not what it names.
  const failed = rows.filter((r) => r.errors > 0 || r.non2xx > 0);
  if (failed.length > 0) {
    console.error(
      `\nnot measured as named (answers were errors): ${failed.map((r) => r.scenario).join(', ')}`,
    );
    process.exitCode = 1;
  }
}

const sizes = flag('scale') ? [10_000, 100_000, 1_000_000] : [option('appointments', 100_000)];
const mode = flag('lighthouse-only')
  ? 'lighthouse'
  : flag('availability-only')
    ? 'availability'
    : flag('scale')
      ? 'reads'
      : 'all';
const phases: { size: number; scenarios: Parameters<typeof benchmark>[1] }[] = sizes.map(
  (size) => ({ size, scenarios: mode }),
);
if (mode === 'all') phases.push({ size: sizes[0] ?? 100_000, scenarios: 'availability' });
const results = [];
for (const { size, scenarios } of phases) {
  const result = await benchmark(size, scenarios);
  if (scenarios !== 'lighthouse') {
    printTable(result.rows);
    console.log(`server peak RSS: ${result.peakRssMb} MB`);
  }
  if (result.sse) console.log('SSE fan-out:', JSON.stringify(result.sse));
  if (result.lighthouse) printLighthouse(result.lighthouse);
  results.push({ appointments: size, scenarios, ...result });
}

mkdirSync('bench/results', { recursive: true });
const label = {
  all: sizes[0],
  reads: 'scale',
  lighthouse: 'lighthouse',
  availability: `availability-${sizes[0]}`,
}[mode];
const file = `bench/results/${engine}-${label}-${new Date().toISOString().slice(0, 10)}.json`;
writeFileSync(
  file,
  `${JSON.stringify(
    {
      engine,
      durationSeconds: DURATION,
      warmupSeconds: WARMUP_SECONDS,
      connections: CONNECTIONS,
      machine: {
        cpu: cpus()[0]?.model,
        cores: cpus().length,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
      },
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwritten to ${file}`);
