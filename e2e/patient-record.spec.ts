import { ClinicApi, utcDate } from './support/api';
import { expect, test } from './support/fixtures';

/** A Portuguese mobile number no other run uses, written as a receptionist would. */
function uniqueMobile(): { typed: string; middle: string; last: string } {
  const three = () => String(Math.floor(100 + Math.random() * 900));
  const middle = three();
  const last = three();
  return { typed: `+351 912 ${middle} ${last}`, middle, last };
}

test('staff register a patient with a phone number only and find them by part of it', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const staff = await api.createUser('Rita Reception', 'staff');
  const name = `Rosa Phone ${Date.now().toString(36)}`;
  const phone = uniqueMobile();

  const page = await pageAs(staff);
  await page.goto('/staff/patients');
  await page.getByRole('button', { name: 'Register patient' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Register patient' });
  await dialog.getByRole('textbox', { name: 'Full name' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Phone' }).fill(phone.typed);
  await dialog.getByRole('button', { name: 'Register patient' }).click();
  await expect(dialog).toBeHidden();

  // Typed without the spaces or country code it was registered with.
  await page
    .getByRole('searchbox', { name: 'Search patients' })
    .fill(`${phone.middle}${phone.last}`);
  const rows = page.getByRole('row').filter({ hasText: phone.typed });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(name);
  await expect(rows).toContainText('Not given'); // no email

  await rows.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Contact details' })).toContainText(
    'None: cannot sign in or receive email',
  );
});

test('a medical alert shows on the patient’s appointment in the book and the calendar', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const staff = await api.createUser('Ivo Intake', 'staff');
  const dentist = await api.createDentist('Dr Alert');
  const phone = uniqueMobile();
  const patient = await api.createUser('Alma Alert', 'patient', { phone: phone.typed });
  await api.updateUser(patient.id, { medical_alerts: ['Penicillin allergy', 'Pacemaker'] });
  const day = utcDate(2);
  await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    date: day,
    time: '09:00',
  });

  const page = await pageAs(staff);
  await test.step('the book finds the visit by phone, the badge on its row', async () => {
    await page.goto(`/staff/appointments?q=${encodeURIComponent(`${phone.middle} ${phone.last}`)}`);
    const row = page.getByRole('row').filter({ hasText: patient.name });
    const badge = row.getByTestId('medical-alert-badge');
    await expect(badge).toBeVisible();
    await expect(badge).toContainText('2 medical alerts');
    await expect(badge).toContainText('Medical alerts: Penicillin allergy, Pacemaker');
  });

  await test.step('the calendar names the alerts on the event', async () => {
    await page.goto(`/staff/calendar?date=${day}&dentist=${dentist.id}&view=day`);
    const event = page.locator('.fc-event').filter({ hasText: patient.name });
    await expect(event).toContainText('Medical alert: Penicillin allergy, Pacemaker');
  });

  await test.step('the appointment leads to the record, which the audit log notes', async () => {
    await page.goto(`/staff/appointments?q=${encodeURIComponent(patient.name)}`);
    const row = page.getByRole('row').filter({ hasText: patient.name });
    await row.getByRole('button', { name: /^View/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Appointment' });
    await dialog.getByRole('link', { name: 'Open patient record' }).click();
    await expect(page.getByRole('heading', { level: 1, name: patient.name })).toBeVisible();
    await expect(page.getByRole('note')).toContainText('Penicillin allergy');
    const opened = await api.auditLog(`?action=opened&subject=account`);
    expect(opened.map((entry) => entry.subject_id)).toContain(patient.id);
  });
});
