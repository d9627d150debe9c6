import nodemailer from 'nodemailer';

export interface Mail {
  to: { name: string; address: string };
  subject: string;
  text: string;
  /**
   * An iCalendar invitation or cancellation (RFC 5546) as the text/calendar alternative that
   * mail clients offer to add to a calendar, with its METHOD in the part's content type.
   */
  icalEvent?: { method: 'REQUEST' | 'CANCEL'; filename: string; content: string };
  /** Files attached to the message. */
  attachments?: { filename: string; content: string; contentType: string }[];
  /** Extra headers, such as List-Unsubscribe (RFC 8058). */
  headers?: Record<string, string>;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** Outgoing mail through the SMTP server of `SMTP_URL` (`smtp://user:pass@host:587`, `smtps://…`). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async (mail) => {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}
