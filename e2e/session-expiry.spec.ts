import { expect, test } from '@playwright/test';
import { owner } from './support/accounts';
import { signInThroughApi } from './support/session';

test('when the session ends behind its back, the app returns to the sign-in page', async ({
  page,
  context,
}) => {
  await signInThroughApi(page, owner);
  await page.goto('/owner');
  await expect(page.getByRole('heading', { name: `Welcome, ${owner.name}` })).toBeVisible();
  // The dashboard's own requests must have gone out with the session, or their 401 would end
  // it before the click does.
  await expect(page.getByRole('status', { name: 'Loading' })).toHaveCount(0);

  // As if the session had expired or the account had been deactivated elsewhere.
  await context.clearCookies();
  await page.getByRole('navigation').getByRole('link', { name: 'Staff' }).click();

  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});
