import type { NotificationKind } from '@clinic/domain';

export interface MessageFacts {
  clinicName: string;
  recipientName: string;
  patientName: string;
  date: string;
  time: string;
  dentistName: string | null;
  serviceName: string | null;
}

export interface Message {
  subject: string;
  text: string;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Wednesday 2 December 2026", assembled from parts: ICU versions differ on the comma. */
function longDate(date: string): string {
  const parts = LONG_DATE.formatToParts(new Date(`${date}T00:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

function visitLines(facts: MessageFacts): string[] {
  return [
    `  ${longDate(facts.date)} at ${facts.time}`,
    ...(facts.serviceName ? [`  ${facts.serviceName}`] : []),
    ...(facts.dentistName ? [`  with ${facts.dentistName}`] : []),
  ];
}

type PatientKind = Exclude<NotificationKind, 'request_received'>;

const COME_OR_TELL = 'If you cannot come, please let the clinic know as early as you can.';

/** What each message to a patient says around the visit's details. */
const TO_PATIENT: Record<
  PatientKind,
  (when: string) => { subject: string; opening: string; closing: string }
> = {
  appointment_confirmed: (when) => ({
    subject: `Your appointment on ${when} is confirmed`,
    opening: 'Your appointment is confirmed:',
    closing: COME_OR_TELL,
  }),
  appointment_moved: (when) => ({
    subject: `Your appointment has moved to ${when}`,
    opening: 'Your appointment is now:',
    closing: 'If the new time does not suit you, please contact the clinic.',
  }),
  appointment_cancelled: (when) => ({
    subject: `Your appointment on ${when} is cancelled`,
    opening: 'This appointment is cancelled:',
    closing: 'Please contact the clinic or request a new appointment if you still need one.',
  }),
  reminder: (when) => ({
    subject: `Reminder: your appointment on ${when}`,
    opening: 'A reminder of your appointment:',
    closing: COME_OR_TELL,
  }),
};

/** Plain text only: it reads the same in every mail client and cannot hide a link. */
export function composeMessage(kind: NotificationKind, facts: MessageFacts): Message {
  const lines = (opening: string, closing: string) =>
    [
      `Hello ${facts.recipientName},`,
      '',
      opening,
      ...visitLines(facts),
      '',
      closing,
      '',
      facts.clinicName,
    ].join('\n');
  if (kind === 'request_received') {
    return {
      subject: `New appointment request from ${facts.patientName}`,
      text: lines(
        `${facts.patientName} asks for an appointment:`,
        'It waits for the clinic to confirm or decline it in the appointment book.',
      ),
    };
  }
  const { subject, opening, closing } = TO_PATIENT[kind](
    `${longDate(facts.date)} at ${facts.time}`,
  );
  return { subject, text: lines(opening, closing) };
}
