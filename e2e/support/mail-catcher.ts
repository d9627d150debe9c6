import { createServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A mail server for the journeys that follow an email: it accepts whatever the clinic sends
 * on E2E_SMTP_PORT and lists it as JSON on E2E_MAIL_HTTP_PORT (`GET /messages`), both on
 * loopback. Run as one of Playwright's web servers: `node --import tsx e2e/support/mail-catcher.ts`.
 */
interface CaughtMail {
  to: string;
  subject: string;
  text: string;
}

const caught: CaughtMail[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
        caught.push({
          to: to?.value[0]?.address ?? '',
          subject: mail.subject ?? '',
          text: mail.text ?? '',
        });
        callback();
      })
      .catch(callback);
  },
});

const http = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/healthz') {
    response.end('ok');
    return;
  }
  if (url.pathname === '/messages') {
    const to = url.searchParams.get('to');
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(to ? caught.filter((mail) => mail.to === to) : caught));
    return;
  }
  response.statusCode = 404;
  response.end();
});

smtp.listen(Number(process.env.E2E_SMTP_PORT), '127.0.0.1');
http.listen(Number(process.env.E2E_MAIL_HTTP_PORT), '127.0.0.1');
const stop = () => {
  http.close();
  smtp.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
