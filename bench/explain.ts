/**
 * Prints the query plans and timings of the appointment list's queries on a seeded
 * database, to check that a page stays fast at a million appointments.
 *
 *   node --import tsx bench/explain.ts
 */
import { sql } from 'kysely';
import { loadConfig } from '../apps/server/src/config.ts';
import { connectDatabase } from '../apps/server/src/db/connect.ts';
import {
  countAppointments,
  listAppointmentRows,
} from '../apps/server/src/modules/appointments/appointments.repository.ts';

const config = loadConfig();
const db = connectDatabase(config);
const k = db.kysely;
const { count } = await k
  .selectFrom('appointments')
  .select((eb) => eb.fn.countAll<number>().as('count'))
  .executeTakeFirstOrThrow();
const some = await k
  .selectFrom('appointments')
  .select(['patientId', 'dentistId', 'date'])
  .where('id', '=', Math.floor(Number(count) / 2))
  .executeTakeFirstOrThrow();
console.log(`${db.engine}: ${Number(count).toLocaleString('en')} appointments`);

const cases: [string, Parameters<typeof listAppointmentRows>[1]][] = [
  ['whole book, page 1', {}],
  ['one status', { statuses: ['pending'] }],
  [
    'one dentist, one week',
    { dentistId: some.dentistId ?? undefined, dateFrom: some.date, dateTo: some.date },
  ],
  ['one patient (a patient’s own list)', { patientId: some.patientId }],
  ['date range (calendar week)', { dateFrom: some.date, dateTo: some.date }],
  ['search by patient name', { search: 'patient 1999' }],
];
for (const [label, filters] of cases) {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await Promise.all([
      listAppointmentRows(k, filters, { limit: 50, offset: 0 }),
      countAppointments(k, filters),
    ]);
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  console.log(`\n## ${label}: median ${runs[2]?.toFixed(1)} ms (rows + count)`);
  // The row query's shape (filters, joins, order, limit), explained by the engine itself.
  const explainPrefix =
    db.engine === 'postgres'
      ? 'explain (analyze, costs off, timing off, summary on)'
      : 'explain query plan';
  const query = k
    .selectFrom('appointments as a')
    .innerJoin('users as p', 'p.id', 'a.patientId')
    .select(['a.id'])
    .$if(filters.statuses !== undefined, (q) => q.where('a.status', 'in', filters.statuses ?? []))
    .$if(filters.dentistId !== undefined, (q) =>
      q.where('a.dentistId', '=', filters.dentistId ?? 0),
    )
    .$if(filters.patientId !== undefined, (q) =>
      q.where('a.patientId', '=', filters.patientId ?? 0),
    )
    .$if(filters.dateFrom !== undefined, (q) => q.where('a.date', '>=', filters.dateFrom ?? ''))
    .$if(filters.dateTo !== undefined, (q) => q.where('a.date', '<=', filters.dateTo ?? ''))
    .$if(filters.search !== undefined, (q) =>
      q.where('a.patientId', 'in', (eb) =>
        eb
          .selectFrom('users')
          .select('users.id')
          .where(sql<boolean>`lower(users.name) like ${`%${filters.search}%`}`),
      ),
    )
    .orderBy('a.date')
    .orderBy('a.time')
    .orderBy('a.id')
    .limit(50)
    .compile();
  const plan = await sql.raw(`${explainPrefix} ${inline(query.sql, query.parameters)}`).execute(k);
  for (const row of plan.rows as Record<string, unknown>[]) {
    console.log(`   ${String(row['QUERY PLAN'] ?? row.detail)}`);
  }
}
await db.close();

function inline(text: string, parameters: readonly unknown[]): string {
  let index = 0;
  return text.replace(/\$\d+|\?/g, () => {
    const value = parameters[index++];
    return typeof value === 'number' ? String(value) : `'${String(value).replaceAll("'", "''")}'`;
  });
}
