/**
 * This server beside the clinic's previous one (Django REST Framework under gunicorn, SQLite),
 * on the same machine, with the same book and the same load, in one run.
 *
 *   node --import tsx bench/side-by-side.ts <a checkout of the previous Django server>
 *   PREVIOUS_SERVER=<checkout> node --import tsx bench/side-by-side.ts [--appointments 20000]
 *     [--rounds 3] [--duration 8] [--warmup 2] [--only list,own,byId,create,status]
 *
 * Needs `npm run build` first, and Debian's `wrk`, `python3-django`,
 * `python3-djangorestframework` and `gunicorn` (the previous server's own requirements). The
 * checkout is only read: its database, tokens and logs go to a temporary directory. Both books
 * hold the same number of appointments; each scenario is `wrk -t2 -c32` for `--duration`
 * seconds, after an unmeasured warm-up, `--rounds` times with the two servers taking turns; the
 * table shows medians. The previous server runs as its README prescribes (2 sync workers, WAL,
 * synchronous=NORMAL unless SQLITE_SYNCHRONOUS says otherwise); this one answers a write only
 * once it is on disk (its write-ahead log fsynced, see docs/decisions/032).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { BENCH_PASSWORD } from './seed.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const previous = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const PREVIOUS_DIR = previous ?? process.env.PREVIOUS_SERVER;
if (!PREVIOUS_DIR || !existsSync(join(PREVIOUS_DIR, 'manage.py'))) {
  console.error(
    'usage: node --import tsx bench/side-by-side.ts <a checkout of the previous Django server>\n' +
      '       (or PREVIOUS_SERVER=<checkout>); run `npm run build` first.',
  );
  process.exit(2);
}
const APPOINTMENTS = option('appointments', 20_000);
const ROUNDS = option('rounds', 3);
const DURATION = option('duration', 8);
const WARMUP = option('warmup', 2);
const onlyIndex = args.indexOf('--only');
// While working on one scenario, measure just that one (still beside the previous server).
const ONLY = onlyIndex === -1 ? null : new Set(args[onlyIndex + 1]?.split(','));
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';
// BENCH_PORT (and the port after it) when 3320 and 3321 are taken.
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 3320);
const OURS = `http://127.0.0.1:${FIRST_PORT}`;
const THEIRS = `http://127.0.0.1:${FIRST_PORT + 1}`;
const LUA = resolve('bench/wrk/appointments.lua');
const scratch = mkdtempSync(join(tmpdir(), 'clinic-side-by-side-'));
const children: ChildProcess[] = [];

function run(command: string, argv: string[], env: Record<string, string>, cwd = '.') {
  return new Promise<string>((done, fail) => {
    const child = spawn(command, argv, { cwd, env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done(out) : fail(new Error(`${command} ${argv.join(' ')}: ${code}\n${out}`)),
    );
  });
}

async function waitFor(server: ChildProcess, url: string, headers: Record<string, string> = {}) {
  for (let i = 0; i < 300; i++) {
    // A server that could not listen must not leave us measuring whatever holds the port.
    if (server.exitCode !== null) throw new Error(`${url}: the server exited`);
    const ok = await fetch(url, { headers }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** The V8 flags `npm start` gives Node, so this measures the server as it is deployed. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

interface Side {
  name: string;
  base: string;
  auth: (token: string) => string;
  owner: string;
  patient: string;
  paths: { list: string; own: string; byId: string; collection: string };
  idRange: [number, number];
  statusIds: number[];
  createBody: string;
  pid: () => number[];
}

async function startOurs(): Promise<Side> {
  const dataDir = join(scratch, 'ours');
  const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
  console.log(`this server: seeding ${APPOINTMENTS.toLocaleString('en')} appointments…`);
  await run(process.execPath, ['--import', 'tsx', 'bench/seed.ts', String(APPOINTMENTS)], env);
  // OURS_NODE_FLAGS adds flags for a look inside, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p".
  const extra = process.env.OURS_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? [];
  const server = spawn(process.execPath, [...startFlags(), ...extra, 'apps/server/dist/main.js'], {
    env: {
      ...process.env,
      ...env,
      PORT: new URL(OURS).port,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push(server);
  await waitFor(server, `${OURS}/healthz`);
  const login = async (email: string) => {
    const response = await fetch(`${OURS}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: BENCH_PASSWORD }),
    });
    return ((await response.json()) as { token: string }).token;
  };
  const owner = await login('owner@bench.clinic');
  // Open around the clock, so that every booking is checked against the dentist's free time in
  // full, busy times included (the previous server checks nothing). Outside the opening hours
  // a booking needs the override and is answered without reading them.
  const allDay = { open: '00:00', close: '23:59' };
  const opened = await fetch(`${OURS}/api/clinic`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      opening_hours: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, allDay]),
      ),
    }),
  });
  if (!opened.ok) throw new Error(`opening the clinic all day: ${opened.status}`);
  // Status changes go to booked visits ahead, which a clinic may still confirm or unconfirm.
  const today = new Date().toISOString().slice(0, 10);
  const statusIds: number[] = [];
  for (let page = 1; page <= 10; page++) {
    const response = await fetch(
      `${OURS}/api/appointments?status=confirmed&date_from=${today}&page_size=200&page=${page}`,
      { headers: { authorization: `Bearer ${owner}` } },
    );
    statusIds.push(
      ...((await response.json()) as { results: { id: number }[] }).results.map((r) => r.id),
    );
  }
  return {
    name: 'this server',
    base: OURS,
    auth: (token) => `Bearer ${token}`,
    owner,
    patient: await login('patient7@bench.clinic'),
    paths: {
      list: '/api/appointments?page=1',
      own: '/api/appointments',
      byId: '/api/appointments/%d',
      collection: '/api/appointments',
    },
    idRange: [1, APPOINTMENTS],
    statusIds,
    // Seeded ids: 1 is the owner, 2-6 the dentists, 7 on the patients; service 1 takes 30 min.
    createBody:
      '{"patient":8,"dentist":2,"service":1,"date":"%s","time":"%s","status":"confirmed","notes":"wrk bench","override_availability":true}',
    pid: () => (server.pid ? [server.pid] : []),
  };
}

async function startTheirs(): Promise<Side> {
  const env = {
    DATABASE: join(scratch, 'previous.sqlite3'),
    DJANGO_SETTINGS_MODULE: 'clinic.settings',
    PYTHONDONTWRITEBYTECODE: '1',
  };
  const tokensFile = join(scratch, 'previous-tokens.json');
  console.log(`previous server: seeding ${APPOINTMENTS.toLocaleString('en')} appointments…`);
  await run(PYTHON, ['manage.py', 'migrate', '--noinput', '-v', '0'], env, PREVIOUS_DIR);
  await run(
    PYTHON,
    [
      'manage.py',
      'seed_bench',
      '--reset',
      '--appointments',
      String(APPOINTMENTS),
      '--tokens-file',
      tokensFile,
    ],
    env,
    PREVIOUS_DIR,
  );
  const server = spawn(
    PYTHON,
    [
      '-m',
      'gunicorn',
      'clinic.wsgi:application',
      '--bind',
      new URL(THEIRS).host,
      '--workers',
      '2',
      '--worker-class',
      'sync',
      '--log-level',
      'warning',
      '--backlog',
      '2048',
    ],
    { cwd: PREVIOUS_DIR, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  children.push(server);
  const tokens = JSON.parse(readFileSync(tokensFile, 'utf8')) as {
    owner: { token: string };
    patient: { token: string };
    appointment_id_min: number;
    appointment_id_max: number;
    post: { patient: number; dentist: number; service: number };
  };
  await waitFor(server, `${THEIRS}/api/appointments/?page=1`, {
    authorization: `Token ${tokens.owner.token}`,
  });
  const [min, max] = [tokens.appointment_id_min, tokens.appointment_id_max];
  const { patient, dentist, service } = tokens.post;
  return {
    name: 'previous server',
    base: THEIRS,
    auth: (token) => `Token ${token}`,
    owner: tokens.owner.token,
    patient: tokens.patient.token,
    paths: {
      list: '/api/appointments/?page=1',
      own: '/api/appointments/',
      byId: '/api/appointments/%d/',
      collection: '/api/appointments/',
    },
    idRange: [min, max],
    statusIds: Array.from({ length: 2000 }, (_, i) => min + ((i * 7919) % (max - min + 1))),
    createBody: `{"patient":${patient},"dentist":${dentist},"service":${service},"date":"%s","time":"%s","status":"confirmed","notes":"wrk bench"}`,
    pid: () => (server.pid ? [server.pid, ...childPids(server.pid)] : []),
  };
}

function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Time the process spent runnable but not running (scheduler statistics), in ms. */
function runQueueMs(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return 0;
  }
}

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  socketErrors: number;
}

