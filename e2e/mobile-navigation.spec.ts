import { expect, test } from '@playwright/test';
import { owner } from './support/accounts';
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

  for (const path of ['/owner', '/owner/staff', '/owner/services', '/owner/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal scroll on ${path}`).toBeLessThanOrEqual(0);
  }
});
