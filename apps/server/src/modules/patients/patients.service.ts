import { RECORD_VISITS_SHOWN } from '@clinic/contract';
import { type Actor, canOpenPatientRecord, canViewUser } from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { findUserById, listDependantsOf, withGuardianNames } from '../users/index.ts';
import * as repo from './patients.repository.ts';

/**
 * A patient's record for the team. Its opening is written to the audit log (who, when) before
 * anything is read, so no record is ever shown without its entry. Anyone else gets 404: a
 * patient cannot learn whether an id is a patient, and staff cannot open a colleague's account.
 */
export async function openPatientRecord(ctx: AppContext, actor: Actor, id: number) {
  const patient = await findUserById(ctx.db.kysely, id);
  if (!patient || !canViewUser(actor, patient) || !canOpenPatientRecord(actor, patient)) {
    throw notFound('Patient');
  }
  const now = ctx.now();
  await ctx.db.transact((trx) =>
    recordAuditEvent(trx, {
      at: now,
      actorId: actor.id,
      subject: 'account',
      subjectId: patient.id,
      subjectName: patient.name,
      action: 'opened',
      before: null,
      after: null,
    }),
  );
  const [visits, counts, named, dependants] = await Promise.all([
    repo.latestVisits(ctx.db.kysely, id, RECORD_VISITS_SHOWN),
    repo.countVisits(ctx.db.kysely, id, now),
    withGuardianNames(ctx, [patient]),
    listDependantsOf(ctx, actor, id),
  ]);
  const total = [...counts.byStatus.values()].reduce((sum, n) => sum + n, 0);
  return {
    patient: named[0] ?? patient,
    dependants,
    visits,
    counts: {
      visits: total,
      completed: counts.byStatus.get('completed') ?? 0,
      no_show: counts.byStatus.get('no_show') ?? 0,
      cancelled: counts.byStatus.get('cancelled') ?? 0,
      upcoming: counts.upcoming,
    },
  };
}
