import type { AppointmentWire } from '@clinic/contract';
import { ClinicApi, utcDate } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

interface CaughtMail {
  to: string;
  subject: string;
  text: string;
}

/** Waits for the email about `visit` to `address` and returns the links in it. */
async function answerLinksAbout(address: string, visit: AppointmentWire) {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(
          `http://127.0.0.1:${process.env.E2E_MAIL_HTTP_PORT}/messages?to=${encodeURIComponent(address)}`,
        );
        const mails = (await response.json()) as CaughtMail[];
        found = mails.find(
          (m) => /confirmed/.test(m.subject) && m.text.includes(`?move=${visit.id}`),
        );
        return found !== undefined;
      },
      { message: `the confirmation email of visit ${visit.id} to ${address}`, timeout: 30_000 },
    )
    .toBe(true);
  const link = (label: string) => {
    const url = found?.text.match(new RegExp(`${label}: (\\S+)`))?.[1];
    if (!url) throw new Error(`no "${label}" link in: ${found?.text}`);
    return url;
  };
  return {
    attend: link('I’ll be there'),
    cancel: link('I can’t come'),
    move: link('Choose another time'),
  };
}

test('a patient answers the confirmation email without signing in, and the front desk sees it', async ({
  page,
  pageAs,
}) => {
  const api = await ClinicApi.asOwner(page.request);
  const clinicName = (await api.clinic()).name;
  const dentist = await api.createDentist('Dr. Ada Answer');
  const service = await api.createService(`Check-up ${Date.now().toString(36)}`, 30, {
    dentists: [dentist.id],
  });
  const desk = await api.createUser('Fred Frontdesk', 'staff');
  const patient = await api.createUser('Paula Patient', 'patient', { phone: '+351 912 345 678' });
  const tomorrow = await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    service: service.id,
    date: utcDate(1),
    time: '23:00',
  });
  const later = await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    service: service.id,
    date: utcDate(4),
    time: '10:00',
  });
  const tomorrowLinks = await answerLinksAbout(patient.email, tomorrow);
  const laterLinks = await answerLinksAbout(patient.email, later);

  const frontDesk = await pageAs(desk);
  const toCall = frontDesk.getByRole('list', {
    name: 'Tomorrow’s visits not yet confirmed by the patient',
  });

  await test.step('the front desk sees the visit among tomorrow’s to call, with the number', async () => {
    await frontDesk.goto('/staff');
    await expect(
      frontDesk.getByRole('heading', { name: 'Tomorrow, not yet confirmed by the patient' }),
    ).toBeVisible();
    await expect(
      toCall.getByRole('button', { name: `${patient.name} at 23:00: view the appointment` }),
    ).toBeVisible();
    await expect(
      toCall.getByRole('link', { name: `Call ${patient.name} at +351 912 345 678` }),
    ).toHaveAttribute('href', 'tel:+351912345678');
    await expectNoSeriousA11yViolations(frontDesk);
  });

  await test.step('"I’ll be there" opens the visit signed out; one click confirms it', async () => {
    await page.context().clearCookies();
    await page.goto(tomorrowLinks.attend);
    await expect(page.getByRole('heading', { name: 'Your visit' })).toBeVisible();
    // The token leaves the address bar once read.
    await expect(page).toHaveURL(/\/visit-answer$/);
    const visit = page.getByRole('region', { name: /at 23:00$/ });
    await expect(visit.getByText('Visit for Paula')).toBeVisible();
    await expect(visit.getByText(clinicName)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'I’ll be there' }).click();
    await expect(page.getByRole('status')).toContainText('Thank you, see you on');
    await expect(page.getByRole('status')).toContainText('at 23:00');
  });

  await test.step('the front desk’s list shrinks at once, and the book shows the badge', async () => {
    await expect(
      toCall.getByRole('button', { name: `${patient.name} at 23:00: view the appointment` }),
    ).toHaveCount(0);
    await frontDesk.goto(`/staff/appointments?q=${encodeURIComponent(patient.name)}`);
    const row = frontDesk.getByRole('row').filter({ hasText: '23:00' });
    await expect(row.getByText('Confirmed by patient')).toBeVisible();
    await expect(
      frontDesk.getByRole('row').filter({ hasText: '10:00' }).getByText('Confirmed by patient'),
    ).toHaveCount(0);
  });

  await test.step('the same link does not work twice', async () => {
    await page.goto(tomorrowLinks.attend);
    await expect(page.getByRole('alert')).toContainText('This link was used already');
  });

  await test.step('"Choose another time" opens the move dialog of that visit after sign-in', async () => {
    await page.goto(laterLinks.move);
    await expect(page).toHaveURL(/\/login$/);
    // Signed in from here, the page returns to the link's address.
    await page.getByLabel('Email').fill(patient.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(patient.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(new RegExp(`/patient/appointments\\?move=${later.id}$`));
    const dialog = page.getByRole('dialog', { name: 'Move this visit' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close dialog' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page).toHaveURL(/\/patient\/appointments$/);
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  await test.step('"I can’t come" cancels the other visit, and the book says so', async () => {
    await page.goto(laterLinks.cancel);
    await expect(page.getByText('“I can’t come” cancels the visit')).toBeVisible();
    await page.getByRole('button', { name: 'I can’t come' }).click();
    await expect(page.getByRole('status')).toContainText('Your visit is cancelled');
    const row = frontDesk.getByRole('row').filter({ hasText: '10:00' });
    await expect(row.getByText('Cancelled')).toBeVisible();
  });
});
