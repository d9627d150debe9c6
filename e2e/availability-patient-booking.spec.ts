import { ClinicApi, uniqueLabel, utcWeekday } from './support/api';
import { dentistWorkingOnlyOn, freeTimes, openPickerOnNextFreeDay } from './support/availability';
import { expect, test } from './support/fixtures';

/**
 * A dentist of the journey's own who works 09:00–17:00 on one weekday ahead, and a service
 * only they perform. Today is no good: a patient's notice would move today's first free time
 * with the hour the suite happens to run.
 */
async function dentistAndServiceAhead(api: ClinicApi, label: string) {
  const dentist = await dentistWorkingOnlyOn(api, label, utcWeekday(2), {
    start: '09:00',
    end: '17:00',
  });
  const service = await api.createService(uniqueLabel(`${label} check-up`), 30, {
    dentists: [dentist.id],
  });
  return { dentist, service };
}

test('a patient books one of the free times, and the request is pending', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const { dentist, service } = await dentistAndServiceAhead(api, 'Pick');
  const patient = await api.createUser('Petra Picker', 'patient');
  const page = await pageAs(patient);

  const dialog = await openPickerOnNextFreeDay(page, { service: service.name, dentist });
  // The dentist starts at 09:00 and has nothing booked: the first free time is the day's start.
  const first = freeTimes(dialog).first();
  await expect(first).toHaveText('09:00');
  await first.click();
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await dialog.getByRole('button', { name: 'Send request' }).click();
  await expect(dialog).toBeHidden();

  const card = page.getByRole('article');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Pending');
  await expect(card).toContainText('09:00');
  await expect(card).toContainText(service.name);
  await expect(card).toContainText(dentist.name);
});

test('a time someone books disappears from another patient’s open picker', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const { dentist, service } = await dentistAndServiceAhead(api, 'Race');
  const first = await pageAs(await api.createUser('Fay First', 'patient'));
  const second = await pageAs(await api.createUser('Sid Second', 'patient'));

  const firstDialog = await openPickerOnNextFreeDay(first, { service: service.name, dentist });
  const secondDialog = await openPickerOnNextFreeDay(second, { service: service.name, dentist });
  const taken = secondDialog.getByRole('group', { name: /^Free times on/ }).getByRole('button', {
    name: '09:00',
    exact: true,
  });
  await expect(taken).toBeVisible();

  await freeTimes(firstDialog).first().click();
  await firstDialog.getByRole('button', { name: 'Send request' }).click();
  await expect(firstDialog).toBeHidden();

  // No reload: the second page hears that free times changed and asks again.
  await expect(taken).toHaveCount(0);
  await expect(freeTimes(secondDialog).first()).toHaveText('09:30');
});
