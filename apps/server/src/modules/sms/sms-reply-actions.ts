import type { AppContext } from '../../context.ts';
import { AppError } from '../../lib/errors.ts';

/** What a reply did to the visit it answered (a part of SmsReplyOutcome). */
export type VisitAnswerOutcome =
  | 'confirmed'
  | 'cancelled'
  | 'too_late'
  | 'not_possible'
  | 'recorded';

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

/**
 * What the outcome of a confirmation or cancellation is when it is carried out by a function
 * that throws the API's problems: done, or refused as too late (409 `too_late`), or no longer
 * possible (the visit moved on: 409 `invalid_transition`, 404, any other conflict).
 */
export async function outcomeOf(
  done: VisitAnswerOutcome,
  act: () => Promise<unknown>,
): Promise<VisitAnswerOutcome> {
  try {
    await act();
    return done;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'too_late') return 'too_late';
    if (error.status === 404 || error.status === 409 || error.status === 403) return 'not_possible';
    throw error;
  }
}

/*
 * ═══ WIRING POINT ═══════════════════════════════════════════════════════════════════════════
 * Until answerable reminders (confirmation by the patient, cancellation "by patient") and the
 * notification bell are in this branch, a reply C or N is recorded for the front desk
 * (`recorded`: the patient is told the clinic will confirm) and changes no visit, and the
 * front desk hears of texts through their dashboard list, refreshed live by
 * `patient_messages.changed`. When they arrive, only this object changes:
 *
 *   confirm: (ctx, id, via) =>
 *     outcomeOf('confirmed', () => confirmAttendanceByPatient(ctx, id, via)),
 *   cancel: (ctx, id, via) =>
 *     outcomeOf('cancelled', () => cancelByPatientAnswer(ctx, id, via)),
 *   forwardToFrontDesk: async (ctx, text) => {
 *     await announcePatientText(ctx, text);          // keep: the dashboard list
 *     await <the bell's "SMS reply needs a person" notice>(ctx, text);
 *   },
 *
 * importing both functions from '../appointments/index.ts' (or wherever part A exports them).
 * The tests in sms-inbound.test.ts that expect `recorded` then expect `confirmed`/`cancelled`.
 * ═════════════════════════════════════════════════════════════════════════════════════════════
 */
export const smsReplyActions: SmsReplyActions = {
  confirm: async () => 'recorded',
  cancel: async () => 'recorded',
  forwardToFrontDesk: (ctx) => announcePatientText(ctx),
};

/** Tells the team's open views that the list of texts waiting for them changed. */
export async function announcePatientText(ctx: AppContext, _text?: ForwardedText): Promise<void> {
  await ctx.events.publish({ type: 'patient_messages.changed' });
}
