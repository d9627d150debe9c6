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

/** Plain text only: it reads the same in every mail client and cannot hide a link. */
export function composeMessage(kind: NotificationKind, facts: MessageFacts): Message {
  const when = `${longDate(facts.date)} at ${facts.time}`;
  const greeting = `Hello ${facts.recipientName},`;
  const signature = ['', facts.clinicName];
  const toPatient = (subject: string, opening: string, closing: string): Message => ({
    subject,
    text: [greeting, '', opening, ...visitLines(facts), '', closing, ...signature].join('\n'),
  });
  switch (kind) {
    case 'request_received':
      return {
        subject: `New appointment request from ${facts.patientName}`,
        text: [
          greeting,
          '',
          `${facts.patientName} asks for an appointment:`,
          ...visitLines(facts),
          '',
          'It waits for the clinic to confirm or decline it in the appointment book.',
          ...signature,
        ].join('\n'),
      };
    case 'appointment_confirmed':
      return toPatient(
        `Your appointment on ${when} is confirmed`,
        'Your appointment is confirmed:',
        'If you cannot come, please let the clinic know as early as you can.',
      );
    case 'appointment_moved':
      return toPatient(
        `Your appointment has moved to ${when}`,
        'Your appointment is now:',
        'If the new time does not suit you, please contact the clinic.',
      );
    case 'appointment_cancelled':
      return toPatient(
        `Your appointment on ${when} is cancelled`,
        'This appointment is cancelled:',
        'Please contact the clinic or request a new appointment if you still need one.',
      );
    case 'reminder':
      return toPatient(
        `Reminder: your appointment on ${when}`,
        'A reminder of your appointment:',
        'If you cannot come, please let the clinic know as early as you can.',
      );
  }
}
