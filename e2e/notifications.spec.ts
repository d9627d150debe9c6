import type { Locator } from '@playwright/test';
import { ClinicApi } from './support/api';
import { expect, test } from './support/fixtures';

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

for (const [device, viewport] of [
  ['a desktop', { width: 1280, height: 800 }],
  ['a phone', { width: 375, height: 740 }],
] as const) {
  test(`on ${device}, a notice never covers the header and its Sign out button`, async ({
    pageAs,
    request,
  }) => {
    const api = await ClinicApi.asOwner(request);
    const patient = await api.createUser('Nora Notice', 'patient');
    const page = await pageAs(patient);
    await page.setViewportSize(viewport);
    await page.goto('/patient/profile');
    await page.getByLabel('Phone').fill('+351 210 555 555');
    await page.getByRole('button', { name: 'Save details' }).click();

    const notice = page.getByRole('alert').filter({ hasText: 'Your details were saved.' });
    // Hovering holds a notice open, however slowly the checks below run.
    await notice.hover();
    const header = await box(page.getByRole('banner'));
    // Polled, as the notice slides into place.
    await expect
      .poll(async () => (await box(notice)).y, { message: 'the notice starts below the header' })
      .toBeGreaterThanOrEqual(header.y + header.height);
    await expect
      .poll(
        async () => {
          const shown = await box(notice);
          return shown.y + shown.height;
        },
        { message: 'the notice stays on screen' },
      )
      .toBeLessThanOrEqual(viewport.height);
    // While the notice shows, the header's controls still take a click.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
  });
}
