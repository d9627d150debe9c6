import { type AddressInfo, createServer } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  /** The text/calendar part, if the message carried one: its METHOD and its text. */
  calendar?: { method: string; content: string };
  /** Each header as sent (`list-unsubscribe` → `<https://…>`), by its lower-cased name. */
  headers: Record<string, string>;
}

/**
 * A real SMTP server on loopback that keeps what it receives, so tests see the mail exactly
 * as a clinic's mail server would. `failNext(n)` answers the next n messages with an error.
 */
export async function startSmtpInbox() {
  const received: ReceivedMail[] = [];
  let failures = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      if (failures > 0) {
        failures -= 1;
        stream.resume();
        stream.on('end', () => callback(new Error('451 mailbox busy, try later')));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
          received.push({
            to: to?.value[0]?.address ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            ...calendarPartOf(mail),
            headers: Object.fromEntries(
              mail.headerLines.map(({ key, line }) => [
                key,
                line.slice(line.indexOf(':') + 1).trim(),
              ]),
            ),
          });
          callback();
        })
        .catch(callback);
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext(count: number) {
      failures = count;
    },
    /** Waits until `count` messages have arrived, or fails after `timeoutMs`. */
    async waitFor(count: number, timeoutMs = 15_000): Promise<ReceivedMail[]> {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} emails, got ${received.length}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** mailparser hands a text/calendar part over as an attachment. */
function calendarPartOf(mail: ParsedMail): Pick<ReceivedMail, 'calendar'> {
  const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) return {};
  const content = part.content.toString('utf8');
  const method = /^METHOD:(.+)$/m.exec(content)?.[1]?.trim() ?? '';
  return { calendar: { method, content } };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
