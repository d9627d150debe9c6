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
