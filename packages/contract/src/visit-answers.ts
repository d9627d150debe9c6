import { APPOINTMENT_STATUSES, VISIT_ANSWERS } from '@clinic/domain';
import { z } from 'zod';

const visitLinkTokenField = z
  .string()
  .min(1, 'The link is incomplete.')
  .max(200)
  .describe('The token from the link in the message (after `#token=`).');

export const visitAnswerPreviewBody = z.object({ token: visitLinkTokenField });
export type VisitAnswerPreviewRequest = z.input<typeof visitAnswerPreviewBody>;

export const visitAnswerBody = z.object({
  token: visitLinkTokenField,
  answer: z
    .enum(VISIT_ANSWERS)
    .describe('`attend`: "I’ll be there"; `cancel`: "I can’t come", which cancels the visit.'),
});
export type VisitAnswerRequest = z.input<typeof visitAnswerBody>;

const answerOption = z
  .enum(['open', 'too_late', 'closed'])
  .describe(
    '`open`: can be given now; `too_late`: past the start (attend) or past the clinic’s cut-off (cancel), the patient phones the clinic instead; `closed`: the visit is no longer pending or confirmed.',
  );

/** The visit a link is about, as the answer page shows it to whoever holds the link. */
const visitSummary = {
  clinic_name: z.string(),
  clinic_phone: z.string().describe('The clinic’s phone for patients; "" when not given.'),
  patient_first_name: z
    .string()
    .describe('Whom the visit is for (a guardian reads it about their dependant).'),
  date: z.string(),
  time: z.string(),
  end_time: z.string(),
  dentist_name: z.string().nullable(),
  service_name: z.string().nullable(),
  status: z.enum(APPOINTMENT_STATUSES),
  patient_confirmed: z.boolean().describe('Whether the patient has said they will come.'),
};

export const visitAnswerPreviewWire = z.object({
  ...visitSummary,
  answers: z
    .object({ attend: answerOption, cancel: answerOption })
    .describe('Which answers the link can still give.'),
});
export type VisitAnswerPreviewWire = z.output<typeof visitAnswerPreviewWire>;

export const visitAnswerResultWire = z.object({
  ...visitSummary,
  answered: z.enum(VISIT_ANSWERS).describe('The answer recorded; the link is now used.'),
});
export type VisitAnswerResultWire = z.output<typeof visitAnswerResultWire>;
