import { owner } from './support/accounts';
import { ClinicApi, uniqueLabel } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { reportStatus, textTo, textToClinic } from './support/text-messages';

/** A clinic-local (UTC) date and time a whole minute at least `ms` from now. */
function wallClockIn(ms: number): { date: string; time: string } {
  const at = new Date(Math.ceil((Date.now() + ms) / 60_000) * 60_000);
  return { date: at.toISOString().slice(0, 10), time: at.toISOString().slice(11, 16) };
}

test('the owner sees a reminder text delivered once the provider reports it', async ({
  pageAs,
  request,
}) => {
  // The reminder falls due within a minute or two, then waits for the sender's next pass.
  test.setTimeout(240_000);
  const api = await ClinicApi.asOwner(request);
  const before = await api.clinic();
  const number = `+35191${String(Date.now()).slice(-7)}`;
  const patient = await api.createUser(uniqueLabel('Tomas Texted'), 'patient', {
    phone: number,
  });
  const dentist = await api.createDentist(uniqueLabel('Dina Delivered'));

  await api.updateClinic({ reminder_lead_hours: 1 });
  try {
    await test.step('a confirmed visit an hour away is confirmed and reminded by text', async () => {
      // The reminder is due an hour before the start: half a minute to a minute and a half away.
      const { date, time } = wallClockIn(60 * 60_000 + 30_000);
      await api.createAppointment({ patient: patient.id, dentist: dentist.id, date, time });
      await textTo(number, /is confirmed\. Reply C to confirm, N to cancel\. STOP to opt out$/);
      const reminder = await textTo(number, /reminder of your visit/);
      expect(reminder.body).toContain('STOP to opt out');
      await reportStatus(reminder.sid, ['sent', 'delivered']);
    });
  } finally {
    await api.updateClinic({ reminder_lead_hours: before.reminder_lead_hours });
  }

  await test.step('the appointment’s messages show the reminder delivered', async () => {
    const page = await pageAs(owner);
    await page.goto(`/owner/appointments?q=${encodeURIComponent(patient.name)}`);
    const row = page.getByRole('row').filter({ hasText: patient.email });
    await row.getByRole('button', { name: /^View/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Appointment' });
    const messages = dialog.getByRole('list', { name: 'Messages about this appointment' });
    const reminder = messages.getByRole('listitem').filter({ hasText: 'Reminder · Text' });
    await expect(reminder).toContainText('Delivered');
    await expect(reminder).toContainText(`To ${patient.name} at ${number}`);
    await expect(
      messages.getByRole('listitem').filter({ hasText: 'Confirmation · Text' }),
    ).toContainText('Sent');
    await expectNoSeriousA11yViolations(page);
  });
});

test('a patient’s text waits on the team’s home until handled, and STOP shows on their profile', async ({
  pageAs,
  request,
  baseURL,
}) => {
  const api = await ClinicApi.asOwner(request);
  const number = `+35192${String(Date.now()).slice(-7)}`;
  const patient = await api.createUser(uniqueLabel('Rosa Replies'), 'patient', { phone: number });
  const words = `Can I come ten minutes late? ${uniqueLabel('ref')}`;
  await textToClinic(baseURL ?? '', number, words);

  await test.step('the owner reads it on their home and marks it handled', async () => {
    const page = await pageAs(owner);
    await page.goto('/owner');
    const section = page.getByRole('region', { name: 'Messages from patients' });
    const item = section.getByRole('listitem').filter({ hasText: words });
    await expect(item).toContainText(patient.name);
    await expect(item).toContainText('Wrote to the clinic.');
    await expectNoSeriousA11yViolations(page);
    await item
      .getByRole('button', { name: `Mark the message from ${patient.name} as handled` })
      .click();
    await expect(section.getByText(words)).toHaveCount(0);
  });

  await test.step('STOP turns the patient’s texts off, as their profile shows', async () => {
    await textToClinic(baseURL ?? '', number, 'STOP');
    const page = await pageAs(patient);
    await page.goto('/patient/profile');
    const texts = page.getByRole('group', { name: 'By text message' });
    await expect(texts.getByRole('switch', { name: 'Reminder texts' })).not.toBeChecked();
    await expect(
      page.getByRole('group', { name: 'By email' }).getByRole('switch', { name: 'Reminders' }),
    ).toBeChecked();
    await texts.getByRole('switch', { name: 'Reminder texts' }).click();
    await expect(texts.getByRole('switch', { name: 'Reminder texts' })).toBeChecked();
    await expectNoSeriousA11yViolations(page);
  });
});
