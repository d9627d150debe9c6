import { patientIdParams, patientRecordWire } from '@clinic/contract';
import { readablePatientFields } from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { type App, problems } from '../../lib/http.ts';
import { toAppointmentWire } from '../appointments/index.ts';
import { requireUser } from '../auth/index.ts';
import { toUserWire } from '../users/index.ts';
import { openPatientRecord } from './patients.service.ts';

export function registerPatientRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/patients/:id/record',
    {
      schema: {
        tags: ['patients'],
        summary:
          'A patient’s whole record (owner, staff): details, medical alerts, notes, visits and counts; each opening is in the audit log',
        params: patientIdParams,
        response: { 200: patientRecordWire, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const actor = requireUser(request);
      const record = await openPatientRecord(ctx, actor, request.params.id);
      return {
        patient: toUserWire(record.patient, readablePatientFields(actor, record.patient)),
        visits: record.visits.map((visit) => toAppointmentWire(visit, true)),
        dependants: record.dependants.map((dependant) =>
          toUserWire(dependant, readablePatientFields(actor, dependant)),
        ),
        counts: record.counts,
      };
    },
  );
}
