import { expect, test } from '@playwright/test';
import { newPerson } from './support/accounts';
import { linkInEmail } from './support/mailbox';

test('a patient who registers confirms their address through the emailed link', async ({
  page,
}) => {
  const patient = newPerson('Vera Verified');

  await test.step('after registering, the home page asks to confirm the address', async () => {
    await page.goto('/register');
    await page.getByLabel('Full name').fill(patient.name);
    await page.getByLabel('Email').fill(patient.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(patient.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(/\/patient$/);
    await expect(page.getByText('Please confirm your email address')).toBeVisible();
  });

  await test.step('the link in the email confirms it', async () => {
    const link = await linkInEmail(patient.email, /Confirm your email/);
    await page.goto(link);
    await expect(page.getByRole('status')).toContainText('your email address is confirmed');
    await page.getByRole('link', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/\/patient$/);
    await expect(page.getByRole('heading', { name: `Welcome, ${patient.name}` })).toBeVisible();
    await expect(page.getByText('Please confirm your email address')).toHaveCount(0);
  });

  await test.step('on the profile, the patient turns reminders off, and it stays off', async () => {
    await page.getByRole('link', { name: 'My profile' }).click();
    await expect(page.getByRole('heading', { name: 'How we contact you' })).toBeVisible();
    const reminders = page.getByRole('switch', { name: 'Reminders' });
    await expect(reminders).toBeChecked();
    await reminders.click();
    await expect(reminders).not.toBeChecked();
    await page.reload();
    await expect(page.getByRole('switch', { name: 'Reminders' })).not.toBeChecked();
    await expect(page.getByRole('switch', { name: 'Changes to my visits' })).toBeChecked();
  });

  await test.step('a new address waits for its own link before it replaces the old one', async () => {
    const newAddress = `moved-${patient.email}`;
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(newAddress);
    await page.getByRole('textbox', { name: 'Current password' }).last().fill(patient.password);
    await page.getByRole('button', { name: 'Change email' }).click();
    await expect(page.getByText(`Your new address ${newAddress} waits`)).toBeVisible();

    await page.goto(await linkInEmail(newAddress, /Confirm your email/));
    await expect(page.getByRole('status')).toContainText('your email address is confirmed');
    await page.goto('/patient/profile');
    await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue(newAddress);
    await expect(page.getByText(`Your new address ${newAddress} waits`)).toHaveCount(0);
  });
});
