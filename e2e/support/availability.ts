import { expect, type Locator, type Page } from '@playwright/test';
import { type ClinicApi, type CreatedUser, uniqueLabel } from './api';
import { pickOption } from './appointment-form';

const WEEKDAY_HOURS = [{ start: '09:00', end: '17:00' }];

/**
 * A dentist of their own with weekday hours and a service only they perform: the free times a
 * journey sees are then its own, whatever other journeys book.
 */
export async function ownDentistAndService(api: ClinicApi, label: string) {
  const dentist = await api.createDentist(`${label} Dentist`);
  await api.setWorkingHours(dentist.id, {
    mon: WEEKDAY_HOURS,
    tue: WEEKDAY_HOURS,
    wed: WEEKDAY_HOURS,
    thu: WEEKDAY_HOURS,
    fri: WEEKDAY_HOURS,
  });
  const service = await api.createService(uniqueLabel(`${label} check-up`), 30, {
    dentists: [dentist.id],
  });
  return { dentist, service };
}

/**
 * A dentist who works nothing but `hours` on `date` (extra hours, so any day of the week will
 * do): the patient's next free day is then that one, whenever the suite runs.
 */
export async function dentistWorkingOnlyOn(
  api: ClinicApi,
  label: string,
  date: string,
  hours = { start: '09:00', end: '12:00' },
): Promise<CreatedUser> {
  const dentist = await api.createDentist(uniqueLabel(`${label} Dentist`));
  await api.setWorkingHours(dentist.id, {});
  await api.addExtraHours(dentist.id, date, hours.start, hours.end);
  return dentist;
}

/** The free times the request form shows for the chosen day. */
export function freeTimes(dialog: Locator): Locator {
  return dialog.getByRole('group', { name: /^Free times on/ }).getByRole('button');
}

/** Opens the request form, chooses the service and dentist and jumps to the first free day. */
export async function openPickerOnNextFreeDay(
  page: Page,
  choice: { service: string; dentist: CreatedUser },
): Promise<Locator> {
  await page.goto('/patient/appointments');
  await page.getByRole('button', { name: 'Request appointment' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Request appointment' });
  await pickOption(page, dialog, 'Service', choice.service);
  await pickOption(page, dialog, 'Dentist', choice.dentist.name);
  await dialog.getByRole('button', { name: 'Next free time' }).click();
  await expect(freeTimes(dialog).first()).toBeVisible();
  return dialog;
}

/** One free time of the chosen day, by its `HH:MM`. */
export function freeTime(dialog: Locator, time: string): Locator {
  return dialog
    .getByRole('group', { name: /^Free times on/ })
    .getByRole('button', { name: time, exact: true });
}
