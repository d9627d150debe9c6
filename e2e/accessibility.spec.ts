import { expect, type Page, test } from '@playwright/test';
import { newPerson, owner } from './support/accounts';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createAccountAsOwner, signInThroughApi } from './support/session';

// The setup page can only be audited before setup; first-run-setup.spec.ts does that.

const staff = newPerson('Stella Staff');
const patient = newPerson('Percy Patient');

test.beforeAll(async ({ request }) => {
  await createAccountAsOwner(request, owner, staff, 'staff');
  await createAccountAsOwner(request, owner, patient, 'patient');
});

async function audit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
}

test('signed-out pages', async ({ page }) => {
  await audit(page, '/login');
  await audit(page, '/register');
});

test('owner pages', async ({ page }) => {
  await signInThroughApi(page, owner);
  for (const path of ['/owner', '/owner/staff', '/owner/services', '/owner/settings']) {
    await audit(page, path);
  }
  await page.goto('/owner/staff');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.getByRole('dialog', { name: 'Add staff member' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('staff pages', async ({ page }) => {
  await signInThroughApi(page, staff);
  await audit(page, '/staff/patients');
});

test('patient pages', async ({ page }) => {
  await signInThroughApi(page, patient);
  await audit(page, '/patient');
  await audit(page, '/patient/profile');

  await page.getByLabel('Phone').fill('+351 210 999 999');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('Your details were saved.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
