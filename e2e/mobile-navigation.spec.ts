import { expect, test } from '@playwright/test';
import { owner } from './support/accounts';
import { ClinicApi, utcDate } from './support/api';
import { signInThroughApi } from './support/session';

test.use({ viewport: { width: 375, height: 740 } });

test('on a phone the menu folds behind a button and pages fit the screen', async ({ page }) => {
  await signInThroughApi(page, owner);
  await page.goto('/owner');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const nav = page.getByRole('navigation', { includeHidden: true });
  await expect(nav.getByRole('link', { name: 'Services' })).toBeHidden();

  await page.getByRole('button', { name: 'Open menu' }).click();
  await nav.getByRole('link', { name: 'Services' }).click();
  await expect(page).toHaveURL(/\/owner\/services$/);
  await expect(page.getByRole('heading', { name: 'Services', level: 1 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Services' })).toBeHidden();

  for (const path of [
    '/owner',
    '/owner/appointments',
    '/owner/staff',
    '/owner/services',
    '/owner/settings',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal scroll on ${path}`).toBeLessThanOrEqual(0);
  }
});

test('on a phone a patient’s appointments and the request form fit the screen', async ({
  page,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const patient = await api.createUser('Mia Mobile', 'patient');
  await api.createAppointment({
    patient: patient.id,
    date: utcDate(4),
    time: '15:00',
    notes: 'Seen on a phone',
  });
  await signInThroughApi(page, patient);
  await page.goto('/patient/appointments');
  await expect(page.getByRole('article')).toContainText('Seen on a phone');
  await page.getByRole('button', { name: 'Request appointment' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Request appointment' })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
