import { expect, test } from '@playwright/test';
import { newPerson, owner } from './support/accounts';
import { linkInEmail } from './support/mailbox';
import { createAccountAsOwner, signInThroughForm, signOut } from './support/session';

test('a patient who forgot their password sets a new one through the emailed link', async ({
  page,
  request,
}) => {
  const patient = newPerson('Fiona Forgetful');
  const newPassword = `new-lantern-${Date.now().toString(36)}`;
  await createAccountAsOwner(request, owner, patient, 'patient');

  await test.step('the patient asks for a link from the sign-in page', async () => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await page.getByLabel('Email').fill(patient.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect(page.getByRole('status')).toContainText('an email with a link is on its way');
  });

  const link = await linkInEmail(patient.email, /new password/);

  await test.step('the link opens a page that sets the new password, typed twice', async () => {
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    // The token is taken out of the address bar once read.
    await expect(page).toHaveURL(/\/reset-password$/);
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill(newPassword);
    await page.getByRole('textbox', { name: 'Repeat the new password' }).fill(newPassword);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await expect(page.getByRole('status')).toContainText('Your new password is set');
  });

  await test.step('the new password signs in', async () => {
    await page.getByRole('link', { name: 'Sign in with it' }).click();
    await signInThroughForm(page, { email: patient.email, password: newPassword });
    await expect(page).toHaveURL(/\/patient$/);
    await signOut(page);
  });

  await test.step('the old password no longer does, nor the link a second time', async () => {
    await signInThroughForm(page, patient);
    await expect(page.getByRole('alert')).toContainText('Could not sign in');
    await page.goto(link);
    await page
      .getByRole('textbox', { name: 'New password', exact: true })
      .fill(`${newPassword}-again`);
    await page
      .getByRole('textbox', { name: 'Repeat the new password' })
      .fill(`${newPassword}-again`);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await expect(page.getByRole('alert')).toContainText('This link was used already');
  });
});
