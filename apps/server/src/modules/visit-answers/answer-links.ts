import { randomBytes } from 'node:crypto';
import { type AppointmentStatus, type NotificationKind, visitAnswerOptions } from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { publicOrigin } from '../../lib/public-origin.ts';
import { hashToken } from '../auth/index.ts';
import type { Clinic } from '../clinic/index.ts';
import { deleteVisitLink, insertVisitLink } from './visit-links.repository.ts';

/** The links a message about a visit carries, as the message shows them. */
export interface AnswerLinks {
  /** "I'll be there". */
  attend: string;
  /** "I can't come"; null once the clinic's cut-off has passed: the message says to phone. */
  cancel: string | null;
  /** "Choose another time": the patient's appointments page, signed in; null past the cut-off. */
  move: string | null;
  /** For a visit past the cut-off: "" when the clinic gave no phone. */
  clinicPhone: string;
}

export interface IssuedAnswerLinks {
  links: AnswerLinks;
  /** Forgets the link when its message could not be sent: the retry issues a fresh one. */
  discard(): Promise<void>;
}

/** The messages that ask the patient whether they will come: each about a confirmed visit. */
const ANSWERED_KINDS: ReadonlySet<NotificationKind> = new Set([
  'appointment_confirmed',
  'appointment_moved',
  'reminder',
]);

/** The page that takes an answer; the token travels after `#`, like an account link's. */
export function answerPageUrl(origin: string, token: string, answer: 'attend' | 'cancel'): string {
  return `${origin}/visit-answer#token=${token}&answer=${answer}`;
}

/** The patient's own appointments page, opening the move dialog of one visit. */
export function movePageUrl(origin: string, appointmentId: number): string {
  return `${origin}/patient/appointments?move=${appointmentId}`;
}

/**
 * Issues the answer link of a message about to be sent, when its kind asks for an answer: one
 * token of 256 random bits per message, kept only as its hash, working once, for this visit at
 * this start, until that start (decision 040). Both answers share it; the page asks which.
 * Called by the sender while it sends, so no token is ever stored in the outbox.
 */
export async function issueAnswerLinks(
  ctx: AppContext,
  kind: NotificationKind,
  visit: { id: number; patientId: number; startsAt: number; status: AppointmentStatus },
  clinic: Pick<Clinic, 'patientChanges' | 'contact'>,
): Promise<IssuedAnswerLinks | null> {
  if (!ANSWERED_KINDS.has(kind) || visit.status !== 'confirmed') return null;
  const now = ctx.now();
  const options = visitAnswerOptions(
    { status: 'confirmed', startsAt: visit.startsAt },
    now,
    clinic.patientChanges.cutoffHours,
  );
  if (options.attend !== 'open') return null;
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  await insertVisitLink(ctx.db.kysely, {
    tokenHash,
    appointmentId: visit.id,
    patientId: visit.patientId,
    createdAt: now,
    expiresAt: visit.startsAt,
  });
  const origin = publicOrigin(ctx.config);
  const changeable = options.cancel === 'open';
  return {
    links: {
      attend: answerPageUrl(origin, token, 'attend'),
      cancel: changeable ? answerPageUrl(origin, token, 'cancel') : null,
      move: changeable ? movePageUrl(origin, visit.id) : null,
      clinicPhone: clinic.contact.phone,
    },
    discard: () => deleteVisitLink(ctx.db.kysely, tokenHash),
  };
}
