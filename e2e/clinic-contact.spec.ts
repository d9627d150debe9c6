import { owner } from './support/accounts';
import { ClinicApi, uniqueLabel } from './support/api';
import { expect, test } from './support/fixtures';

test('the owner gives the clinic’s phone and address, and patients see how to reach it', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const patient = await api.createUser(uniqueLabel('Cora Contact'), 'patient');
  const phone = '+351 210 123 456';
  const street = uniqueLabel('Rua Augusta');

  const ownerPage = await pageAs(owner);
  await ownerPage.goto('/owner/settings');
  const phoneField = ownerPage.getByRole('textbox', { name: 'Phone' });
  await phoneField.fill('Rua Augusta 1');
  await ownerPage.getByRole('button', { name: 'Save settings' }).click();
  await expect(ownerPage.getByText('Enter a phone number: digits, spaces')).toBeVisible();
  await phoneField.fill(phone);
  await ownerPage.getByRole('textbox', { name: 'Address' }).fill(`${street}\n1100-048 Lisboa`);
  await ownerPage.getByRole('button', { name: 'Save settings' }).click();
  await expect(ownerPage.getByText('The clinic settings were saved.')).toBeVisible();

  const page = await pageAs(patient);
  for (const path of ['/patient', '/patient/appointments']) {
    await page.goto(path);
    const card = page.getByRole('region', { name: 'Contact the clinic' });
    await expect(card.getByRole('link', { name: phone })).toHaveAttribute(
      'href',
      'tel:+351210123456',
    );
    await expect(card).toContainText(street);
    await expect(card).toContainText('1100-048 Lisboa');
  }
});
