import type { Page } from '@playwright/test';
import { owner } from './support/accounts';
import { ClinicApi, uniqueLabel } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test.use({ viewport: { width: 390, height: 844 } });
test.describe.configure({ timeout: 150_000 });

/** The whole of the button is on the screen, without scrolling sideways. */
async function expectOnScreen(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  expect(box, name).not.toBeNull();
  const width = page.viewportSize()?.width ?? 0;
  expect((box?.x ?? 0) + (box?.width ?? 0), `${name} within the screen`).toBeLessThanOrEqual(width);
}

test('on a phone the staff, services and patients lists are cards with their actions in reach', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist(uniqueLabel('Carla Cardview'));
  const patient = await api.createUser(uniqueLabel('Pablo Phone'), 'patient');
  const service = await api.createService(uniqueLabel('Phone polish'));
  const page = await pageAs(owner);

  await page.goto('/owner/staff');
  const staffCard = page.getByRole('article', { name: dentist.name });
  await expect(staffCard).toContainText(dentist.email);
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectOnScreen(page, `Edit ${dentist.name}`);
  await expectNoSeriousA11yViolations(page);

  await page.goto('/owner/services');
  const serviceCard = page.getByRole('article', { name: service.name });
  await expect(serviceCard).toContainText('30 min');
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectOnScreen(page, `Edit ${service.name}`);
  await expectOnScreen(page, `Delete ${service.name}`);
  await expectNoSeriousA11yViolations(page);

  await page.goto('/owner/patients');
  await page.getByRole('searchbox', { name: 'Search patients' }).fill(patient.name);
  const patientCard = page.getByRole('article', { name: patient.name });
  await expect(patientCard).toContainText(patient.phone);
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectOnScreen(page, `Edit ${patient.name}`);
  await page.getByRole('button', { name: `Edit ${patient.name}` }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('on a wide screen the same lists stay tables', async ({ pageAs, request }) => {
  const api = await ClinicApi.asOwner(request);
  const service = await api.createService(uniqueLabel('Desk polish'));
  const page = await pageAs(owner);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/owner/services');
  await expect(page.getByRole('row').filter({ hasText: service.name })).toBeVisible();
  await expect(page.getByRole('article', { name: service.name })).toHaveCount(0);
});
