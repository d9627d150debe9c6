import { expect, test } from '@playwright/test';
import { ClinicApi, longDate, uniqueLabel, utcDate } from './support/api';
import { signInThroughApi } from './support/session';

test('a patient’s dashboard shows the next visit, the later ones and the open requests', async ({
  page,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist('Dario Dentist');
  const service = await api.createService(uniqueLabel('Cleaning'), 45);
  const patient = await api.createUser('Nina Next', 'patient');
  await signInThroughApi(page, patient);
  await page.goto('/patient');
  await expect(page.getByText('No upcoming appointments')).toBeVisible();

  await test.step('visits booked meanwhile appear without a reload', async () => {
    await api.createAppointment({
      patient: patient.id,
      dentist: dentist.id,
      service: service.id,
      date: utcDate(2),
      time: '10:00',
      status: 'confirmed',
    });
    await api.createAppointment({
      patient: patient.id,
      date: utcDate(6),
      time: '15:00',
      status: 'pending',
    });
    const next = page.getByRole('region', { name: 'Your next appointment' });
    await expect(next).toContainText(longDate(utcDate(2)));
    await expect(next).toContainText('10:00–10:45');
    await expect(next).toContainText('In 2 days');
    await expect(next).toContainText(dentist.name);
    await expect(next).toContainText(service.name);
    await expect(next).toContainText('Confirmed');

    const later = page.getByRole('list', { name: 'Later appointments' });
    await expect(later.getByRole('listitem')).toHaveCount(1);
    await expect(later).toContainText(`${longDate(utcDate(6))}, 15:00`);
    await expect(later).toContainText('Pending');
    const waiting = page.getByText('Requests waiting for the clinic', { exact: true });
    await expect(waiting.locator('xpath=..')).toContainText('1');
  });

  await test.step('the request button opens the request form', async () => {
    await page.getByRole('button', { name: 'Request appointment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Request appointment' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });
});