type Scenario = 'list' | 'own' | 'byId' | 'create' | 'status';
const SCENARIOS: { key: Scenario; label: string }[] = [
  { key: 'list', label: 'list page of 50 (owner)' },
  { key: 'own', label: "a patient's own list" },
  { key: 'byId', label: 'one appointment by id' },
  { key: 'create', label: 'create (durable here)' },
  { key: 'status', label: 'status change (durable here)' },
];
/**
 * Noon UTC on 2060-01-01; each run books its own stretch of 900 days (43,200 half hours),
 * within the dates the API accepts even after a warm-up and three rounds.
 */
const FIRST_CREATE_DAY = Date.UTC(2060, 0, 1, 12) / 1000;
const createRuns = new Map<string, number>();

function nextCreateRun(side: string): number {
  const run = createRuns.get(side) ?? 0;
  createRuns.set(side, run + 1);
  return run;
}

async function wrk(side: Side, scenario: Scenario, seconds: number): Promise<Measure> {
  const env: Record<string, string> = { BENCH_AUTH: side.auth(side.owner) };
  if (scenario === 'list' || scenario === 'own') {
    Object.assign(env, { BENCH_MODE: 'static', BENCH_PATH: side.paths[scenario] });
    if (scenario === 'own') env.BENCH_AUTH = side.auth(side.patient);
  } else if (scenario === 'byId') {
    Object.assign(env, {
      BENCH_MODE: 'by_id',
      BENCH_PATH: side.paths.byId,
      BENCH_IDS: side.idRange.join(','),
    });
  } else if (scenario === 'create') {
    Object.assign(env, {
      BENCH_MODE: 'create',
      BENCH_PATH: side.paths.collection,
      BENCH_BODY: side.createBody,
      BENCH_DAY0: String(FIRST_CREATE_DAY + nextCreateRun(side.name) * 900 * 86_400),
    });
  } else {
    Object.assign(env, {
      BENCH_MODE: 'status',
      BENCH_PATH: side.paths.byId,
      BENCH_IDS: side.statusIds.join(','),
    });
  }
  const out = await run(
    'wrk',
    ['-t2', '-c32', `-d${seconds}s`, '--timeout', '10s', '-s', LUA, side.base],
    env,
  );
  const line = /RESULT (.*)/.exec(out)?.[1];
  if (!line) throw new Error(`wrk gave no result:\n${out}`);
  const field = (name: string) => Number(new RegExp(`${name}=([\\d.]+)`).exec(line)?.[1]);
  return {
    rps: field('rps'),
    p50: field('p50_ms'),
    p99: field('p99_ms'),
    non2xx: field('non2xx'),
    socketErrors: field('sock_errors'),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const summarise = (runs: Measure[]): Measure => ({
  rps: Math.round(median(runs.map((r) => r.rps))),
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
  socketErrors: runs.reduce((sum, r) => sum + r.socketErrors, 0),
});

async function main() {
  const ours = await startOurs();
  const theirs = await startTheirs();
  let theirPeakKb = 0;
  const sampler = setInterval(() => {
    const total = theirs.pid().reduce((sum, pid) => sum + statusKb(pid, 'VmRSS'), 0);
    theirPeakKb = Math.max(theirPeakKb, total);
  }, 250);
  const rows: { label: string; ours: Measure; theirs: Measure }[] = [];
  const waitedBefore = runQueueMs(ours.pid()[0] ?? 0);
  const started = Date.now();
  for (const { key, label } of SCENARIOS.filter((s) => ONLY === null || ONLY.has(s.key))) {
    await wrk(theirs, key, WARMUP);
    await wrk(ours, key, WARMUP);
    const runs: { ours: Measure[]; theirs: Measure[] } = { ours: [], theirs: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      runs.theirs.push(await wrk(theirs, key, DURATION));
      runs.ours.push(await wrk(ours, key, DURATION));
      console.log(
        `  ${label}, round ${round}: ${runs.ours.at(-1)?.rps} vs ${runs.theirs.at(-1)?.rps} req/s`,
      );
    }
    rows.push({ label, ours: summarise(runs.ours), theirs: summarise(runs.theirs) });
  }
  clearInterval(sampler);
  const waitedShare = (runQueueMs(ours.pid()[0] ?? 0) - waitedBefore) / (Date.now() - started);
  const ourPeakMb = Math.round(statusKb(ours.pid()[0] ?? 0, 'VmHWM') / 1024);
  const theirPeakMb = Math.round(theirPeakKb / 1024);

  console.log(
    `\n${APPOINTMENTS.toLocaleString('en')} appointments in each; wrk -t2 -c32, medians of ${ROUNDS} × ${DURATION} s\n`,
  );
  console.log(
    '| scenario | this server req/s | p50 ms | p99 ms | previous req/s | p50 ms | p99 ms | ratio | errors |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { label, ours: o, theirs: t } of rows) {
    const errors = `${o.non2xx + o.socketErrors} / ${t.non2xx + t.socketErrors}`;
    console.log(
      `| ${label} | ${o.rps} | ${o.p50} | ${o.p99} | ${t.rps} | ${t.p50} | ${t.p99} | ${(o.rps / t.rps).toFixed(1)}× | ${errors} |`,
    );
  }
  console.log(
    `\npeak memory: this server ${ourPeakMb} MB (VmHWM); previous server ${theirPeakMb} MB (master and workers together)`,
  );
  // On a shared machine the tail is mostly time spent waiting for a core; say how much.
  console.log(
    `this server was ready to run but waiting for a CPU ${Math.round(waitedShare * 100)}% of the time (node ${startFlags().join(' ')})`,
  );
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/side-by-side-${APPOINTMENTS}-${new Date().toISOString().slice(0, 10)}.json`;
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        appointments: APPOINTMENTS,
        load: {
          tool: 'wrk',
          threads: 2,
          connections: 32,
          durationSeconds: DURATION,
          rounds: ROUNDS,
        },
        machine: {
          cpu: cpus()[0]?.model,
          cores: cpus().length,
          memoryGb: Math.round(totalmem() / 2 ** 30),
          node: process.version,
        },
        nodeFlags: startFlags(),
        runQueueWaitShare: Number(waitedShare.toFixed(2)),
        peakMemoryMb: { thisServer: ourPeakMb, previousServer: theirPeakMb },
        rows,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`written to ${file}`);
}

try {
  await main();
} finally {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map((child) =>
      child.exitCode === null ? new Promise((r) => child.on('exit', r)) : undefined,
    ),
  );
  rmSync(scratch, { recursive: true, force: true });
}
