import { expect } from '@playwright/test';

interface CaughtMail {
  to: string;
  subject: string;
  text: string;
}

/** What the mail catcher (support/mail-catcher.ts) received for `address`. */
async function mailTo(address: string): Promise<CaughtMail[]> {
  const response = await fetch(
    `http://127.0.0.1:${process.env.E2E_MAIL_HTTP_PORT}/messages?to=${encodeURIComponent(address)}`,
  );
  return (await response.json()) as CaughtMail[];
}

/** Waits for an email to `address` whose subject matches, and returns the link in it. */
export async function linkInEmail(address: string, subject: RegExp): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        const mail = (await mailTo(address)).find((m) => subject.test(m.subject));
        link = mail?.text.match(/https?:\/\/\S+#token=[\w-]+/)?.[0] ?? '';
        return link;
      },
      { message: `an email to ${address} with a link`, timeout: 30_000 },
    )
    .not.toBe('');
  return link;
}
