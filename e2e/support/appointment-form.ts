import type { Locator, Page } from '@playwright/test';

export interface ScheduleValues {
  date?: string;
  time?: string;
  /** The visible name of the option to pick. */
  dentist?: string;
  service?: string;
}

/** Picks an option of a Mantine select, whose list opens outside the dialog. */
export async function pickOption(
  page: Page,
  scope: Locator,
  field: string,
  option: string | RegExp,
): Promise<void> {
  const combobox = scope.getByRole('combobox', { name: field });
  await combobox.click();
  if (typeof option === 'string') await combobox.fill(option);
  await page.getByRole('option', { name: option }).click();
}

/** Fills the date, time, dentist and service fields every booking form shares. */
export async function fillSchedule(
  page: Page,
  dialog: Locator,
  values: ScheduleValues,
): Promise<void> {
  if (values.date !== undefined)
    await dialog.getByRole('textbox', { name: 'Date' }).fill(values.date);
  if (values.time !== undefined) {
    const time = dialog.getByRole('combobox', { name: 'Time' });
    await time.fill(values.time);
    // Leaves the list of suggested times without choosing one of them. (Escape would close the
    // whole dialog when no suggestion matches and the list is already shut.)
    await time.press('Tab');
  }
  if (values.dentist !== undefined) await pickOption(page, dialog, 'Dentist', values.dentist);
  if (values.service !== undefined) await pickOption(page, dialog, 'Service', values.service);
}

/** Chooses a registered patient in the new-appointment dialog by searching for their name. */
export async function pickPatient(
  page: Page,
  dialog: Locator,
  patient: { name: string; email: string },
): Promise<void> {
  const field = dialog.getByRole('combobox', { name: 'Patient' });
  await field.fill(patient.name);
  await page.getByRole('option', { name: new RegExp(patient.email) }).click();
}
