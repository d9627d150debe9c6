import type { AppContext } from '../../context.ts';
import {
  cancelByPatientAnswer,
  confirmAttendanceByPatient,
  type PatientAnswerResult,
} from '../appointments/index.ts';

/** What a reply did to the visit it answered (a part of SmsReplyOutcome). */
export type VisitAnswerOutcome = 'confirmed' | 'cancelled' | 'too_late' | 'not_possible';

/** A text a person at the front desk should read, as stored in `sms_inbound`. */
export interface ForwardedText {
  inboundId: number;
  /** Whose number it came from; null when nobody's. */
  userId: number | null;
  appointmentId: number | null;
  body: string;
}

/**
 * What a patient's reply can do beyond the texts themselves: act on the visit it answers, and
 * reach a person. Replies are parsed, matched to the patient and their visit, recorded and
 * answered by the sms module (sms-inbound.ts); these three are all it asks of the rest of the
 * clinic, so that the visit's own rules (the workflow, the cut-off, the history) stay where
 * they live.
 */
export interface SmsReplyActions {
  /** The patient says they will come: record their attendance confirmation on the visit. */
  confirm(ctx: AppContext, appointmentId: number, via: 'sms'): Promise<VisitAnswerOutcome>;
  /** The patient cannot come: cancel the visit as cancelled by the patient, within the cut-off. */
  cancel(ctx: AppContext, appointmentId: number, via: 'sms'): Promise<VisitAnswerOutcome>;
  /** A text waits for the front desk (shown in "Messages from patients" on the dashboard). */
  forwardToFrontDesk(ctx: AppContext, text: ForwardedText): Promise<void>;
}

/** What a patient's answer, carried out under the visit's own rules, did to the visit. */
function outcomeOf(done: VisitAnswerOutcome, result: PatientAnswerResult): VisitAnswerOutcome {
  if (result.ok) return done;
  // Past the cut-off (or the start): the answer says to phone. Otherwise the visit moved on.
  return result.reason === 'too_late' ? 'too_late' : 'not_possible';
}

/**
 * C and N go through the same functions as the answer links (decision 040), so a text follows
 * the workflow, the cut-off and the history exactly as a click does. A text for a person waits
 * in the team's list, refreshed live; the bell's item is written with it (sms-inbound.ts).
 */
export const smsReplyActions: SmsReplyActions = {
  confirm: async (ctx, id, via) =>
    outcomeOf('confirmed', await confirmAttendanceByPatient(ctx, id, via)),
  cancel: async (ctx, id, via) => outcomeOf('cancelled', await cancelByPatientAnswer(ctx, id, via)),
  forwardToFrontDesk: (ctx) => announcePatientText(ctx),
};

/** Tells the team's open views that the list of texts waiting for them changed. */
export async function announcePatientText(ctx: AppContext, _text?: ForwardedText): Promise<void> {
  await ctx.events.publish({ type: 'patient_messages.changed' });
}
