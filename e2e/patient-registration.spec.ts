import { expect, test } from '@playwright/test';
import { newPerson } from './support/accounts';
import { signInThroughForm, signOut } from './support/session';

test('a patient registers, comes back, and sees only the patient area', async ({ page }) => {
  const patient = newPerson('Paula Patient');

  await test.step('the patient creates an account and lands on their dashboard', async () => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await expect(page).toHaveURL(/\/register$/);
    await page.getByLabel('Full name').fill(patient.name);
    await page.getByLabel('Email').fill(patient.email);
    await page.getByLabel('Phone').fill(patient.phone);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(patient.password);
    await page.getByRole('button', { name: 'Create account' }).click();

    await expect(page).toHaveURL(/\/patient$/);
    await expect(page.getByRole('heading', { name: `Welcome, ${patient.name}` })).toBeVisible();
  });

  await test.step('the patient signs out and back in', async () => {
    await signOut(page);
    await signInThroughForm(page, patient);
    await expect(page).toHaveURL(/\/patient$/);
    await page.goto('/login');
    await expect(page).toHaveURL(/\/patient$/);
  });

  await test.step('the clinic team pages send the patient back to their own area', async () => {
    for (const path of ['/owner', '/owner/staff', '/owner/settings', '/staff', '/staff/patients']) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/patient$/);
    }
  });

  await test.step('the API refuses the patient the list of users', async () => {
    const response = await page.request.get('/api/users');
    expect(response.status()).toBe(403);
  });
});
