import { owner } from './support/accounts';
import { ClinicApi, utcDate } from './support/api';
import { expect, test } from './support/fixtures';

// The API sends an empty phone, never null, for a patient who gave none.
test('an appointment shows a patient without a phone number as not given', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const patient = await api.createUser('Nuno Nophone', 'patient', { phone: '' });
  await api.createAppointment({ patient: patient.id, date: utcDate(9), time: '09:00' });

  const page = await pageAs(owner);
  await page.goto(`/owner/appointments?q=${encodeURIComponent(patient.email)}`);
  const row = page.getByRole('row').filter({ hasText: patient.email });
  await row.getByRole('button', { name: /^View/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Appointment' });
  await expect(dialog.getByRole('region', { name: 'Patient' })).toContainText('Not given');
});
