import { owner } from './support/accounts';
import { ClinicApi, longDate, uniqueLabel, utcWeekday } from './support/api';
import { pickOption } from './support/appointment-form';
import {
  dentistWorkingOnlyOn,
  freeTime,
  freeTimes,
  openPickerOnNextFreeDay,
} from './support/availability';
import { expect, test } from './support/fixtures';

// Two people's browsers in one journey: a budget of its own, so that only a hang, never a
// busy machine, runs it out of time.
test.describe.configure({ timeout: 150_000 });

test('the owner offers start times every 30 minutes, and a patient sees only those', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const day = utcWeekday(4);
  const dentist = await dentistWorkingOnlyOn(api, 'Grid', day);
  const service = await api.createService(uniqueLabel('Grid check-up'), 30, {
    dentists: [dentist.id],
  });
  const patient = await api.createUser(uniqueLabel('Gus Grid'), 'patient');
  // The rule is the clinic's: every later journey must find it as it was.
  const { slot_step_minutes: before } = await api.clinic();
  try {
    await api.updateClinic({ slot_step_minutes: 15 });
    const patientPage = await pageAs(patient);
    const picker = await openPickerOnNextFreeDay(patientPage, { service: service.name, dentist });
    await expect(
      picker.getByRole('group', { name: `Free times on ${longDate(day)}` }),
    ).toBeVisible();
    await expect(freeTime(picker, '09:15')).toBeVisible();

    const page = await pageAs(owner);
    await page.goto('/owner/settings');
    await expect(page.getByRole('heading', { name: 'Booking rules' })).toBeVisible();
    await pickOption(page, page.locator('main'), 'Start times every', /^30 min$/);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('The clinic settings were saved.')).toBeVisible();

    // No reload: the patient's page hears that free times changed and asks again.
    await expect(freeTime(picker, '09:15')).toHaveCount(0);
    await expect(freeTimes(picker)).toHaveText([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
    ]);
  } finally {
    await api.updateClinic({ slot_step_minutes: before });
  }
});

test('the owner asks for two weeks’ notice, and a patient is offered nothing sooner', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const day = utcWeekday(4);
  const dentist = await dentistWorkingOnlyOn(api, 'Notice', day);
  const service = await api.createService(uniqueLabel('Notice check-up'), 30, {
    dentists: [dentist.id],
  });
  const patient = await api.createUser(uniqueLabel('Nell Notice'), 'patient');
  // The rule is the clinic's: every later journey must find it as it was.
  const { min_notice_minutes: before } = await api.clinic();
  try {
    const patientPage = await pageAs(patient);
    const picker = await openPickerOnNextFreeDay(patientPage, { service: service.name, dentist });
    await expect(freeTimes(picker).first()).toHaveText('09:00');

    const page = await pageAs(owner);
    await page.goto('/owner/settings');
    // 14 days: more than the few days until the dentist's only working day.
    await page.getByRole('textbox', { name: 'Minimum notice (minutes)' }).fill('20160');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('The clinic settings were saved.')).toBeVisible();

    // No reload: the day's free times go from the patient's open picker.
    await expect(picker.getByText(`No free times on ${longDate(day)}.`)).toBeVisible();
    await expect(freeTimes(picker)).toHaveCount(0);
  } finally {
    await api.updateClinic({ min_notice_minutes: before });
  }
});
