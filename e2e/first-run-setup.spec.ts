import { expect, test } from '@playwright/test';
import { newPerson, owner } from './support/accounts';
import { expectNoSeriousA11yViolations } from './support/axe';
import { signInThroughForm, signOut } from './support/session';

// This journey runs first, on an empty installation; the others depend on the clinic it creates.
test('a new installation is set up, staffed and opened to its team', async ({ page }) => {
  const staff = newPerson('Sam Staff');
  const patient = newPerson('Pat Patient');

  await test.step('the first visit leads to setup', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/setup$/);
    await expect(page.getByRole('heading', { name: 'Set up your clinic' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.goto('/login');
    await expect(page).toHaveURL(/\/setup$/);
  });

  await test.step('the owner creates the clinic and lands on their dashboard', async () => {
    await page.getByLabel('Clinic name').fill(owner.clinicName);
    // The test server runs with CLINIC_TIMEZONE=UTC, which fixes the zone for the clinic.
    const timeZone = page.getByRole('combobox', { name: 'Time zone' });
    await expect(timeZone).toHaveValue('UTC');
    await expect(timeZone).toBeDisabled();
    await page.getByLabel('Your full name').fill(owner.name);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
    await page.getByRole('button', { name: 'Create clinic' }).click();

    await expect(page).toHaveURL(/\/owner$/);
    await expect(page.getByRole('heading', { name: `Welcome, ${owner.name}` })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(owner.clinicName);
  });

  await test.step('the owner adds a dentist to the staff', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('button', { name: 'Add staff member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add staff member' });
    await dialog.getByLabel('Full name').fill(staff.name);
    await dialog.getByLabel('Email').fill(staff.email);
    await dialog.getByLabel('Phone').fill(staff.phone);
    await dialog.getByRole('textbox', { name: 'Password', exact: true }).fill(staff.password);
    await dialog.getByLabel(/Dentist/).check();
    await dialog.getByRole('button', { name: 'Add staff member' }).click();
    await expect(dialog).toBeHidden();

    const row = page.getByRole('row').filter({ hasText: staff.email });
    await expect(row).toContainText(staff.name);
    await expect(row).toContainText('Staff');
    await expect(row).toContainText('Dentist');
    await expect(row).toContainText('Active');
  });

  await test.step('the owner adds a service', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Services' }).click();
    await page.getByRole('button', { name: 'Add service' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add service' });
    await dialog.getByLabel('Name').fill('Check-up');
    await dialog.getByLabel('Description').fill('Examination and advice');
    await dialog.getByLabel('Duration (minutes)').fill('30');
    await dialog.getByLabel('Price').fill('80');
    await dialog.getByRole('button', { name: 'Add service' }).click();
    await expect(dialog).toBeHidden();

    const row = page.getByRole('row').filter({ hasText: 'Check-up' });
    await expect(row).toContainText('30 min');
    await expect(row).toContainText('80.00');
    await expect(row.getByRole('switch')).toBeChecked();
  });

  await test.step('once set up, the setup page is closed', async () => {
    await signOut(page);
    await page.goto('/setup');
    await expect(page).toHaveURL(/\/login$/);
  });

  await test.step('the staff member signs in with the password the owner gave', async () => {
    await signInThroughForm(page, staff);
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole('heading', { name: `Welcome, ${staff.name}` })).toBeVisible();
  });

  await test.step('the staff member registers a patient', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Patients' }).click();
    await expect(page).toHaveURL(/\/staff\/patients$/);
    await page.getByRole('button', { name: 'Register patient' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Register patient' });
    await dialog.getByLabel('Full name').fill(patient.name);
    await dialog.getByLabel('Email').fill(patient.email);
    await dialog.getByLabel('Phone').fill(patient.phone);
    await dialog.getByRole('button', { name: 'Register patient' }).click();
    await expect(dialog).toBeHidden();

    const row = page.getByRole('row').filter({ hasText: patient.email });
    await expect(row).toContainText(patient.name);
    await expect(row).toContainText('Active');

    await page.getByLabel('Search patients').fill(patient.name);
    await expect(page.getByRole('row').filter({ hasText: patient.email })).toBeVisible();
  });
});
