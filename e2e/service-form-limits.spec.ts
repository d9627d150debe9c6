import { owner } from './support/accounts';
import { expect, test } from './support/fixtures';

test('the service form refuses a length out of range with a message, never a changed value', async ({
  pageAs,
}) => {
  const page = await pageAs(owner);
  await page.goto('/owner/services');
  await page.getByRole('button', { name: 'Add service' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add service' });
  await dialog.getByLabel('Name').fill('Whitening out of range');
  await dialog.getByLabel('Price').fill('90');
  const duration = dialog.getByLabel('Duration (minutes)');

  for (const typed of ['-5', '100000']) {
    await duration.fill(typed);
    await duration.blur();
    await dialog.getByRole('button', { name: 'Add service' }).click();
    await expect(dialog.getByText('Between 5 and 480 minutes')).toBeVisible();
    await expect(duration).toHaveValue(typed);
  }
  await expect(dialog).toBeVisible();
});
