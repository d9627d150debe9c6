import { owner } from './support/accounts';
import { ClinicApi, uniqueLabel, utcWeekday } from './support/api';
import { pickOption } from './support/appointment-form';
import { dentistWorkingOnlyOn, freeTimes } from './support/availability';
import { expect, test } from './support/fixtures';

test('a parent adds a child, books a free time for them, and the team sees who booked', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await dentistWorkingOnlyOn(api, 'Family', utcWeekday(2), {
    start: '09:00',
    end: '17:00',
  });
  const service = await api.createService(uniqueLabel('Family check-up'), 30, {
    dentists: [dentist.id],
  });
  const parent = await api.createUser(uniqueLabel('Paula Parent'), 'patient');
  const child = uniqueLabel('Kim Child');
  const page = await pageAs(parent);

  await page.goto('/patient/profile');
  const family = page.getByRole('region', { name: 'Family' });
  await expect(family.getByText('No one yet.')).toBeVisible();
  await family.getByRole('button', { name: 'Add a person' }).click();
  const addDialog = page.getByRole('dialog', { name: 'Add a person you book for' });
  await addDialog.getByRole('textbox', { name: 'Full name' }).fill(child);
  await addDialog.getByRole('textbox', { name: 'Date of birth' }).fill('2018-06-01');
  await addDialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(addDialog).toBeHidden();
  await expect(family.getByRole('listitem').filter({ hasText: child })).toBeVisible();

  await page.goto('/patient/appointments');
  await page.getByRole('button', { name: 'Request appointment' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Request appointment' });
  await dialog.getByRole('combobox', { name: 'For whom' }).click();
  await page.getByRole('option', { name: child }).click();
  await pickOption(page, dialog, 'Service', service.name);
  await pickOption(page, dialog, 'Dentist', dentist.name);
  await dialog.getByRole('button', { name: 'Next free time' }).click();
  await freeTimes(dialog).first().click();
  await dialog.getByRole('button', { name: 'Send request' }).click();
  await expect(dialog).toBeHidden();

  const card = page.getByRole('article');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(`For ${child}`);
  await expect(card).toContainText('Pending');

  const desk = await pageAs(owner);
  await desk.goto(`/owner/appointments?q=${encodeURIComponent(child)}`);
  const row = desk.getByRole('row').filter({ hasText: child });
  await expect(row).toContainText(`Booked by ${parent.name} (guardian)`);
});

test('the front desk links a patient to a guardian on the record, and unlinks them', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const guardian = await api.createUser(uniqueLabel('Gina Guardian'), 'patient');
  const teen = await api.createUser(uniqueLabel('Theo Teen'), 'patient');
  const page = await pageAs(owner);

  await page.goto(`/owner/patients/${teen.id}`);
  const family = page.getByRole('region', { name: 'Family' });
  await family.getByRole('button', { name: 'Link to a guardian' }).click();
  const dialog = page.getByRole('dialog', { name: `Link ${teen.name} to a guardian` });
  await pickOption(page, dialog, 'Guardian', guardian.name);
  await dialog.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(family).toContainText(`Dependant of ${guardian.name}`);

  await family.getByRole('link', { name: guardian.name }).click();
  await expect(page.getByRole('heading', { name: guardian.name })).toBeVisible();
  const guardianFamily = page.getByRole('region', { name: 'Family' });
  await expect(guardianFamily.getByRole('link', { name: teen.name })).toBeVisible();

  await guardianFamily.getByRole('link', { name: teen.name }).click();
  await page
    .getByRole('region', { name: 'Family' })
    .getByRole('button', { name: 'Unlink' })
    .click();
  await expect(page.getByRole('region', { name: 'Family' })).toContainText(
    'Not a dependant, and books for no one.',
  );
});
