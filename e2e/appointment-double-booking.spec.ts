import type { Page } from '@playwright/test';
import { ClinicApi, utcWeekday } from './support/api';
import { fillSchedule, pickPatient } from './support/appointment-form';
import { expect, test } from './support/fixtures';

test('two staff book one dentist at one time: the second is told the slot is taken', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist('Dana Dentist');
  const firstStaff = await api.createUser('Sara Staff', 'staff');
  const secondStaff = await api.createUser('Tom Staff', 'staff');
  const firstPatient = await api.createUser('Alma Patient', 'patient');
  const secondPatient = await api.createUser('Bea Patient', 'patient');
  // A weekday: the clinic is open, so the only reason to refuse is the other booking.
  const date = utcWeekday(10);

  const startBooking = async (page: Page, patient: { name: string; email: string }) => {
    await page.goto('/staff/appointments');
    await page.getByRole('button', { name: 'New appointment' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New appointment' });
    await pickPatient(page, dialog, patient);
    await fillSchedule(page, dialog, { date, time: '09:30', dentist: dentist.name });
    return dialog;
  };
  // Both fill in the same slot before either saves.
  const firstPage = await pageAs(firstStaff);
  const secondPage = await pageAs(secondStaff);
  const firstDialog = await startBooking(firstPage, firstPatient);
  const secondDialog = await startBooking(secondPage, secondPatient);

  await firstDialog.getByRole('button', { name: 'Book appointment' }).click();
  await expect(firstDialog).toBeHidden();

  await secondDialog.getByRole('button', { name: 'Book appointment' }).click();
  const time = secondDialog.getByRole('combobox', { name: 'Time' });
  // The time is no longer free, and the server says which are nearest.
  await expect(
    secondDialog.getByText(/^That time is not free\. The nearest free times are/),
  ).toBeVisible();
  await expect(time).toHaveAttribute('aria-invalid', 'true');

  await test.step('the form keeps what the second staff member typed', async () => {
    await expect(secondDialog).toBeVisible();
    await expect(time).toHaveValue('09:30');
    await expect(secondDialog.getByRole('textbox', { name: 'Date' })).toHaveValue(date);
    await expect(secondDialog.getByRole('combobox', { name: 'Patient' })).toHaveValue(
      new RegExp(secondPatient.name),
    );
    await expect(secondDialog.getByRole('combobox', { name: 'Dentist' })).toHaveValue(dentist.name);
  });

  await test.step('the booking that won shows on the other table without a reload', async () => {
    await secondDialog.getByRole('button', { name: 'Cancel' }).click();
    const row = secondPage.getByRole('row').filter({ hasText: firstPatient.email });
    await expect(row).toContainText('09:30–10:00');
    await expect(secondPage.getByRole('row').filter({ hasText: secondPatient.email })).toHaveCount(
      0,
    );
  });
});
